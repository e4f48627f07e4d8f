// The published copy of a problem, built from an allow-list: the copy reads only
// the fields declared shareable here (`sharedFields` for text, and the codes, counts and dates in
// `body` below), so anything not on the list never reaches it, whatever it holds. The force
// database calls it in the transaction that records the prevention lead's publish decision
// (server good-practice service) and checks the result with publishedFieldsSchema; the device
// calls it to show the lead the draft exactly as it will be shared.
//
// Never on the list (the record is shared force-wide and kept for years): Governance (every
// categorised person, their references and roles, the retention date); user ids (owner,
// supervisor, action leads, authors); incident and crime references; the location text; partner
// agencies' names (kept as the type of agency only); CHEERS notes, action evidence notes, review
// comments. Free text that is on the list is reviewed span by span (redaction.ts): the detector
// points, the lead removes or keeps, and the copy carries only the reviewed text.
import type { ActionFields } from '../osara/actions';
import type { OsaraSections } from '../osara/problem';
import type { PartnerAgencyTypeCode } from '../osara/vocabularies';
import type { ProblemTypeCode } from '../vocabularies';
import type { EvaluationFields } from './evaluations';
import type { PublishedAction, PublishedBody, PublishedFields } from './published';
import { reviewTexts, type ReviewedText, type SharedText } from './redaction';
import type { RedactionDecision } from './redaction-decision';

/** What the copy reads from the problem (a Problem record has all of this). */
export interface PublishableProblem extends OsaraSections {
  id: string;
  title: string;
  problemType: ProblemTypeCode;
  description: string;
  locationText?: string | undefined;
  reference?: string | null | undefined;
  ownerId?: string | undefined;
  supervisorId?: string | undefined;
  partnerAgencies?: PartnerAgencyTypeCode[] | undefined;
  openedAt?: string | undefined;
  closedAt?: string | null | undefined;
}

type LiveAction = ActionFields & { deleted?: boolean };

interface CopySource {
  problem: PublishableProblem;
  actions: readonly ActionFields[];
  evaluation: EvaluationFields | undefined;
  summary: string;
}

interface SharedField {
  path: string;
  label: string;
  read: (s: CopySource) => string | undefined;
}

/** The allow-list of single text fields the copy may carry, by their path in the copy. */
export const sharedFields: readonly SharedField[] = [
  { path: 'title', label: 'Title', read: (s) => s.problem.title },
  { path: 'summary', label: 'Your summary for the library', read: (s) => s.summary },
  {
    path: 'objective.successMeasure',
    label: 'Objective: how success is measured',
    read: (s) => s.problem.objective?.successMeasure,
  },
  { path: 'scanning.description', label: 'Scanning: the problem', read: (s) => s.problem.description },
  {
    path: 'analysis.offender.description',
    label: 'Analysis: the offender',
    read: (s) => s.problem.analysis?.offender?.description,
  },
  {
    path: 'analysis.victim.description',
    label: 'Analysis: the victim',
    read: (s) => s.problem.analysis?.victim?.description,
  },
  {
    path: 'analysis.place.description',
    label: 'Analysis: the place',
    read: (s) => s.problem.analysis?.place?.description,
  },
  {
    path: 'analysis.whenWhere',
    label: 'Analysis: when and where',
    read: (s) => s.problem.analysis?.whenWhere,
  },
  {
    path: 'assessment.processEvaluation',
    label: 'Assessment: how it was delivered',
    read: (s) => s.evaluation?.processEvaluation ?? s.problem.assessment?.processEvaluation,
  },
  {
    path: 'assessment.lessonsLearned',
    label: 'Assessment: lessons learned',
    read: (s) => s.evaluation?.lessonsLearned ?? s.problem.assessment?.lessonsLearned,
  },
  {
    path: 'assessment.communityFeedback',
    label: 'Assessment: community feedback',
    read: (s) => s.evaluation?.communityFeedback ?? s.problem.assessment?.communityFeedback,
  },
  {
    path: 'assessment.displacementNotes',
    label: 'Assessment: displacement',
    read: (s) => s.evaluation?.displacementNotes ?? s.problem.assessment?.displacementNotes,
  },
  { path: 'assessment.costNotes', label: 'Assessment: cost', read: (s) => s.problem.assessment?.costNotes },
  ...(['effect', 'mechanism', 'moderators', 'implementation', 'economicCost'] as const).map((k) => ({
    path: `assessment.emmie.${k}`,
    label: `EMMIE: ${k === 'economicCost' ? 'economic cost' : k}`,
    read: (s: CopySource) => s.evaluation?.emmie?.[k] ?? s.problem.assessment?.emmie?.[k],
  })),
];

/** The live actions the copy lists: not deleted, not cancelled, this problem's, in order. */
export function liveActions(problem: PublishableProblem, actions: readonly LiveAction[]): ActionFields[] {
  return actions.filter((a) => a.deleted !== true && a.problemId === problem.id && a.status !== 'cancelled');
}

/** Every text the copy would carry, before review: the allow-list's fields and its list items. */
export function sharedTextsOf(
  problem: PublishableProblem,
  actions: readonly LiveAction[],
  evaluation: EvaluationFields | undefined,
  summary: string,
): SharedText[] {
  const source: CopySource = { problem, actions: liveActions(problem, actions), evaluation, summary };
  const texts: SharedText[] = sharedFields.map((f) => ({
    path: f.path,
    label: f.label,
    text: f.read(source) ?? '',
  }));
  (problem.analysis?.dataSources ?? []).forEach((text, i) =>
    texts.push({
      path: `analysis.dataSources.${String(i)}`,
      label: `Analysis: data source ${String(i + 1)}`,
      text,
    }),
  );
  (problem.analysis?.hypotheses ?? []).forEach((text, i) =>
    texts.push({
      path: `analysis.hypotheses.${String(i)}`,
      label: `Analysis: hypothesis ${String(i + 1)}`,
      text,
    }),
  );
  source.actions.forEach((a, i) =>
    texts.push({
      path: `actions.${String(i)}.description`,
      label: `Response: action ${String(i + 1)}`,
      text: a.description,
    }),
  );
  return texts.filter((t) => t.text.trim() !== '');
}

/**
 * Strings this record names elsewhere, which the detector flags wherever they appear in the copy
 * (kind `known`): people's references and roles from Governance, incident references, user ids
 * and the location text. Only what the record itself holds, so the device and the force database
 * find the same spans.
 */
export function knownStringsOf(problem: PublishableProblem, actions: readonly ActionFields[]): string[] {
  const out: string[] = [];
  for (const person of problem.governance?.persons ?? []) out.push(person.id);
  out.push(...(problem.scanning?.incidentRefs ?? []));
  if (problem.ownerId !== undefined) out.push(problem.ownerId);
  if (problem.supervisorId !== undefined) out.push(problem.supervisorId);
  if (problem.locationText !== undefined) out.push(problem.locationText);
  for (const action of actions) if (action.lead.kind === 'officer') out.push(action.lead.userId);
  return out;
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

type Text = (path: string) => string | undefined;

function listOf(text: Text, prefix: string, items: readonly string[] | undefined): string[] | undefined {
  if (items === undefined) return undefined;
  const out = [...new Set(items.map((_, i) => text(`${prefix}.${String(i)}`) ?? '').filter((t) => t !== ''))];
  return out.length === 0 ? undefined : out;
}

function body(source: CopySource, text: Text): PublishedBody {
  const { problem, actions, evaluation: e } = source;
  const { objective, scanning, analysis, assessment } = problem;
  const side = (name: 'offender' | 'victim' | 'place') => {
    const s = analysis?.[name];
    return s === undefined
      ? undefined
      : defined({ description: text(`analysis.${name}.description`), controller: s.controller });
  };
  const cheers = Object.fromEntries(
    Object.entries(scanning?.cheers ?? {}).flatMap(([code, answer]) =>
      typeof answer.met === 'boolean' ? [[code, answer.met]] : [],
    ),
  );
  const actionOf = (action: ActionFields, i: number): PublishedAction => ({
    description: text(`actions.${String(i)}.description`) ?? '',
    techniques: [...action.techniques],
    lead: action.lead.kind === 'officer' ? 'officer' : action.lead.agencyType,
    status: action.status,
  });
  return {
    objective: defined({
      impact: objective?.impact,
      targetPercent: objective?.targetPercent,
      successMeasure: text('objective.successMeasure'),
    }),
    scanning: defined({
      description: text('scanning.description') ?? '',
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
      offender: side('offender'),
      victim: side('victim'),
      place: side('place'),
      repeatTypes: analysis?.repeatTypes === undefined ? undefined : [...analysis.repeatTypes],
      whenWhere: text('analysis.whenWhere'),
      dataSources: listOf(text, 'analysis.dataSources', analysis?.dataSources),
      hypotheses: listOf(text, 'analysis.hypotheses', analysis?.hypotheses),
    }),
    actions: actions.map(actionOf),
    assessment: defined({
      deliveredAsPlanned: e?.deliveredAsPlanned ?? assessment?.deliveredAsPlanned,
      processEvaluation: text('assessment.processEvaluation'),
      outcome: assessment?.outcome,
      achievedPercent: assessment?.achievedPercent,
      closureReason: assessment?.closureReason,
      closedAt: problem.closedAt?.slice(0, 10),
      lessonsLearned: text('assessment.lessonsLearned'),
      communityFeedback: text('assessment.communityFeedback'),
      displacementChecked: e?.displacementChecked === true,
      displacementNotes: text('assessment.displacementNotes'),
      costNotes: text('assessment.costNotes'),
      emmie: defined({
        effect: text('assessment.emmie.effect'),
        mechanism: text('assessment.emmie.mechanism'),
        moderators: text('assessment.emmie.moderators'),
        implementation: text('assessment.emmie.implementation'),
        economicCost: text('assessment.emmie.economicCost'),
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

export interface DraftCopy {
  copy: PublishedFields & { body: PublishedBody };
  /** Each shared text after the decisions, with what is still undecided in it. */
  reviewed: ReviewedText[];
}

/**
 * The good-practice copy of a closed problem with the reviewer's decisions applied: its SARA
 * content and the prevention lead's summary. The copy is only publishable when no reviewed text
 * has anything undecided left (the force database refuses it otherwise).
 */
export function draftCopy(
  problem: PublishableProblem,
  actions: readonly LiveAction[],
  evaluation: EvaluationFields | undefined,
  summary: string,
  decisions: readonly RedactionDecision[] = [],
): DraftCopy {
  const source: CopySource = { problem, actions: liveActions(problem, actions), evaluation, summary };
  const reviewed = reviewTexts(
    sharedTextsOf(problem, actions, evaluation, summary),
    decisions,
    knownStringsOf(problem, actions),
  );
  const byPath = new Map(reviewed.map((r) => [r.path, r.text.trim()]));
  const text: Text = (path) => {
    const t = byPath.get(path);
    return t === undefined || t === '' ? undefined : t;
  };
  const copy = defined({
    problemId: problem.id,
    reference: problem.reference ?? null,
    title: (text('title') ?? 'Untitled problem').slice(0, 200),
    problemType: problem.problemType,
    summary: (text('summary') ?? '').slice(0, 8000),
    techniques: [...new Set(source.actions.flatMap((a) => a.techniques))],
    outcome: problem.assessment?.outcome,
    body: body(source, text),
  });
  return { copy, reviewed };
}
