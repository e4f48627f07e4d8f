// One search result or suggestion: what the problem was, what was tried and how it turned out.
import { Link } from 'react-router';
import type { SearchCard } from '#domain/search/documents';
import { facetValueLabel } from '#domain/search/facets';
import type { ReactNode } from 'react';

export function triedText(card: SearchCard): string {
  return card.techniques.length === 0
    ? 'No response recorded yet'
    : card.techniques.map((t) => facetValueLabel('technique', t)).join(', ');
}

export function ResultCard({ card, children }: { card: SearchCard; children?: ReactNode }) {
  return (
    <article className="search-card">
      <h3 className="search-card__title">
        <Link to={card.href}>{card.title}</Link>
      </h3>
      <p className="search-card__meta">
        {card.kind === 'published' ? 'Good practice' : 'Problem'}
        {' · '}
        {facetValueLabel('type', card.problemType)}
        {card.reference === null ? '' : ` · ${card.reference}`}
      </p>
      {children}
      <dl className="search-card__facts">
        <dt>What was tried</dt>
        <dd>{triedText(card)}</dd>
        <dt>How it turned out</dt>
        <dd>{facetValueLabel('outcome', card.outcome)}</dd>
      </dl>
      {card.snippet !== '' && <p className="search-card__snippet">{card.snippet}</p>}
    </article>
  );
}
