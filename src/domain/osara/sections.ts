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
import { say } from '../validation';

// ---- Objective: what success looks like, stated before any response starts ----

export const objectiveSchema = z.strictObject({
  impact: z.enum(codesOf(impactScale), { error: say('choose_impact') }).optional(),
  targetPercent: z
    .number({ error: say('target_number') })
    .min(1, say('percent_range'))
    .max(100, say('percent_range'))
    .optional(),
  successMeasure: text(1000, 'success_measure').optional(),
  /** When the objective was set; the app stamps it. */
  statedAt: isoTime.optional(),
});
export type Objective = z.infer<typeof objectiveSchema>;

// ---- Scanning: is it a problem (CHEERS), how did it come to notice, how big is it ----

export const cheersAnswerSchema = z.strictObject({
  /** Yes, no, or not decided yet (null). */
  met: z
    .boolean({ error: say('yes_or_no') })
    .nullable()
    .optional(),
  notes: text(2000, 'notes').optional(),
});
export type CheersAnswer = z.infer<typeof cheersAnswerSchema>;

/** Either two dates or a number of days, not both. */
export const baselinePeriodSchema = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    days: z
      .int({ error: say('days_whole') })
      .min(1, say('days_min'))
      .max(3660, say('days_max'))
      .optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    error: say('period_order'),
    path: ['to'],
  })
  .refine((p) => p.days === undefined || (p.from === undefined && p.to === undefined), {
    error: say('period_both'),
    path: ['days'],
  });
export type BaselinePeriod = z.infer<typeof baselinePeriodSchema>;

export const scanningSchema = z.strictObject({
  cheers: z
    .partialRecord(z.enum(codesOf(cheersElements)), cheersAnswerSchema, {
      error: say('cheers_form'),
    })
    .optional(),
  source: z.enum(codesOf(problemSources), { error: say('choose_source') }).optional(),
  baselineCount: z
    .int({ error: say('baseline_whole') })
    .min(0, say('baseline_negative'))
    .max(1_000_000, say('baseline_too_large'))
    .optional(),
  baselinePeriod: baselinePeriodSchema.optional(),
  incidentRefs: textList(500, 64, 'incident_reference').optional(),
});
export type Scanning = z.infer<typeof scanningSchema>;

// ---- Analysis: the Problem Analysis Triangle and its controllers ----

/**
 * One side of the triangle. `controller` rates the side's controller: the handler of the
 * offender, the guardian of the victim or target, the manager of the place (see `triangleSides`).
 * Describe behaviour and circumstances here, not named people: names belong in Governance.
 */
export const triangleSideSchema = z.strictObject({
  description: text(4000, 'description').optional(),
  controller: z.enum(codesOf(controllerRatings), { error: say('choose_controller') }).optional(),
});
export type TriangleSide = z.infer<typeof triangleSideSchema>;

export const analysisSchema = z.strictObject({
  offender: triangleSideSchema.optional(),
  victim: triangleSideSchema.optional(),
  place: triangleSideSchema.optional(),
  repeatTypes: codeList(codesOf(repeatTypes), 'repeat_type').optional(),
  whenWhere: text(4000, 'when_where').optional(),
  dataSources: textList(50, 200, 'data_source').optional(),
  hypotheses: textList(20, 1000, 'hypothesis').optional(),
});
export type Analysis = z.infer<typeof analysisSchema>;
