// ConflictsRepository (src/client/app/contract.ts) over the per-user database: the values the force
// database kept when a later-arriving edit replaced them (src/domain/conflicts.ts).
import type { Me } from '#domain/session';
import type { ConflictsRepository, Unsubscribe } from '#client/app/contract';
import type { RestoreTargets } from './conflicts-repository';
import type { BeatbookDb } from '#client/platform/db/schema';

/**
 * The ConflictsRepository for a workspace. Only the problem view and the action editor use it, so its code is fetched
 * (or read from the precache) on first use; storing pulled conflicts is part of pull.ts.
 */
export function createConflictsRepository(
  db: BeatbookDb,
  me: Me,
  targets: RestoreTargets,
): ConflictsRepository {
  let loaded: Promise<ConflictsRepository> | null = null;
  const repository = (): Promise<ConflictsRepository> =>
    (loaded ??= import('./conflicts-repository').then((m) => m.conflictsRepository(db, me, targets)));
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
