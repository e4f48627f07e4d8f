// Small field builders shared by the OSARA schemas, so that every text limit and every date speaks
// to officers in the same plain English.
import { z } from 'zod';
import { isDistinct } from './text';
import { say, type FieldName, type ItemName } from '../validation';

// Re-exported: the zod-free checks live in text.ts so rules read on the first screen carry no zod.
export { hasText, isDistinct } from './text';

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: say('date') });

/** Free text an officer types. Trimmed; empty is allowed because sections fill in gradually. */
export function text(max: number, field: FieldName) {
  return z
    .string({ error: say('text_type', { field }) })
    .trim()
    .max(max, say('text_too_long', { field, max }));
}

/** A short list of distinct, non-empty text items (data sources, incident references…). */
export function textList(maxItems: number, maxLength: number, item: ItemName) {
  return z
    .array(
      z
        .string({ error: say('item_type', { item }) })
        .trim()
        .min(1, say('item_empty', { item }))
        .max(maxLength, say('item_too_long', { item, max: maxLength })),
      { error: say('list_type', { item }) },
    )
    .max(maxItems, say('list_too_long', { item, max: maxItems }))
    .refine(isDistinct, say('item_repeated', { item }));
}

/** A list of vocabulary codes, each at most once. */
export function codeList<C extends string>(codes: readonly [C, ...C[]], item: ItemName) {
  return z
    .array(z.enum(codes, { error: say('code_unknown', { item }) }))
    .max(codes.length)
    .refine(isDistinct, say('code_repeated', { item }));
}
