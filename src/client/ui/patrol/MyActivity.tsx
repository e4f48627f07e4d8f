import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function MyActivity() {
  return <NotBuiltYet title="My activity" />;
}
