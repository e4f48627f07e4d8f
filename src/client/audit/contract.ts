// The contract for the audit and retention screens and for "opened record" logging.
// Types only: the implementations are in db/consultations.ts and api/audit.ts.
import type { AuditPage, AuditKind } from '#domain/audit';
import type { CollectionName } from '#domain/collections';
import type { RetentionDecision, RetentionOutcome, RetentionQueue } from '#domain/retention';

/** Records on this device that the officer opened a record; sent with the next sync (s.62). */
export interface ConsultationsRecorder {
  recordOpened(collection: CollectionName, recordId: string): void;
}

/** The audit screen's filters, as typed (empty text means "any"). */
export interface AuditFilterInput {
  user?: string;
  kind?: AuditKind | '';
  recordId?: string;
  from?: string;
  to?: string;
}

export interface AuditRepository {
  /** One page, newest first; pass the previous page's nextBefore for the next. */
  page(filters: AuditFilterInput, before?: number): Promise<AuditPage>;
  /** Where the CSV export of these filters downloads from (the export is itself audited). */
  csvUrl(filters: AuditFilterInput): string;
}

export interface RetentionRepository {
  queue(show: 'due' | 'all'): Promise<RetentionQueue>;
  decide(problemId: string, decision: RetentionDecision): Promise<RetentionOutcome>;
}
