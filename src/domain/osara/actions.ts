// The `actions` collection: the Response plan, one synced record per action, linked to its problem.
// Actions are their own records (not an array on the problem) so that two officers updating
// different actions offline never conflict.
import { z } from 'zod';
import { codesOf } from '../vocabularies';
import { envelopeSchema, recordId } from '../envelope';
import { isDistinct, isoDate, text } from './fields';
import { responseTagCodes } from './techniques';
import { actionStatuses, partnerAgencyTypes } from './vocabularies';
import { say } from '../validation';

/** Who leads the action: one of our officers, or a named partner agency. */
export const actionLeadSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('officer'),
      userId: z.string().trim().min(1, say('choose_lead_officer')).max(64),
    }),
    z.strictObject({
      kind: z.literal('partner'),
      agencyType: z.enum(codesOf(partnerAgencyTypes), { error: say('choose_agency_type') }),
      name: z
        .string({ error: say('text_type', { field: 'agency_name' }) })
        .trim()
        .min(1, say('enter_agency_name'))
        .max(200, say('text_too_long', { field: 'agency_name', max: 200 })),
    }),
  ],
  { error: say('choose_lead') },
);
export type ActionLead = z.infer<typeof actionLeadSchema>;

export const actionFieldsSchema = z.strictObject({
  problemId: recordId,
  description: z
    .string({ error: say('describe_action') })
    .trim()
    .min(1, say('describe_action'))
    .max(2000, say('text_too_long', { field: 'description', max: 2000 })),
  /** At least one of the 25 techniques or a non-situational tag: what makes past work searchable. */
  techniques: z
    .array(z.enum(responseTagCodes, { error: say('code_unknown', { item: 'technique' }) }), {
      error: say('choose_technique'),
    })
    .min(1, say('choose_technique'))
    .max(responseTagCodes.length)
    .refine(isDistinct, say('code_repeated', { item: 'technique' })),
  lead: actionLeadSchema,
  dueDate: isoDate.optional(),
  status: z.enum(codesOf(actionStatuses), { error: say('choose_status') }),
  evidenceNotes: text(8000, 'evidence_notes').optional(),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

export const actionSchema = envelopeSchema.extend(actionFieldsSchema.shape);
export type Action = z.infer<typeof actionSchema>;
