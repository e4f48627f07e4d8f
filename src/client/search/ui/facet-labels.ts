// Facet titles and values in the language in use. The index keeps codes (problem types,
// techniques, outcomes, stages); people read them through the vocabulary labels.
import type { FacetName } from '#domain/search/facets';
import { NOT_ASSESSED, PUBLISHED_TEAM, SOURCE_GOOD_PRACTICE, SOURCE_PROBLEMS } from '#domain/search/facets';
import { type TFunction } from '#client/i18n/index';
import { responseTagLabel, vocabLabel } from '#client/i18n/vocab';

export function facetTitle(t: TFunction, facet: FacetName): string {
  return t(`search.facets.${facet}`);
}

/** A facet value as shown; team ids are named by the caller (the device knows its teams' names). */
export function facetLabel(
  t: TFunction,
  facet: string,
  value: string,
  teamNames: Readonly<Record<string, string>> = {},
): string {
  switch (facet) {
    case 'source':
      if (value === SOURCE_PROBLEMS) return t('search.values.problems');
      return value === SOURCE_GOOD_PRACTICE ? t('search.values.goodPractice') : value;
    case 'type':
      return vocabLabel(t, 'problemType', value);
    case 'technique':
      return responseTagLabel(t, value);
    case 'outcome':
      return value === NOT_ASSESSED
        ? t('search.values.notAssessed')
        : vocabLabel(t, 'assessmentOutcome', value);
    case 'status':
      return vocabLabel(t, 'problemStatus', value);
    case 'team':
      return value === PUBLISHED_TEAM ? t('search.values.published') : (teamNames[value] ?? value);
    default:
      return value;
  }
}
