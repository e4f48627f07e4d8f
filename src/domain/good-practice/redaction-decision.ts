// A prevention lead's decision on one span of the draft copy, as the publish decision
// (a review of kind good_practice) carries it. Its own module, without the detector, so the record
// schemas that every screen loads do not pull the detector's libraries in with them.
import { z } from 'zod';
import { redactionKinds } from './personal-data/kinds';

export const redactionDecisionSchema = z.strictObject({
  /** The shared field, as a dotted path into the copy ("analysis.victim.description"). */
  path: z.string().min(1).max(120),
  /** The text decided on, as it stands in the draft. */
  text: z.string().min(1).max(2000),
  /** The detector's kind, or `other` for text the reviewer selected themselves. */
  kind: z.enum(redactionKinds),
  action: z.enum(['remove', 'keep']),
});
export type RedactionDecision = z.infer<typeof redactionDecisionSchema>;
export const redactionDecisionsSchema = z.array(redactionDecisionSchema).max(2000);
