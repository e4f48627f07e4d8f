// Row types for every table. They stay inside server/store: repositories map them to domain
// types, so a column rename never leaks into routes. Timestamps are ISO-8601 text and JSON is
// text in both dialects, so one set of queries serves SQLite and PostgreSQL. Booleans are 0/1.
export interface TeamsTable {
  id: string;
  name: string;
  /** The area the team covers (migration 0004). */
  area_id: string | null;
}

export interface AreasTable {
  id: string;
  name: string;
  /** district | ward | beat */
  kind: string;
  parent_id: string | null;
  /** GeoJSON geometry as JSON text. */
  geometry: string | null;
  updated_at: string;
}

export interface SignInAttemptsTable {
  /** `user:<username>` or `ip:<address>`. */
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface TeamMembersTable {
  user_id: string;
  team_id: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface RecordsTable {
  collection: string;
  id: string;
  team_id: string | null;
  version: number;
  /**
   * Version of the last write made by a mutation with baseVersion null, up to the first write by
   * anyone else: the effective base of the creating device's null-base edits (services/push.ts).
   */
  origin_version: number;
  deleted: number;
  data: string;
  field_versions: string;
  /** Per field, who last changed it and when, so a conflict names the right author. */
  field_authors: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  reference: string | null;
}

export interface ProcessedMutationsTable {
  id: string;
  user_id: string;
  payload_hash: string;
  result: string;
  created_at: string;
}

export interface ConflictsTable {
  id: string;
  collection: string;
  record_id: string;
  /** The record's team as of this write: pull shows a conflict to whoever may read that record. */
  team_id: string | null;
  mutation_id: string;
  /** The change number of the record write that caused it (several rows may share one). */
  version: number;
  field: string;
  replaced_value: string;
  replaced_by: string;
  replaced_at: string;
  value: string;
  by: string;
  at: string;
}

export interface AuditTable {
  /** UUIDv7, so ids sort by time in both dialects without a dialect-specific serial column. */
  id: string;
  at: string;
  user_id: string | null;
  device_id: string | null;
  action: string;
  collection: string | null;
  record_id: string | null;
  details: string | null;
  /** Position in the hash chain: 1, 2, 3… with no gaps (store/audit.ts). */
  seq: number;
  /** The previous row's hash (64 zeros for the first row). */
  prev_hash: string;
  /** sha256 over this row's fields and prev_hash (store/audit.ts auditRowHash). */
  hash: string;
}

/** Retention decisions on closed problems: retain with a reason and a new date, or erase. */
export interface RetentionDecisionsTable {
  id: string;
  problem_id: string;
  team_id: string | null;
  decision: string;
  reason: string;
  /** For `retain`: the next review date (YYYY-MM-DD); null for `erase`. */
  next_review_date: string | null;
  decided_by: string;
  decided_at: string;
}

/** Photo bytes by content hash (migration 0003). */
export interface AttachmentsTable {
  sha256: string;
  mime: string;
  size: number;
  bytes: Buffer;
  created_at: string;
  /** Last upload, or last time a record stopped referring to them (migration 0007); grace runs from it. */
  touched_at: string | null;
}

/** A record's reference to photo bytes, and the record's author (migration 0007). */
export interface PhotoRefsTable {
  collection: string;
  record_id: string;
  sha256: string;
  author_id: string;
}

/** Every user who uploaded an attachment's bytes (they may read them back). */
export interface AttachmentUploadersTable {
  sha256: string;
  user_id: string;
  uploaded_at: string;
}

/** A record that left a team's reach at a change number (migration 0006, store/scope-exits.ts). */
export interface ScopeExitsTable {
  collection: string;
  record_id: string;
  /** The team whose readers must drop it. */
  team_id: string;
  version: number;
}

/** A browser that signed in as a user: the sha256 of its `bb_device` credential (migration 0008). */
export interface KnownDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
}

/** One pull page served (issue 16): chained per user, anchored in `audit` (store/pull-log.ts). */
export interface PullLogTable {
  id: string;
  user_id: string;
  user_seq: number;
  device_id: string | null;
  at: string;
  from_cursor: number;
  to_cursor: number;
  /** JSON list of "collection/id" sent, conflicts as "conflicts/id", scope exits as "left/collection/id". */
  records: string;
  prev_hash: string;
  hash: string;
}

export interface PullLogHeadsTable {
  user_id: string;
  seq: number;
  hash: string;
  /** The last `user_seq` named by a `pull` row of the main audit chain. */
  anchored_seq: number;
}

export interface Tables {
  teams: TeamsTable;
  users: UsersTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  counters: CountersTable;
  records: RecordsTable;
  processed_mutations: ProcessedMutationsTable;
  conflicts: ConflictsTable;
  audit: AuditTable;
  areas: AreasTable;
  sign_in_attempts: SignInAttemptsTable;
  retention_decisions: RetentionDecisionsTable;
  attachments: AttachmentsTable;
  attachment_uploaders: AttachmentUploadersTable;
  scope_exits: ScopeExitsTable;
  photo_refs: PhotoRefsTable;
  known_devices: KnownDevicesTable;
  pull_log: PullLogTable;
  pull_log_heads: PullLogHeadsTable;
}
