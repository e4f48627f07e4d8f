// Field-level merge (step 3 of push): properties that must hold for any edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEdit, sameValue, type StoredState } from '#domain/merge';

const field = fc.constantFrom('title', 'status', 'description', 'locationText');
const value = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null));
const changes = fc.dictionary(field, value, { maxKeys: 4 });

function stored(
  data: Record<string, unknown>,
  fieldVersions: Record<string, number>,
  version: number,
): StoredState {
  return {
    data,
    fieldVersions,
    version,
    deleted: false,
    updatedBy: 'someone',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
const editOf = (c: Record<string, unknown>, baseVersion: number | null, by = 'ann') => ({
  changes: c,
  baseVersion,
  deleted: false,
  by,
  at: '2026-01-02T00:00:00.000Z',
});

describe('mergeEdit', () => {
  it('creates a record from the first edit, every field at the new version', () => {
    const out = mergeEdit(null, editOf({ title: 'A', status: 'scanning' }, null), 7);
    expect(out).toEqual({
      data: { title: 'A', status: 'scanning' },
      fieldVersions: { title: 7, status: 7 },
      deleted: false,
      status: 'applied',
      conflicts: [],
    });
  });

  it('the later arrival wins every field it changes, and each replaced value is kept as a conflict', () => {
    fc.assert(
      fc.property(changes, changes, fc.nat(5), (first, second, base) => {
        const current = stored(first, Object.fromEntries(Object.keys(first).map((f) => [f, 6])), 6);
        const out = mergeEdit(current, editOf(second, base), 7);
        for (const [f, v] of Object.entries(second)) expect(out.data[f]).toEqual(v);
        for (const c of out.conflicts) {
          expect(sameValue(c.replacedValue, first[c.field] ?? null)).toBe(true);
          expect(sameValue(c.value, second[c.field])).toBe(true);
        }
        // A conflict exists exactly where both changed the same field to different values.
        const expected = Object.keys(second).filter((f) => f in first && !sameValue(first[f], second[f]));
        expect(out.conflicts.map((c) => c.field).sort()).toEqual(expected.sort());
      }),
    );
  });

  it('keeps both edits when they touch different fields, in either order', () => {
    fc.assert(
      fc.property(changes, changes, (a, b) => {
        const bOnly = Object.fromEntries(Object.entries(b).filter(([f]) => !(f in a)));
        const base = stored({}, {}, 1);
        const ab = mergeEdit(stored(mergeEdit(base, editOf(a, 1), 2).data, {}, 2), editOf(bOnly, 1), 3);
        expect(ab.conflicts).toEqual([]);
        expect(ab.data).toEqual({ ...a, ...bOnly });
      }),
    );
  });

  it('is a no-op conflict-wise when an edit is re-applied (a retry)', () => {
    fc.assert(
      fc.property(changes, (c) => {
        const once = mergeEdit(stored({}, {}, 1), editOf(c, 1), 2);
        const twice = mergeEdit(stored(once.data, once.fieldVersions, 2), editOf(c, 1), 3);
        expect(twice.data).toEqual(once.data);
        expect(twice.conflicts).toEqual([]);
      }),
    );
  });
});
