// Shared set-up for the client sync situations: a fake force database behind msw, and the
// app's real session service, databases and sync engine pointed at it.
import type { ProblemFields } from '#domain/records';
import type { ActivityFields } from '#domain/patrol/activities';
import type { Me } from '#domain/session';
import { createDeviceStore, memoryStorage, type DeviceStore } from '#client/platform/db/device';
import { createSessionService } from '#client/app/workspace';
import { openUserDb, type BeatbookDb } from '#client/platform/db/schema';
import { type SessionService, type SyncStatus, type Unsubscribe, type Workspace } from '#client/app/contract';
import { BASE, startFakeHttp, type HttpKnobs } from './fake-http';
import { FakeForceDatabase } from './fake-server';

export const PASSWORD = 'correct horse battery';

export function makeMe(name: string, teamIds: readonly string[] = ['team-a']): Me {
  // A fresh id per test means a fresh IndexedDB database per test.
  return {
    id: `${name}-${crypto.randomUUID()}`,
    username: name,
    displayName: `PC ${name}`,
    role: 'officer',
    teams: teamIds.map((id) => ({ id, name: `Team ${id}` })),
  };
}

/** A patrol activity's fields, as an officer of team "north" logs one. */
export const sampleActivityFields: ActivityFields = {
  teamId: 'north',
  type: 'patrol',
  startedAt: '2026-03-03T10:00:00.000Z',
  durationMinutes: 30,
  placeText: 'Elm Park parade',
};

export function sampleFields(overrides: Partial<ProblemFields> = {}): ProblemFields {
  return {
    teamId: 'team-a',
    title: 'Youths gathering at the rec',
    problemType: 'asb_youth',
    description: 'Evenings, Fri and Sat',
    locationText: 'Rec ground, Mill Lane',
    status: 'scanning',
    ...overrides,
  };
}

export interface Harness {
  force: FakeForceDatabase;
  knobs: HttpKnobs;
  device: DeviceStore;
  service: SessionService;
  signIn(me: Me): Promise<Workspace>;
  /** A second connection to a user's database, for looking inside it. */
  inspect(me: Me): BeatbookDb;
  close(): void;
}

export function startHarness(
  sync: { intervalMs?: number; debounceMs?: number; pullLimit?: number } = {},
): Harness {
  const force = new FakeForceDatabase();
  const { server, knobs } = startFakeHttp(force);
  const device = createDeviceStore(memoryStorage());
  const open: Workspace[] = [];
  const dbs: BeatbookDb[] = [];
  const service = createSessionService({
    baseUrl: BASE,
    device,
    // Tests drive sync with syncNow(); automatic triggers are far in the future unless asked for.
    sync: {
      syncOnStart: false,
      intervalMs: sync.intervalMs ?? 3_600_000,
      debounceMs: sync.debounceMs ?? 3_600_000,
      ...(sync.pullLimit === undefined ? {} : { pullLimit: sync.pullLimit }),
    },
    onWorkspace: (ws) => {
      if (ws) open.push(ws);
    },
  });
  return {
    force,
    knobs,
    device,
    service,
    async signIn(me) {
      if (!force.users.has(me.username)) force.addUser(me, PASSWORD);
      return service.signIn(me.username, PASSWORD);
    },
    inspect(me) {
      const db = openUserDb(me.id);
      dbs.push(db);
      return db;
    },
    close() {
      for (const ws of open) ws.close();
      for (const db of dbs) db.close();
      server.close();
    },
  };
}

/** The first value a live subscription delivers that satisfies `accept`. */
export function nextValue<T>(
  watch: (onChange: (value: T) => void) => Unsubscribe,
  accept: (value: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve) => {
    let unsubscribe: Unsubscribe | null = null;
    let done = false;
    unsubscribe = watch((value) => {
      if (done || !accept(value)) return;
      done = true;
      queueMicrotask(() => unsubscribe?.());
      resolve(value);
    });
  });
}

/** The sync status once it satisfies `accept` (now, or at a later change). */
export function statusWhen(ws: Workspace, accept: (status: SyncStatus) => boolean): Promise<SyncStatus> {
  const now = ws.sync.getStatus();
  if (accept(now)) return Promise.resolve(now);
  return nextValue((cb) => ws.sync.subscribe(cb), accept);
}
