// The team roster on this device: fetched at sign-in and after syncs, kept in `meta` so
// names show offline. A failed fetch leaves the last copy in place.
import type { RosterMember, RosterTeam } from '#domain/roster';
import type { ApiClient } from '#client/platform/api/client';
import { fetchRoster } from './roster-api';
import type { RosterRepository } from '#client/team/contract';
import { watchQuery } from '#client/platform/db/live';
import type { BeatbookDb } from '#client/platform/db/schema';

const KEY = 'roster';

interface StoredRoster {
  members: RosterMember[];
  /** Absent in a roster stored by an older version. */
  teams?: RosterTeam[];
  fetchedAt: string;
}

function isStoredRoster(value: unknown): value is StoredRoster {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as StoredRoster).members) &&
    typeof (value as StoredRoster).fetchedAt === 'string'
  );
}

export async function readRoster(
  db: BeatbookDb,
): Promise<{ members: RosterMember[]; teams: RosterTeam[]; fetchedAt: string | null }> {
  const value = (await db.meta.get(KEY))?.value;
  return isStoredRoster(value)
    ? { members: value.members, teams: value.teams ?? [], fetchedAt: value.fetchedAt }
    : { members: [], teams: [], fetchedAt: null };
}

export async function writeRoster(
  db: BeatbookDb,
  members: RosterMember[],
  fetchedAt: string,
  teams: RosterTeam[] = [],
): Promise<void> {
  await db.meta.put({ key: KEY, value: { members, teams, fetchedAt } satisfies StoredRoster });
}

export function createRosterRepository(
  db: BeatbookDb,
  api: ApiClient,
  now: () => Date = () => new Date(),
): RosterRepository {
  return {
    watch(onChange) {
      return watchQuery(() => readRoster(db), onChange);
    },
    async refresh() {
      const { members, teams } = await fetchRoster(api);
      await writeRoster(db, members, now().toISOString(), teams);
    },
  };
}
