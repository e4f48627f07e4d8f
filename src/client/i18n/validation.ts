// Officers' words for the domain's validation messages (src/domain/validation.ts), from the
// "validation" namespace. A message the domain wrote with `say` is worded from its code and
// parameters in the language in use; any other message (zod's own wording for a case the domain
// has no code for) is shown as it is rather than hidden.
import type { TFunction } from './translate';
import { issueOf } from '#domain/validation';

/** Each field's message in words (section and evaluation drafts keep the schema's messages by path). */
export function issueTexts(
  t: TFunction,
  messages: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(messages)) {
    if (message !== undefined) out[key] = issueText(t, message);
  }
  return out;
}

export function issueText(t: TFunction, message: string): string {
  const issue = issueOf(message);
  if (issue === undefined) return message;
  const { field, item, max, min } = issue.params;
  const say = t as (key: string, options?: Record<string, unknown>) => string;
  return say(`validation.${issue.code}`, {
    ...(field === undefined ? {} : { field: say(`validation.field.${field}`) }),
    ...(item === undefined
      ? {}
      : { item: say(`validation.item.${item}`), items: say(`validation.items.${item}`) }),
    ...(max === undefined ? {} : { max }),
    ...(min === undefined ? {} : { min }),
  });
}
