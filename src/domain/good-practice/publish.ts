// The published copy of a problem: the SARA content, and nothing personal. Pure; the
// force database calls it in the transaction that records the prevention lead's publish decision
// (server/good-practice/publish.ts) and checks the result with publishedFieldsSchema.
//
// What is left out, whatever it holds (the record is shared force-wide and kept for years):
// - Governance: every categorised person (victim, witness, suspect, other), their references and
//   roles, and the retention date.
// - Identifiers of people: owner, supervisor, the officer leading an action, authors.
// - Incident and crime references (each leads to named people in force systems).
// - The location text (an address can identify a victim's home) and partner agencies' names
//   (kept as the type of agency only).
// - Free text not needed to learn from the work: CHEERS notes, action evidence notes, review
//   comments.
// What is kept is the narrative an officer writes about behaviour, places in general and what
// was done. Officers are asked to keep names out of it (sections.ts), and `redact` below removes
// what still slips in: any identifier this record names elsewhere (person references, incident
// references, user ids, the location text), titled names ("Mrs Jones"), e-mail addresses, phone
// numbers, full postcodes and vehicle registrations.
import type { ActionFields } from '../osara/actions';
import type { OsaraSections } from '../osara/problem';
import type { TriangleSide } from '../osara/sections';
import type { PartnerAgencyTypeCode } from '../osara/vocabularies';
import type { ProblemTypeCode } from '../vocabularies';
import type { EvaluationFields } from './evaluations';
import type { PublishedAction, PublishedBody, PublishedFields } from './published';

/** What the copy reads from the problem (a Problem record has all of this). */
export interface PublishableProblem extends OsaraSections {
  id: string;
  title: string;
  problemType: ProblemTypeCode;
  description: string;
  locationText?: string;
  reference?: string | null;
  ownerId?: string;
  supervisorId?: string;
  partnerAgencies?: PartnerAgencyTypeCode[];
  openedAt?: string;
  closedAt?: string | null;
}

export const REDACTED = '[removed]';

const PATTERNS: readonly RegExp[] = [
  // E-mail addresses.
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  // A title and up to three capitalised names or initials: "Mrs Jones", "Mr J. R. Smith".
  /\b(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\.?(\s+[A-Z][\w'’-]*\.?){1,3}/g,
  // Phone numbers: 10 or 11 digits, allowing spaces, dashes and a +44.
  /(\+44\s?|\b0)(\d[\s-]?){9,10}\b/g,
  // Full UK postcodes (a postcode district alone, "AB1", names no household and stays).
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi,
  // Current-style vehicle registrations.
  /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/g,
];

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every personal detail the record or the patterns know of with `[removed]`. */
export function redact(text: string, identifiers: readonly string[]): string {
  let out = text;
  // Longest first, so an identifier that contains another is removed whole.
  const known = [...new Set(identifiers.map((i) => i.trim()).filter((i) => i.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  for (const id of known) out = out.replace(new RegExp(escapeRegExp(id), 'gi'), REDACTED);
  for (const pattern of PATTERNS) out = out.replace(pattern, REDACTED);
  return out;
}

/** Every identifier named in the record that must not appear in the copy's text. */
export function identifiersOf(problem: PublishableProblem, actions: readonly ActionFields[]): string[] {
  const ids: string[] = [];
  for (const person of problem.governance?.persons ?? []) ids.push(person.id);
  ids.push(...(problem.scanning?.incidentRefs ?? []));
  if (problem.ownerId !== undefined) ids.push(problem.ownerId);
  if (problem.supervisorId !== undefined) ids.push(problem.supervisorId);
  if (problem.locationText !== undefined) ids.push(problem.locationText);
  for (const action of actions) {
    if (action.lead.kind === 'officer') ids.push(action.lead.userId);
  }
  return ids;
}

type Clean = (text: string | undefined) => string | undefined;

function cleanList(clean: Clean, items: readonly string[] | undefined): string[] | undefined {
  if (items === undefined) return undefined;
  const out = [...new Set(items.map((i) => clean(i) ?? '').filter((i) => i !== ''))];
  return out.length === 0 ? undefined : out;
}

/** Drops undefined values, so the copy holds only what was written. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function dayCount(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined) return undefined;
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  return Number.isFinite(days) && days > 0 ? days : undefined;
}

function publishedAction(clean: Clean, action: ActionFields): PublishedAction {
  return {
    description: clean(action.description) ?? '',
    techniques: [...action.techniques],
    lead: action.lead.kind === 'officer' ? 'officer' : action.lead.agencyType,
    status: action.status,
  };
}

function body(
  problem: PublishableProblem,
  actions: readonly ActionFields[],
  evaluation: EvaluationFields | undefined,
  clean: Clean,
): PublishedBody {
  const { objective, scanning, analysis, assessment } = problem;
  const side = (s: TriangleSide | undefined) =>
    s === undefined ? undefined : defined({ description: clean(s.description), controller: s.controller });
  const e = evaluation;
  const emmie = { ...assessment?.emmie, ...e?.emmie };
  const cheers = Object.fromEntries(
    Object.entries(scanning?.cheers ?? {}).flatMap(([code, answer]) =>
      typeof answer.met === 'boolean' ? [[code, answer.met]] : [],
    ),
  );
  return {
    objective: defined({
      impact: objective?.impact,
      targetPercent: objective?.targetPercent,
      successMeasure: clean(objective?.successMeasure),
    }),
    scanning: defined({
      description: clean(problem.description) ?? '',
      source: scanning?.source,
      cheers,
      baselineCount: scanning?.baselineCount,
      baselineDays:
        scanning?.baselinePeriod?.days ??
        dayCount(scanning?.baselinePeriod?.from, scanning?.baselinePeriod?.to),
      partnerAgencies: [...(problem.partnerAgencies ?? [])],
      openedAt: problem.openedAt,
    }),
    analysis: defined({
      offender: side(analysis?.offender),
      victim: side(analysis?.victim),
      place: side(analysis?.place),
      repeatTypes: analysis?.repeatTypes === undefined ? undefined : [...analysis.repeatTypes],
      whenWhere: clean(analysis?.whenWhere),
      dataSources: cleanList(clean, analysis?.dataSources),
      hypotheses: cleanList(clean, analysis?.hypotheses),
    }),
    actions: actions.map((a) => publishedAction(clean, a)),
    assessment: defined({
      deliveredAsPlanned: e?.deliveredAsPlanned ?? assessment?.deliveredAsPlanned,
      processEvaluation: clean(e?.processEvaluation ?? assessment?.processEvaluation),
      outcome: assessment?.outcome,
      achievedPercent: assessment?.achievedPercent,
      closureReason: assessment?.closureReason,
      closedAt: problem.closedAt?.slice(0, 10),
      lessonsLearned: clean(e?.lessonsLearned ?? assessment?.lessonsLearned),
      communityFeedback: clean(e?.communityFeedback ?? assessment?.communityFeedback),
      displacementChecked: e?.displacementChecked === true,
      displacementNotes: clean(e?.displacementNotes ?? assessment?.displacementNotes),
      costNotes: clean(assessment?.costNotes),
      emmie: defined({
        effect: clean(emmie.effect),
        mechanism: clean(emmie.mechanism),
        moderators: clean(emmie.moderators),
        implementation: clean(emmie.implementation),
        economicCost: clean(emmie.economicCost),
      }),
    }),
    evaluation: defined({
      beforeStart: e?.beforeStart,
      beforeEnd: e?.beforeEnd,
      afterStart: e?.afterStart,
      afterEnd: e?.afterEnd,
      response: e?.response === undefined ? undefined : { ...e.response },
      buffer: e?.buffer === undefined ? undefined : { ...e.buffer },
      control: e?.control === undefined ? undefined : { ...e.control },
    }),
  };
}

/**
 * The good-practice copy of a closed problem: its SARA content with the prevention lead's
 * summary, and nothing personal (see the top of this file). Deleted and cancelled actions are
 * left out; the rest are given in the order passed.
 */
export function toPublishedCopy(
  problem: PublishableProblem,
  actions: readonly (ActionFields & { deleted?: boolean })[],
  evaluation: EvaluationFields | undefined,
  summary: string,
): PublishedFields & { body: PublishedBody } {
  const kept = actions.filter(
    (a) => a.deleted !== true && a.problemId === problem.id && a.status !== 'cancelled',
  );
  const identifiers = identifiersOf(problem, actions);
  const clean: Clean = (text) => {
    if (text === undefined) return undefined;
    const out = redact(text, identifiers).trim();
    return out === '' ? undefined : out;
  };
  const techniques = [...new Set(kept.flatMap((a) => a.techniques))];
  return defined({
    problemId: problem.id,
    reference: problem.reference ?? null,
    title: (clean(problem.title) ?? 'Untitled problem').slice(0, 200),
    problemType: problem.problemType,
    summary: (clean(summary) ?? '').slice(0, 8000),
    techniques,
    outcome: problem.assessment?.outcome,
    body: body(problem, kept, evaluation, clean),
  });
}
