// The contract between the app's data layer and its screens: the Workspace, made of each
// feature's contract (src/client/<feature>/contract.ts), and the errors every repository throws.
// Screens only see these interfaces: they never import Dexie or call fetch themselves (the lint's
// layer rules, eslint.boundaries.js, refuse it).
import type { FieldErrors, Problem, ProblemFields } from '#domain/records';
import type { Me, SignInOptions } from '#domain/session';
import type { ConflictRecord } from '#domain/conflicts';
import type { ErrorCode } from '#domain/errors';
import type { GateReason } from '#domain/osara/index';
import type { ActionsRepository, ReviewsRepository, TeamScope } from '#client/osara/contract';

import type { EvaluationsRepository, GoodPracticeRepository } from '#client/good-practice/contract';
import type {
  ProblemHistoryRepository,
  RosterRepository,
  SignOutOptions,
  UnsyncedWork,
} from '#client/team/contract';
import type { AuditRepository, ConsultationsRecorder, RetentionRepository } from '#client/audit/contract';
import type { OrganisationRepository } from '#client/admin/contract';
import type { MapRepository, TodayRepository } from '#client/patrol/view-contract';
import type { PatrolServices } from '#client/patrol/contract';
import type { DashboardRepository } from '#client/dashboard/contract';
import type { SearchService } from '#client/search/contract';

/** Thrown by a repository write when the fields are not valid; nothing is written. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('invalid_record');
    this.name = 'ValidationError';
  }
}

/** Thrown by the API client: `code` is from the error catalogue, `message` is plain English. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network_error',
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Thrown by a repository write when the device has no room left (IndexedDB quota). The write's
 * transaction is rolled back, so everything stored before it (records and outbox) is intact.
 */
export class StorageFullError extends Error {
  constructor() {
    super('storage_full');
    this.name = 'StorageFullError';
  }
}

/**
 * Thrown by ProblemsRepository.update when the status change is blocked by a stage gate; nothing
 * is written. `reasons` say why, each with its English text (`en`) and the section to open.
 */
export class GateBlockedError extends Error {
  constructor(readonly reasons: readonly GateReason[]) {
    super('stage_gate_blocked');
    this.name = 'GateBlockedError';
  }
}

/** Thrown when the signed-in user may not make this write at all (e.g. a review by an officer). */
export class NotAllowedError extends Error {
  constructor(readonly code: 'sign_off_not_allowed') {
    super(code);
    this.name = 'NotAllowedError';
  }
}

export type Unsubscribe = () => void;

export interface ProblemsRepository {
  /** Live list of problems of the given teams, or all on the device (not deleted), newest change first. */
  watchList(teamIds: TeamScope, onChange: (problems: Problem[]) => void): Unsubscribe;
  /** Live single problem; `undefined` when it is not on this device. */
  watch(id: string, onChange: (problem: Problem | undefined) => void): Unsubscribe;
  /** Writes the record and its outbox mutation in one transaction. Throws ValidationError, StorageFullError. */
  create(fields: ProblemFields): Promise<Problem>;
  /**
   * Saves only the fields that differ from the stored view. While a refused change for the
   * record is held (needs attention), the given fields are compared with what the force database
   * will hold once the outbox is pushed instead, so saving the view's values again (the edit
   * form, "Fix and resend") resends the refused ones. Throws ValidationError, StorageFullError,
   * and GateBlockedError when a `status` change is blocked by a stage gate (nothing is written).
   */
  update(id: string, changes: Partial<ProblemFields>): Promise<Problem>;
}

/**
 * A value that a later-arriving edit replaced on a record, kept by the force database (its
 * `conflicts` collection) and shown on the record's screen.
 */
export type ConflictNotice = Pick<
  ConflictRecord,
  | 'id'
  | 'recordId'
  | 'field'
  | 'replacedValue'
  | 'replacedBy'
  | 'replacedByName'
  | 'replacedAt'
  | 'value'
  | 'by'
  | 'byName'
  | 'at'
> & {
  collection: string;
  /**
   * How the signed-in officer is involved: their value was replaced (they may restore it), their
   * edit replaced someone's value, or it is between teammates.
   */
  involvement: 'replaced' | 'won' | 'team';
  /** What the record holds now (it may have changed again since). */
  currentValue: unknown;
};

export interface ConflictsRepository {
  /**
   * Live: the record's notices still open on this device, oldest first. A notice closes when
   * dismissed here, or once the record holds the replaced value again.
   */
  watchForRecord(recordId: string, onChange: (notices: ConflictNotice[]) => void): Unsubscribe;
  /**
   * "Restore my value": an ordinary new edit through the record's repository setting the field
   * back (queued and synced like any edit), then the notice closes. Only for the officer whose
   * value was replaced. Throws what an edit throws (ValidationError, StorageFullError).
   */
  restore(id: string): Promise<void>;
  /** Closes the notice on this device only; the force database keeps the conflict. */
  dismiss(id: string): Promise<void>;
}

export interface NeedsAttentionItem {
  mutationId: string;
  collection: string;
  recordId: string;
  /** The server's catalogue code: what the officer is shown, as `errorText(t, code)`. */
  code: string;
  /** The server's own text as it sent it (for the record; screens word the code instead). */
  message: string;
  changes: Record<string, unknown>;
  at: string;
}

export interface SyncStatus {
  online: boolean;
  syncing: boolean;
  /** Mutations waiting in the outbox. */
  pending: number;
  /** Rejected mutations kept for the officer to look at. */
  needsAttention: number;
  lastSyncedAt: string | null;
  /**
   * The catalogue code of the last failure (src/domain/errors.ts, or 'network_error'), or null.
   * Words for it come from `errorText(t, code)` when shown, in the language in use then.
   */
  lastError: ErrorCode | 'network_error' | null;
  /** The server said the session is over: sync is paused until the officer signs in again. */
  sessionExpired: boolean;
  /**
   * This device has not yet stored the whole feed once (a first download is due or under way):
   * screens say their data is still loading rather than showing an empty state.
   */
  firstDownload: boolean;
  /** A pull of several pages under way: changes stored so far, of about `total` (null: unknown). */
  download: { received: number; total: number | null } | null;
}

export interface SyncController {
  syncNow(): Promise<void>;
  getStatus(): SyncStatus;
  subscribe(onChange: (status: SyncStatus) => void): Unsubscribe;
  watchNeedsAttention(onChange: (items: NeedsAttentionItem[]) => void): Unsubscribe;
  /**
   * The officer re-did a refused change (saved the record again through its repository, which
   * queued a new mutation): take it off the list. The view becomes the server copy with the
   * remaining pending and refused edits on top. Unknown ids are ignored.
   */
  resolveAttention(mutationId: string): Promise<void>;
  /**
   * Throw a refused change away: take it off the list and put the record's view back to the
   * server copy with the remaining pending and refused edits on top. A refused new record that
   * the force database never accepted leaves this device. Unknown ids are ignored.
   */
  discardAttention(mutationId: string): Promise<void>;
}

/**
 * Everything a signed-in officer's screens use, one part per feature; every member is there in
 * every workspace (open-workspace.ts builds them all; tests use fakeWorkspace()). One per
 * signed-in user (one Dexie database each).
 */
export interface Workspace {
  me: Me;
  problems: ProblemsRepository;
  /** Values replaced by concurrent edits, kept so they can be restored. */
  conflicts: ConflictsRepository;
  /** A problem's response actions and its reviews and sign-offs (OSARA). */
  actions: ActionsRepository;
  reviews: ReviewsRepository;
  /** The day's briefing and the map, from the device alone (patrol). */
  today: TodayRepository;
  map: MapRepository;
  /** A problem's evaluation, and the good-practice workflow and library. */
  evaluations: EvaluationsRepository;
  goodPractice: GoodPracticeRepository;
  /** Logging patrol activity with photos and position. */
  patrol: PatrolServices;
  /** The people of my teams, for names. */
  roster: RosterRepository;
  /** A problem's change history for its timeline. */
  history: ProblemHistoryRepository;
  /** The prevention lead's dashboard figures' records. */
  dashboard: DashboardRepository;
  /** Search of my teams' problems and the good-practice library, on the device. */
  search: SearchService;
  /** "Opened record" logging, and the audit and retention screens' data. */
  consultations: ConsultationsRecorder;
  audit: AuditRepository;
  retention: RetentionRepository;
  /** Users, teams and areas, for admins. */
  organisation: OrganisationRepository;
  /** What signing out with deletion would lose. */
  unsyncedWork(): Promise<UnsyncedWork>;
  sync: SyncController;
  /** Stop timers and listeners (on sign-out or user switch). */
  close(): void;
}

export interface SessionService {
  /** The remembered identity, from the device alone so the app opens offline. */
  restore(): Promise<Workspace | null>;
  /** Throws ApiError (`invalid_credentials`, `network_error`, ...). */
  signIn(username: string, password: string): Promise<Workspace>;
  /** Ends the session (best effort offline); deleteLocalData also removes the user's data here. */
  signOut(workspace: Workspace, options?: SignOutOptions): Promise<void>;
  /** What the sign-in screen offers (the force's provider, passwords); null when offline. */
  signInOptions(): Promise<SignInOptions | null>;
  /**
   * The force's OpenID provider has sent the officer back with a session cookie: remember them on
   * this device (so the app opens offline from now on) and open their workspace.
   */
  completeProviderSignIn(): Promise<Workspace>;
}
