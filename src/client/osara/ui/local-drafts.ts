// Never lose typing, for what is not a record yet: a half-typed new action, a half-filled person
// row. These are kept on this device in localStorage as the officer types, keyed by user and
// problem, and restored when the screen opens again; the real record takes over once it exists.
// Storing can fail (private mode, quota): the draft then just lives in memory, with no alarm.
// Keys are namespaced by user id so one officer's drafts are not shown to the next user of a
// shared device; signing out with deletion removes them (src/client/session/data/sign-out.ts).

const PREFIX = 'beatbook.draft';

export type DraftKind = 'new-action' | 'governance-persons';

function keyOf(userId: string, problemId: string, kind: DraftKind): string {
  return `${PREFIX}.${encodeURIComponent(userId)}.${encodeURIComponent(problemId)}.${kind}`;
}

function storage(): Storage | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored draft, or undefined when there is none or it cannot be read. */
export function readLocalDraft(userId: string, problemId: string, kind: DraftKind): unknown {
  try {
    const raw = storage()?.getItem(keyOf(userId, problemId, kind));
    return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Keeps `value` on this device; false if it could not (the in-memory draft is still there). */
export function writeLocalDraft(userId: string, problemId: string, kind: DraftKind, value: unknown): boolean {
  try {
    const store = storage();
    if (store === null) return false;
    store.setItem(keyOf(userId, problemId, kind), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(userId: string, problemId: string, kind: DraftKind): void {
  try {
    storage()?.removeItem(keyOf(userId, problemId, kind));
  } catch {
    // Nothing to do: an unreadable store holds nothing of ours.
  }
}
