import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function TodayScreen() {
  return <NotBuiltYet title="Today" />;
}
