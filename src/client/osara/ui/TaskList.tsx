import { Link } from 'react-router';
import { osaraSections, type OsaraSectionCode, type SectionCompleteness } from '#domain/osara/index';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { sectionStateText } from './section-missing';

interface Props {
  problemId: string;
  completeness: SectionCompleteness;
  current: OsaraSectionCode | undefined;
}

/** The OSARA sections in order, each a large link that says whether it is complete. */
export function TaskList({ problemId, completeness, current }: Props) {
  const t = useT();
  const done = osaraSections.filter((s) => completeness[s.code].complete).length;
  return (
    <nav className="task-list" aria-labelledby="task-list-heading">
      <h2 id="task-list-heading">{t('osara.taskList.heading')}</h2>
      <p className="task-list__summary">
        {t('osara.taskList.summary', { done, total: osaraSections.length })}
      </p>
      <ol>
        {osaraSections.map((section) => {
          const { complete, missing } = completeness[section.code];
          return (
            <li key={section.code}>
              <Link
                to={`/problems/${problemId}/work/${section.code}`}
                className={section.code === current ? 'task task--current' : 'task'}
                aria-current={section.code === current ? 'page' : undefined}
              >
                <span className="task__name">{vocabLabel(t, 'osaraSection', section.code)}</span>
                <span className={complete ? 'task__state task__state--done' : 'task__state'}>
                  {complete ? (
                    t('osara.taskList.complete')
                  ) : (
                    <>
                      <span className="visually-hidden">{t('osara.taskList.toDo')}</span>
                      {sectionStateText(t, missing)}
                    </>
                  )}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
