import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function DashboardScreen() {
  return <NotBuiltYet title="Prevention dashboard" />;
}
