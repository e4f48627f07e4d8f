import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function CaptureScreen() {
  return <NotBuiltYet title="Log activity" />;
}
