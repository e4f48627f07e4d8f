// A fake SessionService and Workspace that implement src/client/services.ts in memory, so the
// screens can be rendered without IndexedDB or a server.
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Problem, ProblemFields } from '#domain/records';
import type { Me, SignInOptions } from '#domain/session';
import {
  AppProvider,
  AppRoutes,
  type NeedsAttentionItem,
  type ProblemsRepository,
  type SessionService,
  type SyncStatus,
  type Workspace,
} from './app';

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

  close(): void {
    this.closed = true;
  }
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
  return render(
    <AppProvider session={session}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
}
