// Opening one signed-in officer's workspace: their database, repositories and sync runner.
import type { Me } from '#domain/session';
import type { ApiClient } from '#client/platform/api/client';
import { ensureDeviceId, writeProfile } from '#client/platform/db/meta';
import { createConflictsRepository } from '#client/problems/data/conflicts';
import { createDashboardRepository } from '#client/dashboard/data/dashboard';
import { createSearchService } from '#client/search/data/lazy';
import { createActionsRepository, createReviewsRepository } from '#client/osara/data/osara-records';
import { createHistoryRepository } from '#client/problems/data/history';
import { createProblemsRepository } from '#client/problems/data/problems';
import { createRosterRepository } from '#client/team/data/roster';
import { countUnsyncedWork } from './data/sign-out';
import { createMapRepository } from '#client/patrol/data/map-data';
import { createTodayRepository } from '#client/patrol/data/today';
import { createEvaluationsRepository } from '#client/evaluation/data/evaluations';
import { createGoodPracticeRepository } from '#client/good-practice/data/good-practice';
import { openPatrol } from './open-patrol';
import { withStageGates } from '#client/osara/data/stage-gate';
import { loadRecordRules } from '#client/platform/db/rules';
import { openUserDb } from '#client/platform/db/schema';
import { checkRecentIndex } from '#client/platform/db/activity-indexes';
import { createConsultationsRecorder } from '#client/audit/data/consultations';
import { createAuditRepository, createRetentionRepository } from '#client/audit/data/audit-api';
import { createOrganisationRepository } from '#client/admin/data/organisation-api';
import type { Workspace } from '#client/app/contract';
import { createSyncRunner, preloadSyncEngine, type RunnerOptions } from '#client/platform/sync/runner';

export interface WorkspaceDeps {
  api: ApiClient;
  sync?: RunnerOptions;
}

export async function openWorkspace(me: Me, deps: WorkspaceDeps): Promise<Workspace> {
  // The sync engine below only ever sees this user's database, so another officer's queued
  // edits on this device cannot be pushed under this officer's session.
  preloadSyncEngine();
  const db = openUserDb(me.id);
  await db.open();
  await checkRecentIndex(db, Date.now());
  await writeProfile(db, me);
  const deviceId = await ensureDeviceId(db);
  const runner = createSyncRunner({ db, api: deps.api, deviceId }, deps.sync);
  const writes = {
    onWrite: () => {
      runner.notifyWrite();
    },
  };
  const problems = withStageGates(createProblemsRepository(db, me, writes), db);
  const actions = createActionsRepository(db, me, writes);
  let closed = false;
  runner.start();
  const roster = createRosterRepository(db, deps.api);
  const stopRosterRefresh = refreshRosterAfterSyncs(runner, roster);
  // Warm the write rules now, after the first screen: on a first visit the service worker may
  // not have cached their chunk yet, and an officer who then loses signal must still be able to
  // save. A failure here is retried by the first write itself.
  loadRecordRules().catch(() => undefined);
  return {
    me,
    problems,
    conflicts: createConflictsRepository(db, me, { problems, actions }),
    actions,
    reviews: createReviewsRepository(db, me, writes),
    roster,
    history: createHistoryRepository(db, deps.api),
    unsyncedWork: () => countUnsyncedWork(db),
    consultations: createConsultationsRecorder(db),
    audit: createAuditRepository(deps.api),
    retention: createRetentionRepository(deps.api),
    organisation: createOrganisationRepository(deps.api),
    today: createTodayRepository(db, me),
    dashboard: createDashboardRepository(db),
    search: createSearchService(db, me),
    map: createMapRepository(db, me, deps.api),
    evaluations: createEvaluationsRepository(db, me, writes),
    goodPractice: createGoodPracticeRepository(db, me, deps.api, writes),
    patrol: openPatrol(db, me, deps.api, writes.onWrite),
    // Only the SyncController part: screens must not start or stop the runner themselves.
    sync: {
      syncNow: () => runner.syncNow(),
      getStatus: () => runner.getStatus(),
      subscribe: (onChange) => runner.subscribe(onChange),
      watchNeedsAttention: (onChange) => runner.watchNeedsAttention(onChange),
      resolveAttention: (mutationId) => runner.resolveAttention(mutationId),
      discardAttention: (mutationId) => runner.discardAttention(mutationId),
    },
    close() {
      if (closed) return;
      closed = true;
      stopRosterRefresh();
      runner.stop();
      db.close();
    },
  };
}

const ROSTER_REFRESH_MS = 15 * 60_000;

/**
 * Names must show offline, so the roster is fetched when the workspace opens (sign-in, or a
 * restore with a signal) and again after a successful sync once it is a quarter of an hour old.
 * A failure keeps the last copy; the next sync tries again.
 */
function refreshRosterAfterSyncs(
  runner: { subscribe: (onChange: (status: { lastSyncedAt: string | null }) => void) => () => void },
  roster: { refresh: () => Promise<void> },
): () => void {
  let last = 0;
  let running = false;
  const refresh = (): void => {
    if (running || Date.now() - last < ROSTER_REFRESH_MS) return;
    running = true;
    roster
      .refresh()
      .then(() => {
        last = Date.now();
      })
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  };
  refresh();
  let seen: string | null = null;
  return runner.subscribe((status) => {
    if (status.lastSyncedAt !== null && status.lastSyncedAt !== seen) {
      seen = status.lastSyncedAt;
      refresh();
    }
  });
}
