// The name of a shared text in the redaction review, in the language in use, from its path in the
// copy (src/domain/good-practice/publish.ts: sharedFields and the numbered list items). A path
// this version has no words for keeps the domain's English label rather than showing nothing.
import type { TFunction } from '#client/i18n/index';

const numbered: [RegExp, string][] = [
  [/^analysis\.dataSources\.(\d+)$/, 'dataSource'],
  [/^analysis\.hypotheses\.(\d+)$/, 'hypothesis'],
  [/^actions\.(\d+)\.description$/, 'action'],
];

export function fieldLabel(t: TFunction, path: string, english: string): string {
  const say = t as (key: string, options?: Record<string, unknown>) => string;
  for (const [pattern, key] of numbered) {
    const match = pattern.exec(path);
    if (match !== null) return say(`goodPractice.review.field.${key}`, { number: Number(match[1]) + 1 });
  }
  return say(`goodPractice.review.field.${path.replaceAll('.', '_')}`, { defaultValue: english });
}
