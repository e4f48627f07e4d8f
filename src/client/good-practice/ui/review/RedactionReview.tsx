// The prevention lead's redaction review: the draft copy exactly as it will be shared,
// every span the detector found highlighted by kind, each to be removed or kept. Publish stays
// disabled until every span is decided, and says how many are left. Loaded on its own (with the
// detector and its libraries), so nothing here weighs on the first screen.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GoodPracticeRepository, PublishableSource } from '#client/good-practice/contract';
import { GoodPracticeRefusedError } from '#client/good-practice/contract';
import { ReviewedField } from './ReviewedField';
import { useRedaction } from './use-redaction';
import './redaction.css';

function Review({ repository, source }: { repository: GoodPracticeRepository; source: PublishableSource }) {
  const [summary, setSummary] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [published, setPublished] = useState(false);
  const redaction = useRedaction(source, summary);
  const { left } = redaction;
  const noSummary = summary.trim() === '';
  const why =
    left > 0
      ? `${String(left)} highlighted ${left === 1 ? 'detail is' : 'details are'} left to decide before you can publish.`
      : noSummary
        ? 'Write the summary for the library before you publish.'
        : 'Every highlighted detail is decided. The copy below is what every officer will read.';
  function publish(): void {
    repository.decide(source.problem.id, 'publish', summary.trim(), redaction.decisions).then(
      () => {
        setPublished(true);
        setMessage('Published. Every device receives it at its next sync.');
      },
      (error: unknown) => {
        setMessage(
          error instanceof GoodPracticeRefusedError
            ? error.message
            : 'The decision could not be saved on this device. Try again.',
        );
      },
    );
  }
  if (published)
    return (
      <>
        <p role="status">{message}</p>
        <p>
          <Link to="/good-practice/nominations">Back to nominations</Link>
        </p>
      </>
    );
  return (
    <>
      <div className="field">
        <label htmlFor="library-summary">Summary for the library</label>
        <textarea
          id="library-summary"
          rows={3}
          value={summary}
          onChange={(e) => {
            setSummary(e.target.value);
          }}
        />
      </div>
      {redaction.fields.map((f) => (
        <ReviewedField key={f.path} field={f} redaction={redaction} />
      ))}
      <div className="redaction__publish">
        <p id="publish-why" role="status">
          {why}
        </p>
        <button
          type="button"
          disabled={left > 0 || noSummary}
          aria-describedby="publish-why"
          onClick={publish}
        >
          Publish
        </button>
        {message !== null && <p className="field-error">{message}</p>}
      </div>
    </>
  );
}

export function RedactionReview({ repository }: { repository: GoodPracticeRepository }) {
  const { problemId = '' } = useParams();
  const [source, setSource] = useState<PublishableSource | undefined | null>(null);
  useEffect(() => repository.watchPublishable(problemId, setSource), [repository, problemId]);
  const title = source?.problem.title ?? 'Review before publishing';
  return (
    <>
      <title>{`Review before publishing — ${title} — Beatbook`}</title>
      <h1>Review before publishing: {title}</h1>
      <p>
        <Link to="/good-practice/nominations">Nominations</Link>
      </p>
      <p>
        This is the copy every officer in the force will hold for years. Everything highlighted may identify
        someone: remove it, or keep it if the lesson depends on it (a street name, say). Select any other
        words to remove them too.
      </p>
      {source === null ? (
        <p>Loading…</p>
      ) : source === undefined ? (
        <p>This problem is not on this device yet. Sync, then try again.</p>
      ) : (
        // Keyed by problem: decisions never carry over from one problem's review to another's.
        <Review key={source.problem.id} repository={repository} source={source} />
      )}
    </>
  );
}
