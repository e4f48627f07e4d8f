// The audit:verify command's work, one level up from commands/ so it can reach server/store
// without a ../../ climb (eslint forbids those in server/).
import { verifyAuditChain } from './store/audit-chain';
import { verifyPullLogChains } from './store/pull-log-chain';
import type { Store } from '#server/platform/database/database';

/**
 * The line to print when the audit chain and every user's pull-log chain are intact; throws with
 * the first broken row otherwise.
 */
export async function auditVerify(store: Store): Promise<string> {
  const report = await verifyAuditChain(store.db);
  if (!report.ok) {
    const row = report.id === null ? `row ${report.seq}` : `row ${report.seq} (id ${report.id})`;
    throw new Error(
      `audit chain broken at ${row}: ${report.problem}. ${report.rows} rows before it are intact.`,
    );
  }
  const pulls = await verifyPullLogChains(store.db);
  if (!pulls.ok) {
    const row = pulls.id === null ? `row ${pulls.seq}` : `row ${pulls.seq} (id ${pulls.id})`;
    throw new Error(`pull log of user ${pulls.userId} broken at ${row}: ${pulls.problem}.`);
  }
  return `${report.rows} rows, chain intact; pull log: ${pulls.rows} pages of ${pulls.users} users, chains intact.`;
}
