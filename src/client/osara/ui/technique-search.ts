// The technique picker's lists, pure so the search is tested without a browser: the 25
// situational techniques under their five purposes, then the non-situational tags.
import { nonSituationalTags, techniqueGroups, techniquesInGroup } from '#domain/osara/index';
import type { Term } from '#domain/vocabularies';

export interface TechniqueGroup {
  code: string;
  en: string;
  terms: readonly Term[];
}

export const TECHNIQUE_GROUPS: readonly TechniqueGroup[] = [
  ...techniqueGroups.map((g) => ({ code: g.code, en: g.en, terms: techniquesInGroup(g.code) })),
  { code: 'non_situational', en: 'Not situational', terms: nonSituationalTags },
];

/** Every code in picker order, so the chosen list is saved in a stable order. */
export const TECHNIQUE_ORDER: readonly string[] = TECHNIQUE_GROUPS.flatMap((g) => g.terms.map((t) => t.code));

const LABELS = new Map(TECHNIQUE_GROUPS.flatMap((g) => g.terms.map((t) => [t.code, t.en] as const)));

export function techniqueLabel(code: string): string {
  return LABELS.get(code) ?? code;
}

/** The words a technique is found by: its name and its purpose's, in the language shown. */
export type SearchText = (group: TechniqueGroup, term: Term) => string;

const englishText: SearchText = (group, term) => `${term.en} ${group.en}`;

/**
 * The groups with only the techniques matching every word typed (in the technique's name or its
 * purpose's), groups with none left out. An empty query gives every group whole.
 */
export function matchingGroups(query: string, searchText: SearchText = englishText): TechniqueGroup[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...TECHNIQUE_GROUPS];
  return TECHNIQUE_GROUPS.map((g) => ({
    ...g,
    terms: g.terms.filter((t) => {
      const text = searchText(g, t).toLowerCase();
      return words.every((w) => text.includes(w));
    }),
  })).filter((g) => g.terms.length > 0);
}
