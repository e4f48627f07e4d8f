// Field-level merge (step 3 of push): properties that must hold for any edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETED_FIELD, mergeEdit, sameValue, type StoredState } from '#domain/merge';

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
      fieldAuthors: {
        title: { by: 'ann', at: '2026-01-02T00:00:00.000Z' },
        status: { by: 'ann', at: '2026-01-02T00:00:00.000Z' },
      },
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

  it("names the replaced value's own author, not the record's last updater", () => {
    // Bob wrote the title at 5; Carol then changed the status at 6. Ann's edit from base 4 replaces Bob's words.
    const current: StoredState = {
      ...stored({ title: 'Bob', status: 'analysis' }, { title: 5, status: 6 }, 6),
      fieldAuthors: {
        title: { by: 'bob', at: '2026-01-01T05:00:00.000Z' },
        status: { by: 'carol', at: '2026-01-01T06:00:00.000Z' },
      },
      updatedBy: 'carol',
    };
    const out = mergeEdit(current, editOf({ title: 'Ann', status: 'analysis' }, 4), 7);
    expect(out.conflicts).toEqual([
      {
        field: 'title',
        replacedValue: 'Bob',
        replacedBy: 'bob',
        replacedAt: '2026-01-01T05:00:00.000Z',
        value: 'Ann',
      },
    ]);
    // Only the field whose value changed gets the new author.
    expect(out.fieldAuthors).toEqual({
      title: { by: 'ann', at: '2026-01-02T00:00:00.000Z' },
      status: { by: 'carol', at: '2026-01-01T06:00:00.000Z' },
    });
  });

  it("a device's own earlier value is not a conflict for that device's later edit", () => {
    // Ann typed the title twice on her tablet before it synced: both edits carry base 4.
    const first = mergeEdit(
      stored({ title: 'Old' }, { title: 4 }, 4),
      { ...editOf({ title: 'Draft' }, 4), device: 'tablet' },
      5,
    );
    const second = mergeEdit(
      { ...stored(first.data, first.fieldVersions, 5), fieldAuthors: first.fieldAuthors },
      { ...editOf({ title: 'Final' }, 4), device: 'tablet' },
      6,
    );
    expect(first.fieldAuthors.title).toEqual({ by: 'ann', at: '2026-01-02T00:00:00.000Z', device: 'tablet' });
    expect(second.conflicts).toEqual([]);
    expect(second.data.title).toBe('Final');
  });

  it('the same officer on another device, or another officer on the same device, still conflicts', () => {
    const current: StoredState = {
      ...stored({ title: 'From tablet' }, { title: 5 }, 5),
      fieldAuthors: { title: { by: 'ann', at: '2026-01-01T05:00:00.000Z', device: 'tablet' } },
    };
    const fromPhone = mergeEdit(current, { ...editOf({ title: 'From phone' }, 4), device: 'phone' }, 6);
    expect(fromPhone.conflicts).toHaveLength(1);
    const bobOnTablet = mergeEdit(current, { ...editOf({ title: 'Bob' }, 4, 'bob'), device: 'tablet' }, 6);
    expect(bobOnTablet.conflicts).toHaveLength(1);
  });

  it('falls back to the last updater when the store does not know field authors', () => {
    const out = mergeEdit(stored({ title: 'X' }, { title: 5 }, 5), editOf({ title: 'Y' }, 4), 6);
    expect(out.conflicts[0]).toMatchObject({ replacedBy: 'someone', replacedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('an edit arriving on a deleted record brings it back and keeps the deletion as a conflict', () => {
    const deleted: StoredState = {
      ...stored({ title: 'Old' }, { title: 2, [DELETED_FIELD]: 5 }, 5),
      deleted: true,
      fieldAuthors: { [DELETED_FIELD]: { by: 'dan', at: '2026-01-01T05:00:00.000Z' } },
    };
    const out = mergeEdit(deleted, editOf({ title: 'Edited offline' }, 2), 6);
    expect(out.deleted).toBe(false);
    expect(out.data.title).toBe('Edited offline');
    expect(out.conflicts).toEqual([
      {
        field: DELETED_FIELD,
        replacedValue: true,
        replacedBy: 'dan',
        replacedAt: '2026-01-01T05:00:00.000Z',
        value: false,
      },
    ]);
    expect(out.fieldAuthors[DELETED_FIELD]).toEqual({ by: 'ann', at: '2026-01-02T00:00:00.000Z' });
  });

  it('a delete arriving after changes it had not seen still deletes, keeping the record and a conflict', () => {
    const current: StoredState = {
      ...stored({ title: 'Bob was here' }, { title: 5 }, 5),
      fieldAuthors: { title: { by: 'bob', at: '2026-01-01T05:00:00.000Z' } },
    };
    const out = mergeEdit(current, { ...editOf({}, 3), deleted: true }, 6);
    expect(out.deleted).toBe(true);
    expect(out.data).toEqual({ title: 'Bob was here' });
    expect(out.conflicts).toEqual([
      {
        field: DELETED_FIELD,
        replacedValue: false,
        replacedBy: 'bob',
        replacedAt: '2026-01-01T05:00:00.000Z',
        value: true,
      },
    ]);
    // A delete made from the latest version replaces nothing unseen.
    expect(mergeEdit(current, { ...editOf({}, 5), deleted: true }, 6).conflicts).toEqual([]);
  });
});
