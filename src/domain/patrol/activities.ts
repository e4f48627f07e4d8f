// The `activities` collection: what an officer did on patrol, where and for how long.
// Written by its author only; read by the author's teams (src/domain/access.ts).
import { z } from 'zod';
import { envelopeSchema, isoTime, recordId } from '../envelope';
import { activityTypes, type ActivityTypeCode } from './activity-types';
import { say } from '../validation';

const activityTypeCodes = activityTypes.map((t) => t.code) as [ActivityTypeCode, ...ActivityTypeCode[]];

/** The device position when the officer allowed it, with its accuracy in metres. */
export const positionSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracyM: z.number().nonnegative().max(100000).optional(),
});
export type Position = z.infer<typeof positionSchema>;

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** A photo's metadata; its bytes go through the attachment endpoint, addressed by sha256. */
export const photoRefSchema = z.strictObject({
  sha256: z.string().regex(SHA256_PATTERN, say('photo_reference')),
  mime: z.enum(['image/jpeg', 'image/webp', 'image/png']),
  size: z.int().positive(),
  width: z.int().positive(),
  height: z.int().positive(),
});
export type PhotoRef = z.infer<typeof photoRefSchema>;

export const activityFieldsSchema = z.strictObject({
  teamId: z
    .string({ error: say('choose_team') })
    .min(1, say('choose_team'))
    .max(64),
  type: z.enum(activityTypeCodes, { error: say('choose_activity') }),
  startedAt: isoTime,
  durationMinutes: z
    .int({ error: say('minutes_whole') })
    .min(1, say('minutes_min'))
    .max(1440, say('minutes_max')),
  position: positionSchema.optional(),
  placeText: z
    .string()
    .trim()
    .max(500, say('text_too_long', { field: 'place', max: 500 }))
    .optional(),
  notes: z
    .string()
    .max(4000, say('text_too_long', { field: 'notes', max: 4000 }))
    .optional(),
  problemId: recordId.optional(),
  hotspotId: recordId.optional(),
  /** Whether the hotspot link was made from the position ('auto') or chosen by the officer. */
  hotspotLink: z.enum(['auto', 'officer']).optional(),
  photos: z
    .array(photoRefSchema)
    .max(10, say('too_many_photos', { max: 10 }))
    .optional(),
});
export type ActivityFields = z.infer<typeof activityFieldsSchema>;

export const activitySchema = envelopeSchema.extend(activityFieldsSchema.shape);
export type Activity = z.infer<typeof activitySchema>;
