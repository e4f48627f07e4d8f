// readStoredMe is a hand-written copy of meSchema (so the first screen loads without zod): it
// must accept and refuse exactly what meSchema does, and return what meSchema returns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collections, collectionNames } from '#domain/records';
import { meSchema } from '#domain/session';
import { readStoredMe } from '#domain/session-profile';
import { codesOf, roles } from '#domain/vocabularies';

const me = {
  id: 'u1',
  username: 'pc.jones',
  displayName: 'PC Jones',
  role: 'officer',
  teams: [{ id: 'north', name: 'North' }],
};

function schemaResult(value: unknown): unknown {
  const parsed = meSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// Profiles that are nearly right: each field either valid or replaced by something else.
const fieldOrJunk = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.anything());
const team = fc.oneof(
  fc.record({ id: fc.string(), name: fc.string() }),
  fc.record({ id: fc.string(), name: fc.string(), extra: fc.anything() }),
  fc.anything(),
);
const profile = fc.record(
  {
    id: fieldOrJunk(fc.string()),
    username: fieldOrJunk(fc.string()),
    displayName: fieldOrJunk(fc.string()),
    role: fieldOrJunk(fc.constantFrom(...codesOf(roles), 'chief')),
    teams: fieldOrJunk(fc.array(team, { maxLength: 3 })),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('readStoredMe', () => {
  it('reads back a profile meSchema accepts', () => {
    expect(readStoredMe(me)).toEqual(me);
    expect(readStoredMe({ ...me, teams: [] })).toEqual({ ...me, teams: [] });
  });

  it('drops keys meSchema drops', () => {
    const stored = { ...me, stale: true, teams: [{ id: 'north', name: 'North', old: 1 }] };
    expect(readStoredMe(stored)).toEqual(schemaResult(stored));
  });

  it('refuses what meSchema refuses', () => {
    for (const bad of [
      null,
      'me',
      [],
      { ...me, role: 'chief' },
      { ...me, teams: [{ id: 'north' }] },
      { ...me, id: 1 },
    ]) {
      expect(readStoredMe(bad)).toBeNull();
      expect(schemaResult(bad)).toBeNull();
    }
  });

  it('agrees with meSchema on nearly-right profiles', () => {
    fc.assert(
      fc.property(profile, (value) => {
        expect(readStoredMe(value)).toEqual(schemaResult(value));
      }),
    );
  });
});

describe('collection names', () => {
  it('collections.ts names exactly the collections records.ts defines, in the same order', () => {
    expect([...collectionNames]).toEqual(Object.keys(collections));
  });
});
