// The evaluation of a problem: periods, counts for the response, buffer and comparison
// areas, the measures computed live with their plain-English reading, process evaluation, EMMIE
// notes, community feedback and lessons. Saved on this device as the officer types.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Evaluation } from '#domain/good-practice/evaluations';
import type { Problem } from '#domain/records';
import { useWorkspace } from '#client/app/store';
import type { EvaluationsRepository } from '#client/good-practice/contract';
import { useT } from '#client/i18n/index';
import { SaveStatus } from '#client/osara/ui/SaveStatus';
import { ProblemNotFound } from '#client/problems/ui/ProblemNotFound';
import { useProblem } from '#client/problems/ui/use-problems';
import { CountsFields } from './CountsFields';
import { GoodPracticePanel } from './GoodPracticePanel';
import { MeasuresPanel } from './MeasuresPanel';
import { NotesFields } from './NotesFields';
import { useEvaluationDraft } from './use-evaluation-draft';
import './evaluation.css';

function EvaluationForm(props: {
  repository: EvaluationsRepository;
  problemId: string;
  stored: Evaluation | undefined;
}) {
  const draft = useEvaluationDraft(props.repository, props.problemId, props.stored);
  return (
    <form
      className="evaluation"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <CountsFields draft={draft} />
      <MeasuresPanel fields={draft.valid} />
      <NotesFields draft={draft} />
      <SaveStatus save={draft.save} />
    </form>
  );
}

/** Waits for the stored evaluation once, so the draft starts from it. */
function StoredEvaluation({ repository, problem }: { repository: EvaluationsRepository; problem: Problem }) {
  const t = useT();
  const [stored, setStored] = useState<{ id: string; value: Evaluation | undefined } | null>(null);
  useEffect(
    () =>
      repository.watch(problem.id, (value) => {
        setStored((prev) => prev ?? { id: problem.id, value });
      }),
    [repository, problem.id],
  );
  if (stored?.id !== problem.id) return <p>{t('evaluation.loading')}</p>;
  return <EvaluationForm repository={repository} problemId={problem.id} stored={stored.value} />;
}

export function EvaluationScreen() {
  const t = useT();
  const workspace = useWorkspace();
  const { id = '' } = useParams();
  const problem = useProblem(workspace, id);
  if (!problem.loaded) return <p>{t('osara.work.loading')}</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const inTeam = workspace.me.teams.some((team) => team.id === p.teamId);
  const mayEdit = inTeam && (workspace.me.role === 'officer' || workspace.me.role === 'supervisor');
  return (
    <>
      <title>{t('app.title', { screen: t('evaluation.heading', { problem: p.title }) })}</title>
      <h1>{t('evaluation.heading', { problem: p.title })}</h1>
      <p className="osara__links">
        <Link to={`/problems/${p.id}/work`}>{t('evaluation.osaraLink')}</Link>
      </p>
      <GoodPracticePanel repository={workspace.goodPractice} problem={p} inTeam={mayEdit} />
      {mayEdit ? (
        <StoredEvaluation repository={workspace.evaluations} problem={p} />
      ) : (
        <p>{t('evaluation.teamOnly')}</p>
      )}
    </>
  );
}
