// The OSARA record of one problem as a task list. A phone shows one thing per screen: the task
// list at /problems/:id/work, a section at /problems/:id/work/:section. A tablet (768 px and
// wider) shows both side by side; the same components, laid out by osara.css.
import { Link, useParams } from 'react-router';
import { osaraSections, sectionCompleteness, type OsaraSectionCode } from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import { ProblemNotFound } from '#client/problems/ui/ProblemNotFound';
import { useProblem } from '#client/problems/ui/use-problems';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { osaraRecord } from './osara-record';
import { SectionBody } from './sections';
import { StageControl } from './StageControl';
import { TaskList } from './TaskList';
import { useProblemActions, useProblemReviews } from './use-osara-data';
import './osara.css';

function sectionOf(code: string | undefined): OsaraSectionCode | undefined {
  return osaraSections.find((s) => s.code === code)?.code;
}

export function OsaraWork() {
  const t = useT();
  const workspace = useWorkspace();
  const { id = '', section: sectionParam } = useParams();
  const problem = useProblem(workspace, id);
  const actions = useProblemActions(workspace, id);
  const reviews = useProblemReviews(workspace, id);
  const section = sectionOf(sectionParam);

  if (!problem.loaded || actions === undefined || reviews === undefined)
    return <p>{t('osara.work.loading')}</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = osaraRecord(problem.value);
  const completeness = sectionCompleteness(p, actions);
  const index = osaraSections.findIndex((s) => s.code === section);
  const current = osaraSections[index];
  const following = osaraSections[index + 1];
  const currentLabel = current === undefined ? undefined : vocabLabel(t, 'osaraSection', current.code);

  return (
    <div className={current === undefined ? 'osara osara--list' : 'osara osara--section'}>
      <title>
        {t('app.title', {
          screen: t('osara.work.title', { section: currentLabel ?? t('osara.work.osara'), problem: p.title }),
        })}
      </title>
      <div className="osara__heading">
        <h1>{p.title}</h1>
        <p className="osara__links">
          <Link to={`/problems/${p.id}`}>{t('osara.work.problemDetails')}</Link>
          <Link to={`/problems/${p.id}/timeline`}>{t('osara.work.timeline')}</Link>
        </p>
      </div>
      <div className="osara__list">
        <StageControl problem={p} actions={actions} reviews={reviews} />
        <TaskList problemId={p.id} completeness={completeness} current={current?.code} />
      </div>
      <section className="osara__section" aria-labelledby="section-heading">
        {current === undefined ? (
          <p className="osara__choose">{t('osara.work.choose')}</p>
        ) : (
          <>
            <p className="osara__back">
              <Link to={`/problems/${p.id}/work`}>{t('osara.work.allSections')}</Link>
            </p>
            <h2 id="section-heading">{currentLabel}</h2>
            <SectionBody section={current.code} problem={p} />
            {following !== undefined && (
              <p>
                <Link className="button-link" to={`/problems/${p.id}/work/${following.code}`}>
                  {t('osara.work.next', { section: vocabLabel(t, 'osaraSection', following.code) })}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
