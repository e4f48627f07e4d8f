// What a section still needs, in the words its form uses, for the task list: "Baseline count and
// period" rather than a bare "To do", so an officer knows which field to open. Pure (given the
// message function), so the wording is tested without a browser.
import { cheersElements, triangleSides } from '#domain/osara/index';
import { currentLanguage, type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';

/** Field paths (from sectionCompleteness) with one phrase each, under osara.missing. */
const PHRASES = [
  'impact',
  'targetPercent',
  'successMeasure',
  'source',
  'whenWhere',
  'dataSources',
  'hypotheses',
  'actions',
  'processEvaluation',
  'deliveredAsPlanned',
  'outcome',
  'lessonsLearned',
  'closureReason',
  'retentionReviewDate',
] as const;
type PhraseKey = (typeof PHRASES)[number];
const isPhrase = (group: string): group is PhraseKey => (PHRASES as readonly string[]).includes(group);

function sentenceList(items: readonly string[]): string {
  const locale = currentLanguage() === 'cy' ? 'cy-GB' : 'en-GB';
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** The group a path belongs to: related paths (the CHEERS questions, a side of the triangle, the baseline) share one phrase. */
function groupOf(path: string): string {
  if (path.startsWith('cheers.')) return 'cheers';
  if (path === 'baselineCount' || path === 'baselinePeriod') return 'baseline';
  const side = triangleSides.find((s) => path.startsWith(`${s.code}.`));
  return side === undefined ? path : side.code;
}

function groupPhrase(t: TFunction, group: string, missing: ReadonlySet<string>): string {
  if (group === 'cheers') {
    const open = cheersElements.filter((e) => missing.has(`cheers.${e.code}`));
    return open.length === cheersElements.length
      ? t('osara.missing.cheersAll')
      : t('osara.missing.cheersSome', {
          elements: sentenceList(open.map((e) => vocabLabel(t, 'cheers', e.code).toLowerCase())),
        });
  }
  if (group === 'baseline') {
    const count = missing.has('baselineCount');
    const period = missing.has('baselinePeriod');
    return count && period
      ? t('osara.missing.baselineBoth')
      : count
        ? t('osara.missing.baselineCount')
        : t('osara.missing.baselinePeriod');
  }
  const side = triangleSides.find((s) => s.code === group);
  if (side !== undefined) {
    const parts = [
      missing.has(`${side.code}.description`) ? t('osara.missing.description') : undefined,
      missing.has(`${side.code}.controller`)
        ? vocabLabel(t, 'triangleController', side.code).toLowerCase()
        : undefined,
    ].filter((p): p is string => p !== undefined);
    return t('osara.missing.side', {
      side: vocabLabel(t, 'triangleSide', side.code),
      parts: sentenceList(parts),
    });
  }
  return isPhrase(group) ? t(`osara.missing.${group}`) : group;
}

/** One phrase per missing thing, in the order of the form, related paths merged. */
export function missingPhrases(t: TFunction, missing: readonly string[]): string[] {
  const set = new Set(missing);
  const groups = [...new Set(missing.map(groupOf))];
  return groups.map((g) => groupPhrase(t, g, set));
}

/** The task list's status of one section: "Complete", or what is missing as one short phrase. */
export function sectionStateText(t: TFunction, missing: readonly string[]): string {
  if (missing.length === 0) return t('osara.taskList.complete');
  const phrases = missingPhrases(t, missing);
  const text = phrases.slice(0, 2).join('; ');
  return phrases.length > 2 ? t('osara.missing.more', { text, count: phrases.length - 2 }) : text;
}
