// A published copy laid out in SARA order (Scanning, Analysis, Response, Assessment): the form
// award submissions use. Shared by the reader and the printable page. The body is parsed with the
// published body schema; a section this version does not recognise is simply not shown.
import { publishedBodySchema, type Published } from '#domain/good-practice/published';
import type { z } from 'zod';
import { formatNumber } from '#domain/good-practice/evaluation-view';
import { responseTags } from '#domain/osara/techniques';
import {
  actionStatuses,
  assessmentOutcomes,
  cheersElements,
  closureReasons,
  controllerRatings,
  deliveryJudgements,
  impactScale,
  partnerAgencyTypes,
  problemSources,
  repeatTypes,
  triangleSides,
} from '#domain/osara/vocabularies';
import { labelOf, problemTypes } from '#domain/vocabularies';

const partialBody = publishedBodySchema.partial();
type Body = z.infer<typeof partialBody>;

function bodyOf(copy: Published): Body {
  const parsed = partialBody.safeParse(copy.body);
  return parsed.success ? parsed.data : {};
}

function Item({ label, value }: { label: string; value: string | number | undefined }) {
  if (value === undefined || value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className="multiline">{value}</dd>
    </>
  );
}

const pct = (value: number | undefined) => (value === undefined ? undefined : `${formatNumber(value)}%`);

function Counts({ body }: { body: Body }) {
  const e = body.evaluation;
  const rows = (
    [
      ['Response area', e?.response],
      ['Buffer area', e?.buffer],
      ['Comparison area', e?.control],
    ] as const
  ).filter(([, area]) => area !== undefined);
  if (rows.length === 0) return null;
  return (
    <table>
      <caption>
        Incidents before ({e?.beforeStart ?? '?'} to {e?.beforeEnd ?? '?'}) and after ({e?.afterStart ?? '?'}{' '}
        to {e?.afterEnd ?? '?'})
      </caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, area]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{area?.before ?? '—'}</td>
            <td>{area?.after ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CaseStudy({ copy, headingLevel = 2 }: { copy: Published; headingLevel?: 2 | 3 }) {
  const body = bodyOf(copy);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const { objective, scanning, analysis, actions = [], assessment } = body;
  const cheers = cheersElements.filter((c) => scanning?.cheers[c.code] === true).map((c) => c.en);
  return (
    <article className="case-study">
      <p className="case-study__meta">
        {copy.reference ?? 'No reference'} · {labelOf(problemTypes, copy.problemType)}
        {assessment?.closedAt === undefined ? '' : ` · closed ${assessment.closedAt}`}
      </p>
      {copy.summary !== '' && <p className="case-study__summary multiline">{copy.summary}</p>}

      <H>Scanning</H>
      <dl>
        <Item label="The problem" value={scanning?.description} />
        <Item
          label="How it came to notice"
          value={scanning?.source && labelOf(problemSources, scanning.source)}
        />
        <Item label="CHEERS tests met" value={cheers.join(', ')} />
        <Item
          label="Baseline"
          value={
            scanning?.baselineCount === undefined
              ? undefined
              : `${scanning.baselineCount} incidents${scanning.baselineDays === undefined ? '' : ` over ${scanning.baselineDays} days`}`
          }
        />
        <Item label="Objective" value={objective?.impact && labelOf(impactScale, objective.impact)} />
        <Item label="Target reduction" value={pct(objective?.targetPercent)} />
        <Item label="Success measure" value={objective?.successMeasure} />
        <Item
          label="Partner agencies"
          value={scanning?.partnerAgencies.map((a) => labelOf(partnerAgencyTypes, a)).join(', ')}
        />
      </dl>

      <H>Analysis</H>
      <dl>
        {triangleSides.map((side) => {
          const s = analysis?.[side.code];
          const controller =
            s?.controller === undefined
              ? ''
              : ` (${side.controllerEn}: ${labelOf(controllerRatings, s.controller)})`;
          return (
            <Item
              key={side.code}
              label={side.en}
              value={s === undefined ? undefined : `${s.description ?? ''}${controller}`.trim()}
            />
          );
        })}
        <Item label="Repeats" value={analysis?.repeatTypes?.map((r) => labelOf(repeatTypes, r)).join(', ')} />
        <Item label="When and where" value={analysis?.whenWhere} />
        <Item label="Data sources" value={analysis?.dataSources?.join('; ')} />
        <Item label="Hypotheses" value={analysis?.hypotheses?.join('\n')} />
      </dl>

      <H>Response</H>
      {actions.length === 0 ? (
        <p>No actions recorded.</p>
      ) : (
        <ol className="case-study__actions">
          {actions.map((a, index) => (
            <li key={index}>
              <p className="multiline">{a.description}</p>
              <p className="case-study__tags">
                {a.techniques.map((t) => labelOf(responseTags, t)).join(', ')} · led by{' '}
                {a.lead === 'officer' ? 'police' : labelOf(partnerAgencyTypes, a.lead)} ·{' '}
                {labelOf(actionStatuses, a.status)}
              </p>
            </li>
          ))}
        </ol>
      )}

      <H>Assessment</H>
      <dl>
        <Item
          label="Outcome"
          value={assessment?.outcome && labelOf(assessmentOutcomes, assessment.outcome)}
        />
        <Item label="Reduction achieved" value={pct(assessment?.achievedPercent)} />
        <Item
          label="Delivered as planned?"
          value={assessment?.deliveredAsPlanned && labelOf(deliveryJudgements, assessment.deliveredAsPlanned)}
        />
        <Item label="Process evaluation" value={assessment?.processEvaluation} />
        <Item
          label="Displacement checked"
          value={assessment === undefined ? undefined : assessment.displacementChecked ? 'Yes' : 'No'}
        />
        <Item label="Displacement" value={assessment?.displacementNotes} />
        <Item label="Effect" value={assessment?.emmie.effect} />
        <Item label="Mechanism" value={assessment?.emmie.mechanism} />
        <Item label="Moderators" value={assessment?.emmie.moderators} />
        <Item label="Implementation" value={assessment?.emmie.implementation} />
        <Item label="Economic cost" value={assessment?.emmie.economicCost ?? assessment?.costNotes} />
        <Item label="Community feedback" value={assessment?.communityFeedback} />
        <Item label="Lessons learned" value={assessment?.lessonsLearned} />
        <Item
          label="Closure reason"
          value={assessment?.closureReason && labelOf(closureReasons, assessment.closureReason)}
        />
      </dl>
      <Counts body={body} />
    </article>
  );
}
