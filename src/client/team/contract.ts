// The data-layer contract for the team roster and problem history, and for signing out on a
// shared device. Screens see these; never Dexie or fetch.
import type { HistoryEntry } from '#domain/problem-history';
import type { RosterMember, RosterTeam } from '#domain/roster';

type Unsubscribe = () => void;

export type { HistoryEntry } from '#domain/problem-history';
export type { RosterMember, RosterTeam } from '#domain/roster';

/** The people of my teams, kept on this device so names show offline. */
export interface RosterRepository {
  /**
   * Live: the roster as last fetched (empty before the first fetch), the names of the teams the
   * user may see, and when it was fetched.
   */
  watch(
    onChange: (roster: { members: RosterMember[]; teams?: RosterTeam[]; fetchedAt: string | null }) => void,
  ): Unsubscribe;
  /** Fetches it from the force database and keeps it. Throws ApiError (e.g. network_error). */
  refresh(): Promise<void>;
}

/** An edit saved on this device and not yet accepted by the force database. */
export interface LocalChange {
  mutationId: string;
  collection: string;
  recordId: string;
  fields: string[];
  values: Record<string, unknown>;
  at: string;
  /** 'pending': waiting to be sent; 'refused': the force database refused it (needs attention). */
  state: 'pending' | 'refused';
  /** The force database's reason, for a refused change. */
  message?: string;
}

/** A patrol activity linked to the problem, as the timeline shows it. */
export interface LinkedActivity {
  id: string;
  type: string;
  startedAt: string;
  durationMinutes: number;
  createdBy: string;
  notes?: string | undefined;
  placeText?: string | undefined;
}

export interface ProblemHistoryView {
  /** The force database's history as last fetched, or null if it has never been fetched here. */
  entries: HistoryEntry[] | null;
  /** People the fetched history names. */
  people: { id: string; displayName: string }[];
  fetchedAt: string | null;
  /** This device's edits to the problem and its child records that the force database has not accepted. */
  local: LocalChange[];
  activities: LinkedActivity[];
}

export interface ProblemHistoryRepository {
  /** Live: the cached history with this device's unsent edits and linked activities. */
  watch(problemId: string, onChange: (view: ProblemHistoryView) => void): Unsubscribe;
  /** Fetches the history and keeps it on this device. Throws ApiError (network_error offline). */
  refresh(problemId: string): Promise<void>;
}

/** What would be lost if this user's data were deleted from the device now. */
export interface UnsyncedWork {
  /** Edits waiting in the outbox. */
  pending: number;
  /** Changes the force database refused, kept for the officer to fix or discard. */
  needsAttention: number;
  /** Photos taken here and not yet uploaded. */
  photos: number;
  total: number;
}

export interface SignOutOptions {
  /**
   * Delete this user's data from the device: their IndexedDB database, their drafts in
   * localStorage and any user-specific Cache Storage entries (the app shell stays).
   */
  deleteLocalData?: boolean;
  /** End every session of this user, on every device, not only this one. */
  everywhere?: boolean;
}
