// The good-practice library: every published copy on this device (readable offline), and the
// analysts' CSV export for those allowed it.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { grantFor } from '#domain/access';
import type { Published } from '#domain/good-practice/published';
import { responseTags } from '#domain/osara/techniques';
import { labelOf, problemTypes } from '#domain/vocabularies';
import { useWorkspace } from '#client/app/store';
import type { GoodPracticeRepository } from '#client/good-practice/contract';
import { CsvExport } from './CsvExport';

export function Library({ repository }: { repository: GoodPracticeRepository }) {
  const { me } = useWorkspace();
  const [copies, setCopies] = useState<Published[] | null>(null);
  useEffect(() => repository.watchPublished(setCopies), [repository]);
  return (
    <>
      <title>Good practice — Beatbook</title>
      <h1>Good practice</h1>
      <p>Problems other teams solved, published by a prevention lead with nothing personal in them.</p>
      {me.role === 'prevention_lead' && (
        <p>
          <Link to="/good-practice/nominations">Nominations waiting for a decision</Link>
        </p>
      )}
      {copies === null ? (
        <p>Loading…</p>
      ) : copies.length === 0 ? (
        <p className="empty">Nothing has been published yet.</p>
      ) : (
        <ul className="library">
          {copies.map((copy) => (
            <li key={copy.id}>
              <h2>
                <Link to={`/good-practice/${copy.id}`}>{copy.title}</Link>
              </h2>
              <p>
                {labelOf(problemTypes, copy.problemType)}
                {copy.techniques !== undefined && copy.techniques.length > 0
                  ? ` · ${copy.techniques.map((t) => labelOf(responseTags, t)).join(', ')}`
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
