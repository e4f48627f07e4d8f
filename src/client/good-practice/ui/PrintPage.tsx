// The printable case study (award submission form: SARA order). Opening it records the disclosure
// with the force database; print CSS (good-practice.css) leaves out the app's header and links so
// "Print" or "Save as PDF" in the browser gives just the case study.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GoodPracticeRepository } from '#client/good-practice/contract';
import { useT } from '#client/i18n/index';
import { CaseStudy } from './CaseStudy';
import { useCopy } from './Reader';

type Recorded = 'pending' | 'recorded' | 'failed';

export function PrintPage({ repository }: { repository: GoodPracticeRepository }) {
  const t = useT();
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
  if (!loaded) return <p>{t('goodPractice.loading')}</p>;
  if (copy === undefined) return <p>{t('goodPractice.reader.notOnDevice')}</p>;
  return (
    <div className="case-study-print">
      <title>{t('app.title', { screen: t('goodPractice.print.title', { title: copy.title }) })}</title>
      <div className="no-print">
        <p>
          <Link to={`/good-practice/${copy.id}`}>{t('goodPractice.print.back')}</Link>
        </p>
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('goodPractice.print.print')}
        </button>
        <p role="status">
          {recorded === 'recorded'
            ? t('goodPractice.print.recorded')
            : recorded === 'failed'
              ? t('goodPractice.print.notRecorded')
              : t('goodPractice.print.recording')}
        </p>
      </div>
      <h1>{t('goodPractice.print.title', { title: copy.title })}</h1>
      <CaseStudy copy={copy} />
    </div>
  );
}
