import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function GoodPracticeScreens() {
  return <NotBuiltYet title="Good practice" />;
}
