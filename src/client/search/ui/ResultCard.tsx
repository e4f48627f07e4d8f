// One search result or suggestion: what the problem was, what was tried and how it turned out.
import { Link } from 'react-router';
import type { SearchCard } from '#domain/search/documents';
import type { ReactNode } from 'react';
import { type TFunction, useT } from '#client/i18n/index';
import { facetLabel } from './facet-labels';

export function triedText(t: TFunction, card: SearchCard): string {
  return card.techniques.length === 0
    ? t('search.card.noResponse')
    : card.techniques.map((code) => facetLabel(t, 'technique', code)).join(', ');
}

export function ResultCard({ card, children }: { card: SearchCard; children?: ReactNode }) {
  const t = useT();
  return (
    <article className="search-card">
      <h3 className="search-card__title">
        <Link to={card.href}>{card.title}</Link>
      </h3>
      <p className="search-card__meta">
        {card.kind === 'published' ? t('search.card.goodPractice') : t('search.card.problem')}
        {' · '}
        {facetLabel(t, 'type', card.problemType)}
        {card.reference === null ? '' : ` · ${card.reference}`}
      </p>
      {children}
      <dl className="search-card__facts">
        <dt>{t('search.card.tried')}</dt>
        <dd>{triedText(t, card)}</dd>
        <dt>{t('search.card.outcome')}</dt>
        <dd>{facetLabel(t, 'outcome', card.outcome)}</dd>
      </dl>
      {card.snippet !== '' && <p className="search-card__snippet">{card.snippet}</p>}
    </article>
  );
}
