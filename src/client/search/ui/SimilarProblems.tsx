// Similar past problems and published good practice, suggested while an officer scans a new
// problem: same problem type, the same place words, shared words; each with what was tried and
// how it turned out. Follows the typing (debounced), from this device alone.
import { useMemo } from 'react';
import type { Scanning } from '#domain/osara/index';
import type { Suggestion } from '#domain/search/similar';
import { type TFunction, useT } from '#client/i18n/index';
import { facetLabel } from './facet-labels';
import { ResultCard } from './ResultCard';
import { useDebounced, useSearchService } from './use-search';
import './search.css';

/** The parts of a problem (saved or still in a form) that suggestions read. */
export interface SimilarSource {
  id?: string;
  title?: string;
  problemType?: string;
  locationText?: string;
  description?: string;
  scanning?: Scanning | undefined;
}

function why(t: TFunction, s: Suggestion): string {
  const parts: string[] = [];
  if (s.sameType)
    parts.push(t('search.similar.sameType', { type: facetLabel(t, 'type', s.card.problemType) }));
  if (s.placeWords.length > 0) parts.push(t('search.similar.samePlace', { words: s.placeWords.join(' ') }));
  if (s.sharedWords.length > 0)
    parts.push(t('search.similar.sharedWords', { words: s.sharedWords.join(', ') }));
  return parts.join(' · ');
}

export function SimilarProblems({ problem, level = 3 }: { problem: SimilarSource; level?: 2 | 3 }) {
  const t = useT();
  const Heading = level === 2 ? 'h2' : 'h3';
  const { service, status } = useSearchService();
  const notes = Object.values(problem.scanning?.cheers ?? {})
    .map((c) => c.notes ?? '')
    .join(' ');
  const input = useDebounced(
    JSON.stringify([
      problem.id,
      problem.title,
      problem.problemType,
      problem.locationText,
      `${problem.title ?? ''} ${problem.description ?? ''} ${notes}`,
    ]),
    400,
  );
  const suggestions = useMemo(() => {
    if (!status.ready) return null;
    const [problemId, title, problemType, locationText, text] = JSON.parse(input) as [
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
      string,
    ];
    return service.similar({ problemId, title, problemType, locationText, text }, 5);
  }, [service, status, input]);

  if (status.error !== null) return null;
  return (
    <section className="similar-problems" aria-labelledby="similar-heading">
      <Heading id="similar-heading">{t('search.similar.heading')}</Heading>
      {suggestions === null ? (
        <p>{t('search.similar.looking')}</p>
      ) : suggestions.length === 0 ? (
        <p>{t('search.similar.none')}</p>
      ) : (
        <ul className="search-results">
          {suggestions.map((s) => (
            <li key={`${s.card.kind}:${s.card.recordId}`}>
              <ResultCard card={s.card}>
                <p className="search-card__why">{why(t, s)}</p>
              </ResultCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
