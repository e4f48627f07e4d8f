import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function SearchScreen() {
  return <NotBuiltYet title="Search" />;
}
