// `npm run admin -- demo:seed`: a realistic synthetic force, so a new user sees a living
// app. Everything goes in through the same push service a device uses, as the officer,
// supervisor or prevention lead who would have done it, so the demo data obeys every rule
// (schemas, stage gates, sign-off, access) and the published copies are made exactly as in use.
import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { uuidv7 } from '#domain/ids';
import type { CollectionName } from '#domain/collections';
import type { Mutation } from '#domain/sync';
import type { Config } from '#server/platform/config';
import type { Tables } from '#server/platform/database/tables';
import { changeTeam } from '#server/organisation/organisation';
import { seedAreas, square } from './areas';
import { findTeam } from '#server/platform/store/users';
import type { Actor } from '#server/sync/access';
import { addTeam, addUser } from '#server/organisation/admin';
import { hotspotRecordId, importHotspots } from '#server/patrol/hotspots';
import { push } from '#server/sync/push';
import { leadRedactions } from './redactions';
import { stories, streets, type Story } from './content';
import { seededRandom, type Random } from './random';

export interface DemoOptions {
  problems: number;
  seed: number;
  /** "Now" for the demo's dates. */
  now?: Date;
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: string;
  teamId: string | null;
  password: string;
}

export interface DemoResult {
  users: DemoUser[];
  teams: { id: string; name: string; district: string }[];
  counts: Partial<Record<CollectionName, number>>;
}

const DISTRICTS = [
  { id: 'north', name: 'North District', teams: ['Riverside', 'Hillside', 'Old Town'] },
  { id: 'south', name: 'South District', teams: ['Kingsway', 'Parkside', 'Canal Side'] },
];
const FIRST = ['Sam', 'Alex', 'Jo', 'Priya', 'Tom', 'Aisha', 'Lee', 'Morgan', 'Dan', 'Ruth', 'Kai', 'Nia'];
const LAST = ['Hughes', 'Patel', 'Evans', 'Okafor', 'Jones', 'Clarke', 'Shah', 'Murphy', 'Reid', 'Lloyd'];
const POSITIVE = ['reduce_by_percent', 'reduce_harm', 'eliminate', 'handle_better'] as const;
const ACTIVITY_TYPES = [
  'patrol',
  'visit',
  'partner_meeting',
  'community_engagement',
  'leaflet_drop',
] as const;
const STAGES = ['scanning', 'analysis', 'response', 'assessment', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (t: number): string => new Date(t).toISOString();
const date = (t: number): string => iso(t).slice(0, 10);
const password = (): string => randomBytes(12).toString('base64url');

interface Person {
  actor: Actor;
  deviceId: string;
}

class Pusher {
  readonly counts: Partial<Record<CollectionName, number>> = {};
  constructor(readonly db: Kysely<Tables>) {}

  async put(
    who: Person,
    collection: CollectionName,
    recordId: string,
    changes: Record<string, unknown>,
    at: number,
  ): Promise<void> {
    const m: Mutation = {
      id: uuidv7(at),
      collection,
      recordId,
      op: 'put',
      changes,
      baseVersion: null,
      at: iso(at),
    };
    const { results } = await push(
      this.db,
      { actor: who.actor, deviceId: who.deviceId },
      {
        deviceId: who.deviceId,
        mutations: [m],
      },
    );
    const result = results[0];
    if (result?.status === 'rejected')
      throw new Error(
        `demo data refused (${collection}): ${result.error?.code ?? '?'} ${JSON.stringify(result.error?.details ?? result.error?.message)}`,
      );
    this.counts[collection] = (this.counts[collection] ?? 0) + 1;
  }
}

/**
 * How long ago (days) a demo problem was opened and how many days each later step takes: open
 * problems are recent (their whole history fits in the last 20–90 days, steps of 1–2 days), finished
 * ones older. `pick` is a random whole number, so the seed stays reproducible.
 */
export function demoTimeline(stage: Stage, pick: number): { start: number; stepDays: [number, number] } {
  if (reached(stage, 'assessment')) return { start: 150 + (pick % 850), stepDays: [2, 9] };
  return { start: 20 + (pick % 71), stepDays: [1, 2] };
}

function stageFor(r: Random): Stage {
  const x = r.next();
  return x < 0.2
    ? 'scanning'
    : x < 0.35
      ? 'analysis'
      : x < 0.55
        ? 'response'
        : x < 0.7
          ? 'assessment'
          : 'closed';
}

const reached = (stage: Stage, at: Stage): boolean => STAGES.indexOf(stage) >= STAGES.indexOf(at);

export async function seedDemo(
  db: Kysely<Tables>,
  config: Config,
  options: DemoOptions,
): Promise<DemoResult> {
  if ((await findTeam(db, 'riverside')) !== undefined)
    throw new Error('The demo force is already loaded (team "riverside" exists). Use a fresh DATA_DIR.');
  const r = seededRandom(options.seed);
  const now = (options.now ?? new Date()).getTime();
  const users: DemoUser[] = [];
  const teams: DemoResult['teams'] = [];
  const officers = new Map<string, Person[]>();
  const supervisors = new Map<string, Person>();

  async function user(displayName: string, role: string, teamId: string | null): Promise<Person> {
    const username = displayName
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '');
    const secret = password();
    const id = await addUser(
      db,
      { username, displayName, role, teamIds: teamId === null ? [] : [teamId], password: secret },
      config.passwordCost,
    );
    users.push({ username, displayName, role, teamId, password: secret });
    return {
      actor: { id, role: role as Actor['role'], teamIds: teamId === null ? [] : [teamId] },
      deviceId: crypto.randomUUID(),
    };
  }

  const wardOrigin = await seedAreas(db, DISTRICTS);

  let n = 0;
  for (const district of DISTRICTS) {
    for (const name of district.teams) {
      const id = name.toLowerCase().replace(/\s+/g, '-');
      await addTeam(db, id, `${name} Neighbourhood Team`);
      await changeTeam(db, id, { areaId: `${id}-ward` }, null);
      teams.push({ id, name: `${name} Neighbourhood Team`, district: district.name });
      supervisors.set(id, await user(`Sgt ${FIRST[n % FIRST.length] ?? 'Sam'} ${name}`, 'supervisor', id));
      const list: Person[] = [];
      for (let k = 0; k < 4; k++) {
        n += 1;
        list.push(
          await user(
            `PC ${FIRST[n % FIRST.length] ?? 'Jo'} ${LAST[n % LAST.length] ?? 'Reid'}`,
            'officer',
            id,
          ),
        );
      }
      officers.set(id, list);
    }
  }
  const lead = await user('Insp Prevention Lead', 'prevention_lead', null);

  // Today's hotspots, one per team in the middle of its ward, as an analyst would load them.
  const today = date(now);
  const origin = (teamId: string) => wardOrigin.get(teamId) ?? { lng: -1.6, lat: 53.78 };
  await importHotspots(
    db,
    {
      type: 'FeatureCollection',
      features: teams.map((t) => {
        const o = origin(t.id);
        return {
          type: 'Feature',
          id: `${t.id}-hs`,
          properties: { name: `${t.name.replace(' Neighbourhood Team', '')} hotspot`, teams: [t.id] },
          geometry: square(o.lng + 0.006, o.lat + 0.006, 0.008),
        };
      }),
    },
    { date: today },
  );

  const pusher = new Pusher(db);
  const teamIds = teams.map((t) => t.id);
  // Patrols in today's hotspots so Today and the map show dosage.
  for (const teamId of teamIds) {
    const o = origin(teamId);
    for (const by of officers.get(teamId) ?? []) {
      const startedAt = now - r.int(1, 6) * 3_600_000;
      await pusher.put(
        by,
        'activities',
        uuidv7(startedAt),
        {
          teamId,
          type: 'patrol',
          startedAt: iso(startedAt),
          durationMinutes: r.pick([15, 20, 30]),
          position: {
            lat: o.lat + 0.007 + r.next() * 0.006,
            lng: o.lng + 0.007 + r.next() * 0.006,
            accuracyM: 12,
          },
          hotspotId: hotspotRecordId(today, `${teamId}-hs`),
          hotspotLink: 'auto',
        },
        startedAt,
      );
    }
  }
  for (let i = 0; i < options.problems; i++) {
    const teamId = teamIds[i % teamIds.length] ?? 'riverside';
    const team = officers.get(teamId) ?? [];
    const sergeant = supervisors.get(teamId);
    if (sergeant === undefined) throw new Error('no sergeant');
    await seedProblem(pusher, r, {
      teamId,
      origin: origin(teamId),
      owner: r.pick(team),
      team,
      sergeant,
      lead,
      now,
      story: r.pick(stories),
    });
  }
  return { users, teams, counts: pusher.counts };
}

interface ProblemPlan {
  teamId: string;
  /** The south-west corner of the team's ward. */
  origin: { lng: number; lat: number };
  owner: Person;
  team: Person[];
  sergeant: Person;
  lead: Person;
  now: number;
  story: Story;
}

async function seedProblem(p: Pusher, r: Random, plan: ProblemPlan): Promise<void> {
  const { owner, story } = plan;
  const stage = stageFor(r);
  const timeline = demoTimeline(stage, r.int(0, 1_000_000));
  const stepDays = timeline.stepDays;
  let at = plan.now - timeline.start * DAY;
  // Never past the moment of loading: the demo is "as of today" whatever day it is loaded.
  const step = (): number => (at = Math.min(at + r.int(stepDays[0], stepDays[1]) * DAY, plan.now - HOUR));
  const id = uuidv7(at);
  const street = r.pick(streets);
  const baseline = r.int(12, 60);
  await p.put(
    owner,
    'problems',
    id,
    {
      teamId: plan.teamId,
      title: `${story.title}, ${street}`,
      problemType: story.type,
      description: story.description,
      locationText: street,
      status: 'scanning',
      ownerId: owner.actor.id,
      supervisorId: plan.sergeant.actor.id,
      openedAt: date(at),
      ...(reached(stage, 'assessment') ? {} : { nextReviewDate: date(plan.now + r.int(-3, 28) * DAY) }),
      scanning: {
        source: r.pick(['calls_for_service', 'community_meeting', 'hotspot_map', 'partner_referral']),
        baselineCount: baseline,
        baselinePeriod: { days: 90 },
        cheers: {
          community: { met: true },
          harmful: { met: true },
          expectation: { met: true },
          events: { met: true },
          recurring: { met: true },
          similarity: { met: true },
        },
      },
    },
    at,
  );
  if (reached(stage, 'analysis'))
    await p.put(
      owner,
      'problems',
      id,
      {
        status: 'analysis',
        analysis: {
          offender: { description: story.offender, controller: r.pick(['weak', 'absent']) },
          victim: { description: story.victim, controller: r.pick(['weak', 'present']) },
          place: { description: story.place, controller: r.pick(['weak', 'absent']) },
          whenWhere: story.whenWhere,
          hypotheses: [story.hypothesis],
          dataSources: ['Recorded crime', 'Calls for service'],
        },
      },
      step(),
    );
  if (!reached(stage, 'response')) return;
  const target = r.int(2, 6) * 10;
  await p.put(
    owner,
    'problems',
    id,
    {
      status: 'response',
      objective: { impact: 'reduce_by_percent', targetPercent: target, successMeasure: story.measure },
    },
    step(),
  );
  const finished = reached(stage, 'assessment');
  for (const action of r.some(story.actions, 1, story.actions.length)) {
    await p.put(
      owner,
      'actions',
      uuidv7(at),
      {
        problemId: id,
        description: action.description,
        techniques: action.techniques,
        lead: { kind: 'officer', userId: r.pick(plan.team).actor.id },
        // Open work falls due around today (a few days overdue at most); finished work a month on.
        dueDate: date(finished ? at + 30 * DAY : plan.now + r.int(-4, 45) * DAY),
        status: finished ? 'done' : r.pick(['planned', 'in_progress']),
      },
      step(),
    );
  }
  for (let k = r.int(0, 3); k > 0; k--) {
    const by = r.pick(plan.team);
    await p.put(
      by,
      'activities',
      uuidv7(at),
      {
        teamId: plan.teamId,
        type: r.pick(ACTIVITY_TYPES),
        startedAt: iso(step()),
        durationMinutes: r.pick([15, 20, 30, 45, 60]),
        placeText: street,
        position: {
          lat: plan.origin.lat + r.next() * 0.02,
          lng: plan.origin.lng + r.next() * 0.02,
          accuracyM: r.int(5, 40),
        },
        problemId: id,
      },
      at,
    );
  }
  if (!finished) return;
  const worked = r.chance(0.7);
  const after = worked
    ? Math.round(baseline * (0.35 + r.next() * 0.5))
    : Math.round(baseline * (0.95 + r.next() * 0.3));
  const control = r.chance(0.7) ? { before: r.int(15, 50), after: 0 } : undefined;
  if (control) control.after = Math.round(control.before * (0.9 + r.next() * 0.25));
  const buffer = r.chance(0.6) ? { before: r.int(8, 30), after: 0 } : undefined;
  if (buffer) buffer.after = Math.round(buffer.before * (0.8 + r.next() * 0.35));
  const start = at - 90 * DAY;
  await p.put(
    owner,
    'evaluations',
    id,
    {
      problemId: id,
      beforeStart: date(start),
      beforeEnd: date(start + 89 * DAY),
      afterStart: date(at),
      afterEnd: date(at + 89 * DAY),
      response: { before: baseline, after },
      ...(buffer ? { buffer } : {}),
      ...(control ? { control } : {}),
      displacementChecked: buffer !== undefined || r.chance(0.3),
      lessonsLearned: story.lessons,
    },
    step(),
  );
  const outcome = worked ? r.pick(POSITIVE) : 'no_effect';
  await p.put(
    owner,
    'problems',
    id,
    {
      status: 'assessment',
      assessment: {
        processEvaluation: 'The actions were delivered with partners over three months, as planned.',
        deliveredAsPlanned: r.pick(['as_planned', 'partly']),
        outcome,
        lessonsLearned: story.lessons,
        closureReason: worked ? 'objective_met' : 'not_met_no_further_action',
        emmie: {
          effect: worked ? 'Incidents fell against the baseline.' : 'No clear change.',
          mechanism: story.hypothesis,
          economicCost: `About £${String(r.int(2, 40) * 100)} in materials and officer time.`,
        },
        displacementNotes: buffer ? 'Buffer area counts checked for displacement.' : '',
      },
    },
    step(),
  );
  if (stage !== 'closed') return;
  await p.put(
    plan.sergeant,
    'reviews',
    uuidv7(at),
    {
      problemId: id,
      kind: 'closure',
      decision: 'sign_off_closure',
      comments: 'Good evaluation; closing.',
      reviewer: plan.sergeant.actor.id,
      reviewedAt: iso(step()),
    },
    at,
  );
  await p.put(owner, 'problems', id, { status: 'closed' }, step());
  if (!(worked && control !== undefined && r.chance(0.35))) return;
  await p.put(
    owner,
    'nominations',
    uuidv7(at),
    { problemId: id, reason: 'A clear, measured success others can copy.' },
    step(),
  );
  const comments = `${story.title}: ${story.lessons}`;
  await p.put(
    plan.lead,
    'reviews',
    uuidv7(at),
    {
      problemId: id,
      kind: 'good_practice',
      decision: 'publish',
      comments,
      redactions: await leadRedactions(p.db, id, comments),
      reviewer: plan.lead.actor.id,
      reviewedAt: iso(step()),
    },
    at,
  );
}
