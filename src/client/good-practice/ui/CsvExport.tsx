// The analysts' CSV of problems. It needs signal: the force database builds it from what this
// user may read and records the download as a disclosure.
import { todayInForce } from '#domain/dates';
import { useState } from 'react';
import { useT } from '#client/i18n/index';
import type { GoodPracticeRepository } from '#client/good-practice/contract';

export function CsvExport({ repository }: { repository: GoodPracticeRepository }) {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);
  function download(): void {
    setStatus(t('goodPractice.export.preparing'));
    repository.exportProblemsCsv().then(
      (blob) => {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = `beatbook-problems-${todayInForce()}.csv`;
        link.click();
        setTimeout(() => {
          URL.revokeObjectURL(url);
        }, 10_000);
        setStatus(t('goodPractice.export.done'));
      },
      () => {
        setStatus(t('goodPractice.export.offline'));
      },
    );
  }
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('goodPractice.export.title')}</h2>
      <p>{t('goodPractice.export.intro')}</p>
      <button type="button" className="secondary" onClick={download}>
        {t('goodPractice.export.download')}
      </button>
      {status !== null && <p role="status">{status}</p>}
    </section>
  );
}
