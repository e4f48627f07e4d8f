// One published copy, read on this device (works offline), with the printable version a click away.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Published } from '#domain/good-practice/published';
import type { GoodPracticeRepository } from '#client/good-practice/contract';
import { useT } from '#client/i18n/index';
import { CaseStudy } from './CaseStudy';

export function useCopy(
  repository: GoodPracticeRepository,
  id: string,
): { loaded: boolean; copy?: Published } {
  const [state, setState] = useState<{ id: string; copy: Published | undefined } | null>(null);
  useEffect(
    () =>
      repository.watchPublishedCopy(id, (copy) => {
        setState({ id, copy });
      }),
    [repository, id],
  );
  if (state?.id !== id) return { loaded: false };
  return state.copy === undefined ? { loaded: true } : { loaded: true, copy: state.copy };
}

export function Reader({ repository }: { repository: GoodPracticeRepository }) {
  const t = useT();
  const { id = '' } = useParams();
  const { loaded, copy } = useCopy(repository, id);
  if (!loaded) return <p>{t('goodPractice.loading')}</p>;
  if (copy === undefined)
    return (
      <>
        <h1>{t('goodPractice.reader.notFound')}</h1>
        <p>
          {t('goodPractice.reader.notOnDevice')}{' '}
          <Link to="/good-practice">{t('goodPractice.reader.back')}</Link>
        </p>
      </>
    );
  return (
    <>
      <title>{t('app.title', { screen: t('goodPractice.reader.title', { title: copy.title }) })}</title>
      <h1>{copy.title}</h1>
      <p>
        <Link to="/good-practice">{t('goodPractice.title')}</Link>
        {t('format.list.separator')}
        <Link to={`/good-practice/${copy.id}/print`}>{t('goodPractice.reader.printable')}</Link>
      </p>
      <CaseStudy copy={copy} />
    </>
  );
}
