// The OSARA sections as they sit on a problem record: one top-level field per section, so the
// field-level merge (merge.ts) treats each section as a unit. To adopt them, the problem's fields
// schema can be extended with `osaraSectionsSchema.shape` and the two new collections registered
// from `osaraCollections`.
import { z } from 'zod';
import type { ProblemStatusCode } from '../vocabularies';
import { actionFieldsSchema, actionSchema } from './actions';
import { assessmentSchema, governanceSchema } from './closing';
import { reviewFieldsSchema, reviewSchema } from './reviews';
import { analysisSchema, objectiveSchema, scanningSchema } from './sections';

export const osaraSectionsSchema = z.strictObject({
  objective: objectiveSchema.optional(),
  scanning: scanningSchema.optional(),
  analysis: analysisSchema.optional(),
  assessment: assessmentSchema.optional(),
  governance: governanceSchema.optional(),
});
export type OsaraSections = z.infer<typeof osaraSectionsSchema>;

/** What the stage gates and the task list read from a problem: its id, team, stage and sections. */
export interface OsaraProblem extends OsaraSections {
  readonly id: string;
  readonly teamId: string;
  readonly status: ProblemStatusCode;
}

/** The new synced collections, in the shape of `collections` in records.ts. */
export const osaraCollections = {
  actions: { fields: actionFieldsSchema, record: actionSchema },
  reviews: { fields: reviewFieldsSchema, record: reviewSchema },
} as const;
