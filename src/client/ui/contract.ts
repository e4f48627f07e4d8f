// The one place the screens reach the data-layer contract (src/client/services.ts): screens see
// these interfaces and errors, never Dexie, fetch or the sync engine's internals.
export { ApiError, GateBlockedError, NotAllowedError, StorageFullError, ValidationError } from '../services';
export type {
  ActionsRepository,
  ConflictNotice,
  ConflictsRepository,
  NeedsAttentionItem,
  ProblemsRepository,
  ReviewsRepository,
  SessionService,
  SyncController,
  SyncStatus,
  Unsubscribe,
  Workspace,
} from '../services';
export type {
  HistoryEntry,
  LinkedActivity,
  LocalChange,
  ProblemHistoryRepository,
  ProblemHistoryView,
  RosterMember,
  RosterRepository,
  SignOutOptions,
  UnsyncedWork,
} from '../services';
export type { MapData, MapRepository, TileConfig, TodayData, TodayRepository } from '../services';
export { ActivityNotEditableError, PhotoUnreadableError } from '../services';
export type {
  ActivitiesRepository,
  CapturedPhoto,
  LocateResult,
  PatrolServices,
  PhotoRefusal,
  PhotoState,
  PhotosRepository,
  RecentChoices,
} from '../services';
export type { DashboardData, DashboardRepository } from '../services';
export type {
  AuditFilterInput,
  AuditRepository,
  ConsultationsRecorder,
  RetentionRepository,
} from '../services';
export type { AdminTeam, AdminUser, Area, OrganisationRepository } from '../services';
export { GoodPracticeRefusedError } from '../services';
export type { EvaluationsRepository, GoodPracticeRepository, NominationItem } from '../services';
