// Records as search documents: a problem with its actions and evaluation, and a published
// good-practice copy. What is indexed is what an officer would search for (title, description,
// scanning notes, analysis, hypotheses, responses with their technique names, lessons); the
// Governance section (people named) is never indexed.
import type { Action } from '../osara/actions';
import type { Published } from '../good-practice/published';
import type { Problem } from '../records';
import { responseTags } from '../osara/techniques';
import { labelOf, problemTypes } from '../vocabularies';
import type { IndexOptions, SearchDocument } from './engine';
import { NOT_ASSESSED, PUBLISHED_TEAM, SOURCE_GOOD_PRACTICE, SOURCE_PROBLEMS } from './facets';
import { readPublishedBody } from './published-body';

/** What a result shows: what the problem was, what was tried and how it turned out. */
export interface SearchCard {
  kind: 'problem' | 'published';
  recordId: string;
  problemId: string;
  /** Where the result links to in the app. */
  href: string;
  title: string;
  reference: string | null;
  problemType: string;
  /** Technique and response-tag codes, in first-use order. */
  techniques: string[];
  /** An assessment outcome code, or NOT_ASSESSED. */
  outcome: string;
  /** The start of the description or summary. */
  snippet: string;
  locationText: string;
}

export type SearchDoc = SearchDocument<SearchCard>;

/** Field weights: a word in the title counts three times one in the body. */
export const documentIndexOptions: IndexOptions = {
  boosts: { title: 3, tags: 2, location: 1.5, response: 1.2, body: 1 },
  keepTermSets: ['location'],
};

export const problemDocId = (id: string): string => `problem:${id}`;
export const publishedDocId = (id: string): string => `published:${id}`;

const techniqueLabel = (code: string): string => labelOf(responseTags, code);

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 160 ? flat : `${flat.slice(0, 157).trimEnd()}…`;
}

function join(parts: readonly (string | undefined | null)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}

/** The part of an evaluation the index reads (its free-text notes). */
export interface EvaluationText {
  deleted: boolean;
  notes?: Readonly<Record<string, string>> | undefined;
}

function evaluationNotes(evaluation: EvaluationText | undefined): string[] {
  if (evaluation === undefined || evaluation.deleted) return [];
  return Object.values(evaluation.notes ?? {});
}

export interface ProblemParts {
  problem: Problem;
  actions?: readonly Action[];
  evaluation?: EvaluationText | undefined;
}

export function problemDocument({ problem, actions = [], evaluation }: ProblemParts): SearchDoc {
  const live = actions.filter((a) => !a.deleted);
  const techniques = [...new Set(live.flatMap((a) => a.techniques))];
  const { objective, scanning, analysis, assessment } = problem;
  const cheersNotes = Object.values(scanning?.cheers ?? {}).map((c) => c.notes);
  const body = join([
    problem.description,
    objective?.successMeasure,
    ...cheersNotes,
    analysis?.offender?.description,
    analysis?.victim?.description,
    analysis?.place?.description,
    analysis?.whenWhere,
    ...(analysis?.hypotheses ?? []),
    assessment?.processEvaluation,
    assessment?.displacementNotes,
    assessment?.communityFeedback,
    assessment?.costNotes,
    assessment?.lessonsLearned,
    ...Object.values(assessment?.emmie ?? {}),
    ...evaluationNotes(evaluation),
  ]);
  const response = join(live.flatMap((a) => [a.description, a.evidenceNotes]));
  const outcome = assessment?.outcome ?? NOT_ASSESSED;
  return {
    id: problemDocId(problem.id),
    fields: {
      title: problem.title,
      tags: join([labelOf(problemTypes, problem.problemType), ...techniques.map(techniqueLabel)]),
      location: problem.locationText,
      response,
      body,
    },
    facets: {
      source: [SOURCE_PROBLEMS],
      type: [problem.problemType],
      technique: techniques,
      outcome: [outcome],
      status: [problem.status],
      team: [problem.teamId],
      year: [(problem.openedAt ?? problem.createdAt).slice(0, 4)],
    },
    sortKey: problem.updatedAt,
    payload: {
      kind: 'problem',
      recordId: problem.id,
      problemId: problem.id,
      href: `/problems/${problem.id}`,
      title: problem.title,
      reference: problem.reference,
      problemType: problem.problemType,
      techniques,
      outcome,
      snippet: snippet(problem.description),
      locationText: problem.locationText,
    },
  };
}

export function publishedDocument(copy: Published): SearchDoc {
  const read = readPublishedBody(copy.body);
  const techniques = read.techniques;
  const outcome = read.outcome ?? NOT_ASSESSED;
  const year = (read.openedAt ?? copy.createdAt).slice(0, 4);
  return {
    id: publishedDocId(copy.id),
    fields: {
      title: copy.title,
      tags: join([labelOf(problemTypes, copy.problemType), ...techniques.map(techniqueLabel)]),
      location: read.locationText,
      response: read.response,
      body: join([copy.summary, read.text]),
    },
    facets: {
      source: [SOURCE_GOOD_PRACTICE],
      type: [copy.problemType],
      technique: techniques,
      outcome: [outcome],
      status: ['closed'],
      team: [PUBLISHED_TEAM],
      year: [year],
    },
    sortKey: copy.updatedAt,
    payload: {
      kind: 'published',
      recordId: copy.id,
      problemId: copy.problemId,
      href: `/good-practice/${copy.id}`,
      title: copy.title,
      reference: copy.reference,
      problemType: copy.problemType,
      techniques,
      outcome,
      snippet: snippet(copy.summary === '' ? read.text : copy.summary),
      locationText: read.locationText ?? '',
    },
  };
}
