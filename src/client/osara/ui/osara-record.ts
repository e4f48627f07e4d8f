// The problem as the OSARA screens read and write it: the header plus one field per section.
import type { OsaraSections } from '#domain/osara/index';
import type { Problem, ProblemFields } from '#domain/records';
import type { ProblemsRepository } from '#client/app/contract';

export type SectionField = keyof OsaraSections;
export type OsaraRecord = Problem & OsaraSections;

/** The problem with its sections (absent until an officer fills one in). */
export function osaraRecord(problem: Problem): OsaraRecord {
  return problem;
}

/**
 * Saves whole sections (and header fields such as the description). A section is one field of
 * the record, so the field-level merge keeps two officers' edits of different sections.
 */
export function saveFields(
  problems: ProblemsRepository,
  id: string,
  changes: Partial<OsaraSections> & Partial<ProblemFields>,
): Promise<Problem> {
  return problems.update(id, changes);
}
