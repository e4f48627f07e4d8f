// A fake SessionService and Workspace that implement the screens' contract (src/client/app/contract.ts)
// in memory, so the screens can be rendered without IndexedDB or a server. Every test builds its
// workspace with fakeWorkspace(overrides): each member a test does not pass either answers quietly
// (nothing recorded yet: no conflicts, no roster, no consultations to send) or throws a plain
// message naming the member to pass.
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Problem, ProblemFields } from '#domain/records';
import type { Me, SignInOptions } from '#domain/session';
import { AppRoutes } from '#client/app/routes';
import {
  type NeedsAttentionItem,
  type ProblemsRepository,
  type SessionService,
  type SyncStatus,
  type Workspace,
} from '#client/app/contract';
import { startApp } from '#client/app/store';
import type { ConflictsRepository } from '#client/app/contract';
import type { ConsultationsRecorder } from '#client/audit/contract';
import type { RosterRepository, UnsyncedWork } from '#client/team/contract';

/** A member no screen in this test should touch: any call says which member to fake. */
function unfaked<K extends keyof Workspace>(member: K): Workspace[K] {
  return new Proxy({} as Workspace[K], {
    get(target, key) {
      if (Object.hasOwn(target, key)) return Reflect.get(target, key);
      return () => {
        throw new Error(
          `workspace.${member}.${String(key)}() is not faked in this test: pass ${member} to fakeWorkspace()`,
        );
      };
    },
  });
}

const quietConflicts: ConflictsRepository = {
  watchForRecord: (_id, onChange) => {
    onChange([]);
    return () => undefined;
  },
  restore: () => Promise.resolve(),
  dismiss: () => Promise.resolve(),
};

const quietRoster: RosterRepository = {
  watch: (onChange) => {
    onChange({ members: [], fetchedAt: null });
    return () => undefined;
  },
  refresh: () => Promise.resolve(),
};

/** A list repository with no records yet: every watch answers an empty list; writes must be faked. */
function noRecords<K extends 'actions' | 'reviews'>(member: K): Workspace[K] {
  const empty = (_key: unknown, onChange: (rows: never[]) => void) => {
    onChange([]);
    return () => undefined;
  };
  return Object.assign(unfaked(member), { watchByProblem: empty, watchByTeams: empty });
}

/** The device's search index, still being built: search and similar problems wait for it. */
const searchNotReady: Workspace['search'] = Object.assign(unfaked('search'), {
  status: () => ({ ready: false, documents: 0, error: null, revision: 0 }),
  subscribe: () => () => undefined,
});

const quietConsultations: ConsultationsRecorder = {
  recordOpened: () => undefined,
  recordSearch: () => undefined,
};
const NOTHING_UNSYNCED: UnsyncedWork = { pending: 0, needsAttention: 0, photos: 0, total: 0 };

export const officer: Me = {
  id: 'u-123',
  username: 'pc123',
  displayName: 'PC Alex Morgan',
  role: 'officer',
  teams: [{ id: 'north', name: 'Northtown NPT' }],
};

export function status(patch: Partial<SyncStatus> = {}): SyncStatus {
  return {
    online: true,
    syncing: false,
    pending: 0,
    needsAttention: 0,
    lastSyncedAt: null,
    lastError: null,
    sessionExpired: false,
    firstDownload: false,
    download: null,
    ...patch,
  };
}

export class FakeProblems implements ProblemsRepository {
  readonly problems: Problem[] = [];
  readonly created: ProblemFields[] = [];
  /** When set, create() throws this instead of saving. */
  failWith: Error | null = null;

  watchList(_teamIds: readonly string[], onChange: (problems: Problem[]) => void) {
    queueMicrotask(() => {
      onChange([...this.problems]);
    });
    return () => undefined;
  }

  watch(id: string, onChange: (problem: Problem | undefined) => void) {
    queueMicrotask(() => {
      onChange(this.problems.find((p) => p.id === id));
    });
    return () => undefined;
  }

  create(fields: ProblemFields): Promise<Problem> {
    if (this.failWith !== null) return Promise.reject(this.failWith);
    this.created.push(fields);
    const now = new Date().toISOString();
    const problem: Problem = {
      ...fields,
      id: `0190b7a0-0000-7000-8000-${String(this.problems.length).padStart(12, '0')}`,
      version: null,
      reference: null,
      createdAt: now,
      createdBy: officer.id,
      updatedAt: now,
      updatedBy: officer.id,
      deleted: false,
    };
    this.problems.push(problem);
    return Promise.resolve(problem);
  }

  update(id: string, changes: Partial<ProblemFields>): Promise<Problem> {
    const index = this.problems.findIndex((p) => p.id === id);
    const stored = this.problems[index];
    if (stored === undefined) return Promise.reject(new Error('not found'));
    const updated = { ...stored, ...changes };
    this.problems[index] = updated;
    return Promise.resolve(updated);
  }
}

export class FakeWorkspace implements Workspace {
  readonly problems = new FakeProblems();
  conflicts: Workspace['conflicts'] = quietConflicts;
  roster: Workspace['roster'] = quietRoster;
  consultations: Workspace['consultations'] = quietConsultations;
  actions = noRecords('actions');
  reviews = noRecords('reviews');
  today = unfaked('today');
  map = unfaked('map');
  evaluations = unfaked('evaluations');
  goodPractice = unfaked('goodPractice');
  patrol = unfaked('patrol');
  history = unfaked('history');
  dashboard = unfaked('dashboard');
  search = searchNotReady;
  audit = unfaked('audit');
  retention = unfaked('retention');
  organisation = unfaked('organisation');
  closed = false;
  /** The needs-attention list the screens see; resolve and discard take items off it. */
  attention: NeedsAttentionItem[] = [];
  readonly resolved: string[] = [];
  readonly discarded: string[] = [];
  private current = status();
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private readonly attentionListeners = new Set<(items: NeedsAttentionItem[]) => void>();

  private dropAttention(mutationId: string): Promise<void> {
    this.attention = this.attention.filter((item) => item.mutationId !== mutationId);
    for (const listener of this.attentionListeners) listener([...this.attention]);
    return Promise.resolve();
  }

  constructor(readonly me: Me = officer) {}

  readonly sync = {
    syncNow: () => Promise.resolve(),
    getStatus: () => this.current,
    subscribe: (onChange: (s: SyncStatus) => void) => {
      this.listeners.add(onChange);
      return () => {
        this.listeners.delete(onChange);
      };
    },
    watchNeedsAttention: (onChange: (items: NeedsAttentionItem[]) => void) => {
      this.attentionListeners.add(onChange);
      onChange([...this.attention]);
      return () => {
        this.attentionListeners.delete(onChange);
      };
    },
    resolveAttention: (mutationId: string) => {
      this.resolved.push(mutationId);
      return this.dropAttention(mutationId);
    },
    discardAttention: (mutationId: string) => {
      this.discarded.push(mutationId);
      return this.dropAttention(mutationId);
    },
  };

  setStatus(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }

  unsyncedWork(): Promise<UnsyncedWork> {
    return Promise.resolve(NOTHING_UNSYNCED);
  }

  close(): void {
    this.closed = true;
  }
}

/** The one way tests build a workspace: the members a test cares about, quiet fakes for the rest. */
export function fakeWorkspace(overrides: Partial<Workspace> = {}, me: Me = officer): FakeWorkspace {
  return Object.assign(new FakeWorkspace(me), overrides);
}

export class FakeSession implements SessionService {
  remembered: Workspace | null = null;
  /** What signIn() does: a workspace to open, or an error to throw. */
  signInResult: Workspace | Error = new FakeWorkspace();
  readonly attempts: { username: string; password: string }[] = [];

  restore(): Promise<Workspace | null> {
    return Promise.resolve(this.remembered);
  }

  signIn(username: string, password: string): Promise<Workspace> {
    this.attempts.push({ username, password });
    const result = this.signInResult;
    return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
  }

  signOut(workspace: Workspace): Promise<void> {
    workspace.close();
    return Promise.resolve();
  }

  /** What signInOptions() answers; null is an offline device (password form only). */
  options: SignInOptions | null = null;

  signInOptions(): Promise<SignInOptions | null> {
    return Promise.resolve(this.options);
  }

  completeProviderSignIn(): Promise<Workspace> {
    const result = this.signInResult;
    return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
  }
}

/** Renders the whole app (routes and all) at `path`, as main.tsx does but in memory. */
export function renderApp(session: SessionService, path: string): RenderResult {
  startApp(session);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}
