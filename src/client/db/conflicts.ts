// ConflictsRepository (src/client/services.ts) over the per-user database: the values the force
// database kept when a later-arriving edit replaced them (src/domain/conflicts.ts).
import { conflictRecordSchema } from '#domain/conflicts';
import type { Me } from '#domain/session';
import type { ConflictsRepository, ProblemsRepository, Unsubscribe } from '../services';
import type { BeatbookDb, ConflictRow } from './schema';

/**
 * Stores one pulled conflict (call inside the pull transaction). Rows never change on the
 * server, but a page can be pulled again (after a crash mid-sync); the device's own dismissal
 * is kept then. A row this app version cannot read is skipped rather than shown half-understood.
 */
export async function storePulledConflict(db: BeatbookDb, record: Record<string, unknown>): Promise<void> {
  const parsed = conflictRecordSchema.safeParse(record);
  if (!parsed.success) return;
  const existing = await db.conflicts.get(parsed.data.id);
  const row: ConflictRow =
    existing?.dismissedAt === undefined ? parsed.data : { ...parsed.data, dismissedAt: existing.dismissedAt };
  await db.conflicts.put(row);
}

/**
 * The ConflictsRepository for a workspace. Only the problem view uses it, so its code is fetched
 * (or read from the precache) on first use; storing pulled conflicts above stays in the sync path.
 */
export function createConflictsRepository(
  db: BeatbookDb,
  me: Me,
  problems: ProblemsRepository,
): ConflictsRepository {
  let loaded: Promise<ConflictsRepository> | null = null;
  const repository = (): Promise<ConflictsRepository> =>
    (loaded ??= import('./conflicts-repository').then((m) => m.conflictsRepository(db, me, problems)));
  return {
    watchForRecord(recordId, onChange) {
      let unsubscribe: Unsubscribe | null = null;
      let closed = false;
      repository().then(
        (r) => {
          if (!closed) unsubscribe = r.watchForRecord(recordId, onChange);
        },
        (error: unknown) => {
          // Without its code the notices cannot show; the record itself still does.
          console.warn('Could not load the conflicts notices.', error);
        },
      );
      return () => {
        closed = true;
        unsubscribe?.();
      };
    },
    restore: async (id) => (await repository()).restore(id),
    dismiss: async (id) => (await repository()).dismiss(id),
  };
}
