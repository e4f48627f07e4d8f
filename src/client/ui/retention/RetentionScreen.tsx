import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function RetentionScreen() {
  return <NotBuiltYet title="Retention reviews" />;
}
