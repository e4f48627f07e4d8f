// The printable case study (award submission form: SARA order). Opening it records the disclosure
// with the force database; print CSS (good-practice.css) leaves out the app's header and links so
// "Print" or "Save as PDF" in the browser gives just the case study.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GoodPracticeRepository } from '#client/good-practice/contract';
import { CaseStudy } from './CaseStudy';
import { useCopy } from './Reader';

type Recorded = 'pending' | 'recorded' | 'failed';

export function PrintPage({ repository }: { repository: GoodPracticeRepository }) {
  const { id = '' } = useParams();
  const { loaded, copy } = useCopy(repository, id);
  const [recorded, setRecorded] = useState<Recorded>('pending');
  useEffect(() => {
    let live = true;
    repository.recordCaseStudyPrint(id).then(
      () => {
        if (live) setRecorded('recorded');
      },
      () => {
        if (live) setRecorded('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [repository, id]);
  if (!loaded) return <p>Loading…</p>;
  if (copy === undefined) return <p>This published copy is not on this device.</p>;
  return (
    <div className="case-study-print">
      <title>{`Case study: ${copy.title} — Beatbook`}</title>
      <div className="no-print">
        <p>
          <Link to={`/good-practice/${copy.id}`}>Back to the published copy</Link>
        </p>
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          Print or save as PDF
        </button>
        <p role="status">
          {recorded === 'recorded'
            ? 'This print is recorded in the audit log.'
            : recorded === 'failed'
              ? 'This print could not be recorded with the force database (no connection). Record the disclosure when back online.'
              : 'Recording this print…'}
        </p>
      </div>
      <h1>Case study: {copy.title}</h1>
      <CaseStudy copy={copy} />
    </div>
  );
}
