// One published copy, read on this device (works offline), with the printable version a click away.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Published } from '#domain/good-practice/published';
import type { GoodPracticeRepository } from '#client/good-practice/contract';
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
  const { id = '' } = useParams();
  const { loaded, copy } = useCopy(repository, id);
  if (!loaded) return <p>Loading…</p>;
  if (copy === undefined)
    return (
      <>
        <h1>Not in the library</h1>
        <p>
          This published copy is not on this device. <Link to="/good-practice">Back to good practice</Link>
        </p>
      </>
    );
  return (
    <>
      <title>{`${copy.title} — Good practice — Beatbook`}</title>
      <h1>{copy.title}</h1>
      <p>
        <Link to="/good-practice">Good practice</Link> ·{' '}
        <Link to={`/good-practice/${copy.id}/print`}>Printable case study</Link>
      </p>
      <CaseStudy copy={copy} />
    </>
  );
}
