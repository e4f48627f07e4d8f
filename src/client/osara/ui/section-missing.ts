// What a section still needs, in the words its form uses, for the task list: "Baseline count and
// period" rather than a bare "To do", so an officer knows which field to open. Pure, so the
// wording is tested without a browser.
import { cheersElements, triangleSides } from '#domain/osara/index';

/** Field paths (from sectionCompleteness) → the words of the form, one phrase per path. */
const PHRASES: Readonly<Record<string, string>> = {
  impact: 'Impact you are aiming for',
  targetPercent: 'Target percentage',
  successMeasure: 'Success measure',
  source: 'How it came to notice',
  whenWhere: 'When and where it happens',
  dataSources: 'Data sources used',
  hypotheses: 'Hypotheses',
  actions: 'At least one action',
  processEvaluation: 'Process evaluation',
  deliveredAsPlanned: 'Whether it was delivered as planned',
  outcome: 'Outcome on the impact scale',
  lessonsLearned: 'Lessons learned',
  closureReason: 'Closure reason',
  retentionReviewDate: 'Retention review date',
};

function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The group a path belongs to: related paths (the CHEERS questions, a side of the triangle, the baseline) share one phrase. */
function groupOf(path: string): string {
  if (path.startsWith('cheers.')) return 'cheers';
  if (path === 'baselineCount' || path === 'baselinePeriod') return 'baseline';
  const side = triangleSides.find((s) => path.startsWith(`${s.code}.`));
  return side === undefined ? path : side.code;
}

function groupPhrase(group: string, missing: ReadonlySet<string>): string {
  if (group === 'cheers') {
    const open = cheersElements.filter((e) => missing.has(`cheers.${e.code}`));
    return open.length === cheersElements.length
      ? 'CHEERS questions'
      : `CHEERS: ${sentenceList(open.map((e) => e.en.toLowerCase()))}`;
  }
  if (group === 'baseline') {
    const count = missing.has('baselineCount');
    const period = missing.has('baselinePeriod');
    return count && period ? 'Baseline count and period' : count ? 'Baseline count' : 'Baseline period';
  }
  const side = triangleSides.find((s) => s.code === group);
  if (side !== undefined) {
    const parts = [
      missing.has(`${side.code}.description`) ? 'description' : undefined,
      missing.has(`${side.code}.controller`) ? side.controllerEn.toLowerCase() : undefined,
    ].filter((p): p is string => p !== undefined);
    return `${side.en}: ${sentenceList(parts)}`;
  }
  return PHRASES[group] ?? group;
}

/** One phrase per missing thing, in the order of the form, related paths merged. */
export function missingPhrases(missing: readonly string[]): string[] {
  const set = new Set(missing);
  const groups = [...new Set(missing.map(groupOf))];
  return groups.map((g) => groupPhrase(g, set));
}

/** The task list's status of one section: "Complete", or what is missing as one short phrase. */
export function sectionStateText(missing: readonly string[]): string {
  if (missing.length === 0) return 'Complete';
  const phrases = missingPhrases(missing);
  const text = phrases.slice(0, 2).join('; ');
  return phrases.length > 2 ? `${text}; ${String(phrases.length - 2)} more` : text;
}
