// The good-practice library: every published copy on this device (readable offline), and the
// analysts' CSV export for those allowed it.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { grantFor } from '#domain/access';
import type { Published } from '#domain/good-practice/published';
import { useWorkspace } from '#client/app/store';
import type { GoodPracticeRepository } from '#client/good-practice/contract';
import { useT } from '#client/i18n/index';
import { responseTagLabel, vocabLabel } from '#client/i18n/vocab';
import { CsvExport } from './CsvExport';

export function Library({ repository }: { repository: GoodPracticeRepository }) {
  const t = useT();
  const { me } = useWorkspace();
  const [copies, setCopies] = useState<Published[] | null>(null);
  useEffect(() => repository.watchPublished(setCopies), [repository]);
  return (
    <>
      <title>{t('app.title', { screen: t('goodPractice.title') })}</title>
      <h1>{t('goodPractice.title')}</h1>
      <p>{t('goodPractice.library.intro')}</p>
      {me.role === 'prevention_lead' && (
        <p>
          <Link to="/good-practice/nominations">{t('goodPractice.library.nominationsLink')}</Link>
        </p>
      )}
      {copies === null ? (
        <p>{t('goodPractice.loading')}</p>
      ) : copies.length === 0 ? (
        <p className="empty">{t('goodPractice.library.empty')}</p>
      ) : (
        <ul className="library">
          {copies.map((copy) => (
            <li key={copy.id}>
              <h2>
                <Link to={`/good-practice/${copy.id}`}>{copy.title}</Link>
              </h2>
              <p>
                {vocabLabel(t, 'problemType', copy.problemType)}
                {copy.techniques !== undefined && copy.techniques.length > 0
                  ? `${t('format.list.separator')}${copy.techniques.map((code) => responseTagLabel(t, code)).join(', ')}`
                  : ''}
              </p>
              {copy.summary !== '' && <p className="multiline">{copy.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      {grantFor(me.role, 'exports', 'read') !== undefined && <CsvExport repository={repository} />}
    </>
  );
}
