// The audit:verify command's work, one level up from commands/ so it can reach server/store
// without a ../../ climb (eslint forbids those in server/).
import { verifyAuditChain } from './store/audit-chain';
import type { Store } from '#server/platform/database/database';

/** The line to print when the chain is intact; throws with the first broken row otherwise. */
export async function auditVerify(store: Store): Promise<string> {
  const report = await verifyAuditChain(store.db);
  if (report.ok) return `${report.rows} rows, chain intact.`;
  const row = report.id === null ? `row ${report.seq}` : `row ${report.seq} (id ${report.id})`;
  throw new Error(
    `audit chain broken at ${row}: ${report.problem}. ${report.rows} rows before it are intact.`,
  );
}
