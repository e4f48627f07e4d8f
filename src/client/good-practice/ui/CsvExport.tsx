// The analysts' CSV of problems. It needs signal: the force database builds it from what this
// user may read and records the download as a disclosure.
import { todayInForce } from '#domain/dates';
import { useState } from 'react';
import type { GoodPracticeRepository } from '#client/good-practice/contract';

export function CsvExport({ repository }: { repository: GoodPracticeRepository }) {
  const [status, setStatus] = useState<string | null>(null);
  function download(): void {
    setStatus('Preparing the export…');
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
        setStatus('The export has been downloaded. It is recorded in the audit log.');
      },
      () => {
        setStatus('The export needs a connection to the force database. Try again when online.');
      },
    );
  }
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export for analysts</h2>
      <p>A CSV of the problems you can read, without personal details. Each export is recorded.</p>
      <button type="button" className="secondary" onClick={download}>
        Download problems as CSV
      </button>
      {status !== null && <p role="status">{status}</p>}
    </section>
  );
}
