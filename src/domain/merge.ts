// Field-level merge rules shared by the force database (applying a pushed mutation, step 3 of
// the protocol) and the app (re-applying pending edits on top of a pulled record).
import type { Conflict } from './sync';

export type Fields = Record<string, unknown>;

/** Per record, the change-feed version at which each field last changed. */
export type FieldVersions = Record<string, number>;

/** Per record, who last changed each field and when (the edit's device time). */
/** Who last wrote each field, and from which device (absent on rows written before devices were kept). */
export type FieldAuthors = Record<string, { by: string; at: string; device?: string }>;

/**
 * The pseudo-field under which a record's deletion is versioned, attributed and, when a delete
 * and an edit cross, kept as a conflict. It never appears in `data`.
 */
export const DELETED_FIELD = 'deleted';

export interface StoredState {
  data: Fields;
  fieldVersions: FieldVersions;
  /**
   * Who last changed each field. When present, a conflict names the author of the replaced
   * value; without it (older stores) the record's last updater stands in, which is wrong when
   * someone else has since edited another field.
   */
  fieldAuthors?: FieldAuthors;
  version: number;
  deleted: boolean;
  updatedBy: string;
  updatedAt: string;
}

export interface IncomingEdit {
  changes: Fields;
  baseVersion: number | null;
  deleted: boolean;
  by: string;
  at: string;
  /** The device that sent the edit. A device's own earlier edit is never a conflict for it. */
  device?: string;
}

export interface MergeOutcome {
  data: Fields;
  fieldVersions: FieldVersions;
  /** `fieldAuthors` with this edit's author on every field it changed. */
  fieldAuthors: FieldAuthors;
  deleted: boolean;
  /** 'applied' when nothing changed since the edit's base; 'merged' when others' edits interleaved. */
  status: 'applied' | 'merged';
  conflicts: Conflict[];
}

/** Structural equality for JSON values (records hold only JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Fields)[k], (b as Fields)[k]));
}

/**
 * Merge one edit into the stored record at `nextVersion`.
 *
 * A field that someone else changed after the edit's base version, and that this edit also
 * changes to a different value, is a conflict: the later arrival (this edit) wins, and the value
 * it replaced is returned so the caller can keep it in `conflicts`. Without keeping it, the first
 * officer's typing would vanish silently. The conflict names the replaced value's own author
 * (`fieldAuthors`), not whoever touched the record last.
 *
 * Delete against edit follows the same rule, so nothing accepted is ever lost:
 * - An edit arriving on a deleted record wins: the record comes back with the edit applied, and
 *   the deletion it undid is kept as a conflict on the `deleted` pseudo-field (replaced value
 *   `true`, by the officer who deleted it), who can delete again having seen the edit. Refusing
 *   the edit instead would throw away typing the officer was never shown a reason to repeat.
 * - A delete arriving after changes it had not seen still deletes (the later arrival wins), and
 *   the record it hid is kept as a conflict on `deleted` naming the author of the latest unseen
 *   change. A tombstone keeps every field, so an edit (or an un-delete) brings it all back.
 */
export function mergeEdit(
  current: StoredState | null,
  edit: IncomingEdit,
  nextVersion: number,
): MergeOutcome {
  const stamp =
    edit.device === undefined
      ? { by: edit.by, at: edit.at }
      : { by: edit.by, at: edit.at, device: edit.device };
  if (current === null) {
    const fieldVersions: FieldVersions = {};
    const fieldAuthors: FieldAuthors = {};
    for (const field of Object.keys(edit.changes)) {
      fieldVersions[field] = nextVersion;
      fieldAuthors[field] = stamp;
    }
    return {
      data: { ...edit.changes },
      fieldVersions,
      fieldAuthors,
      deleted: edit.deleted,
      status: 'applied',
      conflicts: [],
    };
  }
  const base = edit.baseVersion ?? 0;
  const authors = current.fieldAuthors ?? {};
  const authorOf = (field: string) => authors[field] ?? { by: current.updatedBy, at: current.updatedAt };
  const data: Fields = { ...current.data };
  const fieldVersions: FieldVersions = { ...current.fieldVersions };
  const fieldAuthors: FieldAuthors = { ...authors };
  const conflicts: Conflict[] = [];
  for (const [field, value] of Object.entries(edit.changes)) {
    const changedSince = (current.fieldVersions[field] ?? 0) > base;
    // A device pushes its outbox in order, so a value it wrote itself earlier was on its screen
    // when this edit was made: replacing it is the officer's intent, not a conflict. Without this,
    // typing into one field twice between syncs showed the officer a conflict with themselves.
    const earlier = authorOf(field);
    const ownEarlierValue =
      edit.device !== undefined && earlier.device === edit.device && earlier.by === edit.by;
    if (changedSince && !ownEarlierValue && !sameValue(current.data[field], value)) {
      const author = earlier;
      conflicts.push({
        field,
        replacedValue: current.data[field] ?? null,
        replacedBy: author.by,
        replacedAt: author.at,
        value,
      });
    }
    if (!sameValue(current.data[field], value)) {
      fieldVersions[field] = nextVersion;
      fieldAuthors[field] = stamp;
    }
    data[field] = value;
  }
  if (current.deleted !== edit.deleted) {
    const unseen = current.deleted ? DELETED_FIELD : latestChangeSince(current.fieldVersions, base);
    if (unseen !== null) {
      const author = authorOf(unseen);
      conflicts.push({
        field: DELETED_FIELD,
        replacedValue: current.deleted,
        replacedBy: author.by,
        replacedAt: author.at,
        value: edit.deleted,
      });
    }
    fieldVersions[DELETED_FIELD] = nextVersion;
    fieldAuthors[DELETED_FIELD] = stamp;
  }
  return {
    data,
    fieldVersions,
    fieldAuthors,
    deleted: edit.deleted,
    status: current.version > base ? 'merged' : 'applied',
    conflicts,
  };
}

/** The field changed most recently after `base`, or null when none was. */
function latestChangeSince(fieldVersions: FieldVersions, base: number): string | null {
  let latest: string | null = null;
  let at = base;
  for (const [field, version] of Object.entries(fieldVersions)) {
    if (version > at) {
      latest = field;
      at = version;
    }
  }
  return latest;
}

/** Fields in `changes` whose values differ from `from` — what an edit actually changed. */
export function diffFields(from: Fields, to: Fields): Fields {
  const changes: Fields = {};
  for (const [field, value] of Object.entries(to)) {
    if (!sameValue(from[field], value)) changes[field] = value;
  }
  return changes;
}

/** The app's view of a record: the server state with pending local edits re-applied in order. */
export function rebase<T extends Fields>(
  server: T,
  pending: readonly { changes: Fields; op: 'put' | 'delete' }[],
): T {
  let view: Fields = { ...server };
  for (const m of pending) {
    view = m.op === 'delete' ? { ...view, deleted: true } : { ...view, ...m.changes };
  }
  return view as T;
}
