// Small field builders shared by the OSARA schemas, so that every text limit and every date speaks
// to officers in the same plain English.
import { z } from 'zod';
import { isDistinct } from './text';

// Re-exported: the zod-free checks live in text.ts so rules read on the first screen carry no zod.
export { hasText, isDistinct } from './text';

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: 'Enter a date as year, month and day' });

/** Free text an officer types. Trimmed; empty is allowed because sections fill in gradually. */
export function text(max: number, what: string) {
  return z
    .string({ error: `Enter ${what} as text` })
    .trim()
    .max(max, `Keep ${what} under ${max} characters`);
}

/** A short list of distinct, non-empty text items (data sources, incident references…). */
export function textList(maxItems: number, maxLength: number, what: string, whats = `${what}s`) {
  return z
    .array(
      z
        .string({ error: `Enter each ${what} as text` })
        .trim()
        .min(1, `Remove the empty ${what}`)
        .max(maxLength, `Keep each ${what} under ${maxLength} characters`),
      { error: `Give the ${whats} as a list` },
    )
    .max(maxItems, `List at most ${maxItems} ${whats}`)
    .refine(isDistinct, `Each ${what} should be listed once`);
}

/** A list of vocabulary codes, each at most once. */
export function codeList<C extends string>(codes: readonly [C, ...C[]], what: string) {
  return z
    .array(z.enum(codes, { error: `Choose a ${what} from the list` }))
    .max(codes.length)
    .refine(isDistinct, `Choose each ${what} once`);
}
