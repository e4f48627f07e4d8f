import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function MapScreen() {
  return <NotBuiltYet title="Map" />;
}
