import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function AdminScreens() {
  return <NotBuiltYet title="Organisation" />;
}
