// Is a nominated problem's evaluation strong enough to publish? The six things a prevention lead
// looks for before good practice goes into the force-wide library. Thin records are
// why good-practice libraries fail, so the queue shows each check with what would satisfy it.
// Pure: the app computes it from the problem and its evaluation record.
import { emmieSchema, type Assessment } from '../osara/closing';
import { hasText } from '../osara/fields';
import { objectiveMissing } from '../osara/completeness';
import type { Objective } from '../osara/sections';
import type { z } from 'zod';
import type { AreaCountsFields, EvaluationFields } from './evaluations';

export const goodPracticeChecks = [
  {
    code: 'objective_stated',
    en: 'Objective stated',
    missingEn: 'The objective needs an impact and a success measure.',
  },
  {
    code: 'impact_measured',
    en: 'Impact measured',
    missingEn: 'Give the response area’s before and after counts, or the reduction achieved.',
  },
  {
    code: 'comparison_area_used',
    en: 'Comparison area used',
    missingEn: 'Give before and after counts for a comparison area.',
  },
  {
    code: 'displacement_checked',
    en: 'Displacement checked',
    missingEn: 'Give buffer area counts, or record that displacement was checked.',
  },
  {
    code: 'mechanism_explained',
    en: 'Mechanism explained',
    missingEn: 'Explain in the EMMIE notes how the response worked (the mechanism).',
  },
  { code: 'cost_given', en: 'Cost given', missingEn: 'Give the economic cost in the EMMIE notes.' },
] as const;
export type GoodPracticeCheckCode = (typeof goodPracticeChecks)[number]['code'];

export interface CompletenessInput {
  objective?: Objective | undefined;
  assessment?: Assessment | undefined;
}

export interface CheckResult {
  code: GoodPracticeCheckCode;
  en: string;
  met: boolean;
  /** What is missing, in plain English (empty when met). */
  missingEn: string;
}

export interface Completeness {
  checks: CheckResult[];
  met: number;
  total: number;
  complete: boolean;
}

const counted = (area: AreaCountsFields | undefined): boolean =>
  area?.before !== undefined && area.after !== undefined;

/** The six checks for a problem (its objective and assessment) and its evaluation, if any. */
export function goodPracticeCompleteness(
  problem: CompletenessInput,
  evaluation: EvaluationFields | undefined,
): Completeness {
  const assessment = problem.assessment;
  const emmie: z.infer<typeof emmieSchema> = { ...assessment?.emmie, ...evaluation?.emmie };
  const met: Record<GoodPracticeCheckCode, boolean> = {
    objective_stated: objectiveMissing(problem.objective).length === 0,
    impact_measured: counted(evaluation?.response) || assessment?.achievedPercent !== undefined,
    comparison_area_used: counted(evaluation?.control),
    displacement_checked: counted(evaluation?.buffer) || evaluation?.displacementChecked === true,
    mechanism_explained: hasText(emmie.mechanism),
    cost_given: hasText(emmie.economicCost) || hasText(assessment?.costNotes),
  };
  const checks = goodPracticeChecks.map((c) => ({
    code: c.code,
    en: c.en,
    met: met[c.code],
    missingEn: met[c.code] ? '' : c.missingEn,
  }));
  const count = checks.filter((c) => c.met).length;
  return { checks, met: count, total: checks.length, complete: count === checks.length };
}
