// The domain's controlled vocabularies, by the name their labels have under "vocab" in the
// catalogues. Records store the code; people see `vocabLabel(t, name, code)` in their language.
// A code that no catalogue knows (an older or newer app's) shows as the domain's English label,
// then as the code itself, never as a blank.
import type { TFunction } from './translate';
import { problemStatuses, problemTypes, roles, type Term } from '#domain/vocabularies';
import {
  actionStatuses,
  assessmentOutcomes,
  cheersElements,
  closureReasons,
  controllerRatings,
  deliveryJudgements,
  impactScale,
  osaraSections,
  partnerAgencyTypes,
  personCategories,
  problemSources,
  repeatTypes,
  reviewDecisions,
  reviewKinds,
  triangleSides,
} from '#domain/osara/vocabularies';
import { nonSituationalTags, scpTechniques, techniqueGroups } from '#domain/osara/techniques';
import { activityTypes } from '#domain/patrol/activity-types';

const triangleControllers = triangleSides.map((side) => ({ code: side.code, en: side.controllerEn }));
const cheersQuestions = cheersElements.map((element) => ({ code: element.code, en: element.questionEn }));

export const vocabularies = {
  problemType: problemTypes,
  problemStatus: problemStatuses,
  role: roles,
  osaraSection: osaraSections,
  impact: impactScale,
  assessmentOutcome: assessmentOutcomes,
  cheers: cheersElements,
  cheersQuestion: cheersQuestions,
  partnerAgencyType: partnerAgencyTypes,
  problemSource: problemSources,
  controllerRating: controllerRatings,
  triangleSide: triangleSides,
  triangleController: triangleControllers,
  repeatType: repeatTypes,
  personCategory: personCategories,
  actionStatus: actionStatuses,
  deliveryJudgement: deliveryJudgements,
  reviewKind: reviewKinds,
  reviewDecision: reviewDecisions,
  closureReason: closureReasons,
  techniqueGroup: techniqueGroups,
  technique: scpTechniques,
  nonSituationalTag: nonSituationalTags,
  activityType: activityTypes,
} as const satisfies Record<string, readonly Term[]>;

export type VocabName = keyof typeof vocabularies;

/** The label of a stored code in the current language: vocabLabel(t, 'problemType', 'begging'). */
export function vocabLabel(t: TFunction, name: VocabName, code: string): string {
  const terms: readonly Term[] = vocabularies[name];
  const fallback = terms.find((term) => term.code === code)?.en ?? code;
  // A dynamic key: the catalogue test checks every code of every vocabulary has one.
  return (t as (key: string, options: { defaultValue: string }) => string)(`vocab.${name}.${code}`, {
    defaultValue: fallback,
  });
}

/** A response tag is one of the 25 techniques or a non-situational tag. */
export function responseTagLabel(t: TFunction, code: string): string {
  const name: VocabName = scpTechniques.some((term) => term.code === code)
    ? 'technique'
    : 'nonSituationalTag';
  return vocabLabel(t, name, code);
}
