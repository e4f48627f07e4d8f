// The contract for the audit and retention screens and for consultation logging (opened, searched).
// Types only: the implementations are in db/consultations.ts and api/audit.ts.
import type { AuditPage, AuditKind } from '#domain/audit';
import type { CollectionName } from '#domain/collections';
import type { RetentionDecision, RetentionOutcome, RetentionQueue } from '#domain/retention';

/** A search as it settled on screen: the words, the filters chosen and how many records matched. */
export interface SearchRun {
  text: string;
  filters: Readonly<Record<string, readonly string[]>>;
  results: number;
}

/** Records on this device what the officer consulted; sent with the next sync (s.62). */
export interface ConsultationsRecorder {
  recordOpened(collection: CollectionName, recordId: string): void;
  /** A search run on this device's copy (the force database never sees it otherwise). */
  recordSearch(search: SearchRun): void;
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
