// The `actions` collection: the Response plan, one synced record per action, linked to its problem.
// Actions are their own records (not an array on the problem) so that two officers updating
// different actions offline never conflict.
import { z } from 'zod';
import { codesOf } from '../vocabularies';
import { envelopeSchema, recordId } from '../envelope';
import { isDistinct, isoDate, text } from './fields';
import { responseTagCodes } from './techniques';
import { actionStatuses, partnerAgencyTypes } from './vocabularies';

/** Who leads the action: one of our officers, or a named partner agency. */
export const actionLeadSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('officer'),
      userId: z.string().trim().min(1, 'Choose the officer who leads this action').max(64),
    }),
    z.strictObject({
      kind: z.literal('partner'),
      agencyType: z.enum(codesOf(partnerAgencyTypes), { error: 'Choose the kind of partner agency' }),
      name: z
        .string({ error: 'Enter the agency name as text' })
        .trim()
        .min(1, 'Enter the name of the partner agency')
        .max(200, 'Keep the agency name under 200 characters'),
    }),
  ],
  { error: 'Choose whether an officer or a partner agency leads this action' },
);
export type ActionLead = z.infer<typeof actionLeadSchema>;

export const actionFieldsSchema = z.strictObject({
  problemId: recordId,
  description: z
    .string({ error: 'Describe the action' })
    .trim()
    .min(1, 'Describe the action')
    .max(2000, 'Keep the description under 2000 characters'),
  /** At least one of the 25 techniques or a non-situational tag: what makes past work searchable. */
  techniques: z
    .array(z.enum(responseTagCodes, { error: 'Choose a technique from the list' }), {
      error: 'Choose at least one technique or type of response',
    })
    .min(1, 'Choose at least one technique or type of response')
    .max(responseTagCodes.length)
    .refine(isDistinct, 'Choose each technique once'),
  lead: actionLeadSchema,
  dueDate: isoDate.optional(),
  status: z.enum(codesOf(actionStatuses), { error: 'Choose a status' }),
  evidenceNotes: text(8000, 'the evidence notes').optional(),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

export const actionSchema = envelopeSchema.extend(actionFieldsSchema.shape);
export type Action = z.infer<typeof actionSchema>;
