// The first three OSARA sections: Objective, Scanning and Analysis.
//
// Every field is optional. Officers fill a section in over days, often offline, and a half-written
// section must still save and sync. These schemas check only the shape of what is there; whether
// a section is *complete*, and whether the problem may move on, is decided by completeness.ts and
// stage-gates.ts. For the same reason no cross-field rule blocks a draft (a target percentage left
// over after the impact changed is kept, and ignored).
import { z } from 'zod';
import { codesOf } from '../vocabularies';
import { isoTime } from '../envelope';
import { codeList, isoDate, text, textList } from './fields';
import { cheersElements, controllerRatings, impactScale, problemSources, repeatTypes } from './vocabularies';

// ---- Objective: what success looks like, stated before any response starts ----

export const objectiveSchema = z.strictObject({
  impact: z.enum(codesOf(impactScale), { error: 'Choose the impact you are aiming for' }).optional(),
  targetPercent: z
    .number({ error: 'Enter the target reduction as a number' })
    .min(1, 'Enter a percentage between 1 and 100')
    .max(100, 'Enter a percentage between 1 and 100')
    .optional(),
  successMeasure: text(1000, 'the success measure').optional(),
  /** When the objective was set; the app stamps it. */
  statedAt: isoTime.optional(),
});
export type Objective = z.infer<typeof objectiveSchema>;

// ---- Scanning: is it a problem (CHEERS), how did it come to notice, how big is it ----

export const cheersAnswerSchema = z.strictObject({
  /** Yes, no, or not decided yet (null). */
  met: z.boolean({ error: 'Answer yes or no' }).nullable().optional(),
  notes: text(2000, 'the notes').optional(),
});
export type CheersAnswer = z.infer<typeof cheersAnswerSchema>;

/** Either two dates or a number of days, not both. */
export const baselinePeriodSchema = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    days: z
      .int({ error: 'Enter the number of days as a whole number' })
      .min(1, 'The baseline period must be at least one day')
      .max(3660, 'The baseline period must be under ten years')
      .optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    error: 'The baseline period must end on or after the day it starts',
    path: ['to'],
  })
  .refine((p) => p.days === undefined || (p.from === undefined && p.to === undefined), {
    error: 'Give the baseline period as dates or as a number of days, not both',
    path: ['days'],
  });
export type BaselinePeriod = z.infer<typeof baselinePeriodSchema>;

export const scanningSchema = z.strictObject({
  cheers: z
    .partialRecord(z.enum(codesOf(cheersElements)), cheersAnswerSchema, {
      error: 'The CHEERS answers are not in the expected form',
    })
    .optional(),
  source: z.enum(codesOf(problemSources), { error: 'Choose how the problem came to notice' }).optional(),
  baselineCount: z
    .int({ error: 'Enter the baseline count as a whole number' })
    .min(0, 'The baseline count cannot be negative')
    .max(1_000_000, 'The baseline count is too large')
    .optional(),
  baselinePeriod: baselinePeriodSchema.optional(),
  incidentRefs: textList(500, 64, 'incident reference').optional(),
});
export type Scanning = z.infer<typeof scanningSchema>;

// ---- Analysis: the Problem Analysis Triangle and its controllers ----

/**
 * One side of the triangle. `controller` rates the side's controller: the handler of the
 * offender, the guardian of the victim or target, the manager of the place (see `triangleSides`).
 * Describe behaviour and circumstances here, not named people: names belong in Governance.
 */
export const triangleSideSchema = z.strictObject({
  description: text(4000, 'the description').optional(),
  controller: z.enum(codesOf(controllerRatings), { error: 'Choose present, weak or absent' }).optional(),
});
export type TriangleSide = z.infer<typeof triangleSideSchema>;

export const analysisSchema = z.strictObject({
  offender: triangleSideSchema.optional(),
  victim: triangleSideSchema.optional(),
  place: triangleSideSchema.optional(),
  repeatTypes: codeList(codesOf(repeatTypes), 'repeat type').optional(),
  whenWhere: text(4000, 'when and where it happens').optional(),
  dataSources: textList(50, 200, 'data source').optional(),
  hypotheses: textList(20, 1000, 'hypothesis', 'hypotheses').optional(),
});
export type Analysis = z.infer<typeof analysisSchema>;
