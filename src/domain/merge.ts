// Field-level merge rules shared by the force database (applying a pushed mutation, step 3 of
// the protocol) and the app (re-applying pending edits on top of a pulled record).
import type { Conflict } from './sync';

export type Fields = Record<string, unknown>;

/** Per record, the change-feed version at which each field last changed. */
export type FieldVersions = Record<string, number>;

export interface StoredState {
  data: Fields;
  fieldVersions: FieldVersions;
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
}

export interface MergeOutcome {
  data: Fields;
  fieldVersions: FieldVersions;
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
 * officer's typing would vanish silently.
 */
export function mergeEdit(
  current: StoredState | null,
  edit: IncomingEdit,
  nextVersion: number,
): MergeOutcome {
  if (current === null) {
    const fieldVersions: FieldVersions = {};
    for (const field of Object.keys(edit.changes)) fieldVersions[field] = nextVersion;
    return {
      data: { ...edit.changes },
      fieldVersions,
      deleted: edit.deleted,
      status: 'applied',
      conflicts: [],
    };
  }
  const base = edit.baseVersion ?? 0;
  const data: Fields = { ...current.data };
  const fieldVersions: FieldVersions = { ...current.fieldVersions };
  const conflicts: Conflict[] = [];
  for (const [field, value] of Object.entries(edit.changes)) {
    const changedSince = (current.fieldVersions[field] ?? 0) > base;
    if (changedSince && !sameValue(current.data[field], value)) {
      conflicts.push({
        field,
        replacedValue: current.data[field] ?? null,
        replacedBy: current.updatedBy,
        replacedAt: current.updatedAt,
        value,
      });
    }
    if (!sameValue(current.data[field], value)) fieldVersions[field] = nextVersion;
    data[field] = value;
  }
  return {
    data,
    fieldVersions,
    deleted: current.deleted || edit.deleted,
    status: current.version > base ? 'merged' : 'applied',
    conflicts,
  };
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
