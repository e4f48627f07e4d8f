// The device owner's own activities, found through a sparse index (issue 16). "My activity" asks
// for the activities this officer logged; an index on `createdBy` would hold an entry for every
// activity on the device, and a prevention lead's device holds the whole force's, so each stored
// activity paid for one more index write (about 0.8 s of a 110,000-record first download). The
// index is on a field only the owner's own rows carry, `ownStartedAt` (the start time, so the
// index is also in time order), and IndexedDB leaves a row without the field out of the index.
//
// The field is the database's, not the record's: a Dexie middleware sets it on every write to
// `activities` (so no write path can forget it) and a reading hook takes it off every row read
// (so no view, edit or export ever sees it).
import type { Dexie } from 'dexie';
import type { Activity } from '#domain/patrol/activities';

/** The index (and stored field) holding the owner's activities by start time. */
export const OWN_STARTED_AT = 'ownStartedAt';

type Stored = Activity & { [OWN_STARTED_AT]?: string };

function withOwnField(value: unknown, ownerId: string): unknown {
  const row = value as Stored;
  if (row.createdBy === ownerId) {
    return row[OWN_STARTED_AT] === row.startedAt ? row : { ...row, [OWN_STARTED_AT]: row.startedAt };
  }
  return OWN_STARTED_AT in row ? withoutOwnField(row) : row;
}

function withoutOwnField(row: Stored): Activity {
  const rest = { ...row };
  delete rest.ownStartedAt;
  return rest;
}

/** Installs the write middleware and the reading hook; call before the database opens. */
export function maintainOwnActivityIndex(db: Dexie, ownerId: string): void {
  db.use({
    stack: 'dbcore',
    name: 'OwnActivityIndex',
    // Above Dexie's own observability layer (level 0), so live queries on the index see the field.
    level: 10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'activities') return table;
        return {
          ...table,
          mutate: (req) =>
            req.type === 'put' || req.type === 'add'
              ? table.mutate({ ...req, values: req.values.map((v) => withOwnField(v, ownerId)) })
              : table.mutate(req),
        };
      },
    }),
  });
  // Dexie fires the hook for a get that found nothing, too.
  db.table('activities').hook('reading', (row: Stored | undefined) =>
    row !== undefined && OWN_STARTED_AT in row ? withoutOwnField(row) : row,
  );
}
