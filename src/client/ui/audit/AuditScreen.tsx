import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function AuditScreen() {
  return <NotBuiltYet title="Audit log" />;
}
