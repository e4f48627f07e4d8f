// A generated force for the sync bench: teams, a prevention lead (who reads every problem and
// activity), and N problems with 10 patrol activities each, written straight into the server's
// database under consecutive change numbers (setup, not timed). The same seed gives the same force.
import type { Kysely } from 'kysely';
import type { Activity } from '#domain/patrol/activities';
import { activityTypes } from '#domain/patrol/activity-types';
import { addTeam, addUser } from '#server/organisation/admin';
import type { Tables } from '#server/platform/database/tables';
import { generateProblems, seeded, STREETS } from '../generate';

export const LEAD = { username: 'lead', password: 'bench-lead-password' };
const TEAMS = 12;
const ENVELOPE = [
  'id',
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deleted',
  'reference',
];

function activities(
  problemIds: readonly { id: string; teamId: string }[],
  perProblem: number,
  seed: number,
): Activity[] {
  const rand = seeded(seed);
  const out: Activity[] = [];
  let n = 0;
  for (const problem of problemIds) {
    for (let i = 0; i < perProblem; i += 1) {
      n += 1;
      const day = 1 + Math.floor(rand() * 28);
      const at = `2026-0${String(1 + Math.floor(rand() * 9))}-${String(day).padStart(2, '0')}T1${String(Math.floor(rand() * 10))}:30:00.000Z`;
      const street = STREETS[Math.floor(rand() * STREETS.length)] ?? 'High Street';
      out.push({
        id: `0190a5c0-0003-7000-8000-${n.toString(16).padStart(12, '0')}`,
        version: null,
        createdAt: at,
        createdBy: 'pc123',
        updatedAt: at,
        updatedBy: 'pc123',
        deleted: false,
        teamId: problem.teamId,
        type: activityTypes[Math.floor(rand() * activityTypes.length)]?.code ?? 'patrol',
        startedAt: at,
        durationMinutes: 15 + Math.floor(rand() * 90),
        position: { lat: 53.79 + rand() / 50, lng: -1.55 + rand() / 50, accuracyM: 12 },
        placeText: `${street}, by the ${rand() < 0.5 ? 'shops' : 'bus stop'}`,
        notes:
          `Walked ${street} and spoke to ${String(1 + Math.floor(rand() * 6))} residents about the problem. ` +
          `Nothing seen during the visit; checked the alley and the car park, left cards with the shop staff, ` +
          `and passed the details on to the neighbourhood team for the next patrol plan.`,
        problemId: problem.id,
      });
    }
  }
  return out;
}

interface Row {
  collection: string;
  record: Record<string, unknown> & {
    id: string;
    createdAt: string;
    createdBy: string;
    updatedAt: string;
    updatedBy: string;
  };
  teamId: string | null;
  reference: string | null;
}

/** Fills the database; returns the number of records and the last change number. */
export async function generateForce(db: Kysely<Tables>, problems: number, seed: number): Promise<number> {
  for (let t = 0; t < TEAMS; t += 1) await addTeam(db, `team-${String(t)}`, `Team ${String(t)}`);
  await addUser(
    db,
    {
      username: LEAD.username,
      displayName: 'Prevention Lead',
      role: 'prevention_lead',
      teamIds: [],
      password: LEAD.password,
    },
    { log2N: 10 },
  );
  const generated = generateProblems(problems, seed).map((g) => g.problem);
  const rows: Row[] = [
    ...generated.map((p) => ({
      collection: 'problems',
      record: p,
      teamId: p.teamId,
      reference: p.reference ?? null,
    })),
    ...activities(generated, 10, seed + 7).map((a) => ({
      collection: 'activities',
      record: a,
      teamId: a.teamId,
      reference: null,
    })),
  ];
  // Interleaved as a force's feed is: a problem, then the activities logged against it.
  rows.sort((a, b) =>
    a.record.createdAt < b.record.createdAt ? -1 : a.record.createdAt > b.record.createdAt ? 1 : 0,
  );
  const CHUNK = 400;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const values = rows.slice(start, start + CHUNK).map((row, i) => {
      const version = start + i + 1;
      const data = Object.fromEntries(Object.entries(row.record).filter(([k]) => !ENVELOPE.includes(k)));
      return {
        collection: row.collection,
        id: row.record.id,
        team_id: row.teamId,
        version,
        origin_version: version,
        deleted: 0,
        data: JSON.stringify(data),
        field_versions: '{}',
        field_authors: '{}',
        created_at: row.record.createdAt,
        created_by: row.record.createdBy,
        updated_at: row.record.updatedAt,
        updated_by: row.record.updatedBy,
        reference: row.reference,
      };
    });
    await db.insertInto('records').values(values).execute();
  }
  await db.updateTable('counters').set({ value: rows.length }).where('name', '=', 'changes').execute();
  return rows.length;
}
