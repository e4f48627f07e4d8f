// A published copy laid out in SARA order (Scanning, Analysis, Response, Assessment): the form
// award submissions use. Shared by the reader and the printable page. The body is parsed with the
// published body schema; a section this version does not recognise is simply not shown. Its words
// come from the catalogues in the reader's language; the officers' own text is shown as written.
import { publishedBodySchema, type Published } from '#domain/good-practice/published';
import type { z } from 'zod';
import { cheersElements, triangleSides } from '#domain/osara/vocabularies';
import { formatDate, formatNumber } from '#client/i18n/format';
import { useT, type TFunction } from '#client/i18n/index';
import { responseTagLabel, vocabLabel } from '#client/i18n/vocab';

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
  const t = useT();
  const e = body.evaluation;
  const rows = (
    [
      ['response', t('goodPractice.caseStudy.responseArea'), e?.response],
      ['buffer', t('goodPractice.caseStudy.bufferArea'), e?.buffer],
      ['control', t('goodPractice.caseStudy.comparisonArea'), e?.control],
    ] as const
  ).filter(([, , area]) => area !== undefined);
  if (rows.length === 0) return null;
  const day = (value: string | undefined) => (value === undefined ? '?' : formatDate(value));
  return (
    <table>
      <caption>
        {t('goodPractice.caseStudy.countsCaption', {
          beforeStart: day(e?.beforeStart),
          beforeEnd: day(e?.beforeEnd),
          afterStart: day(e?.afterStart),
          afterEnd: day(e?.afterEnd),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('goodPractice.caseStudy.area')}</th>
          <th scope="col">{t('goodPractice.caseStudy.before')}</th>
          <th scope="col">{t('goodPractice.caseStudy.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label, area]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{area?.before === undefined ? '—' : formatNumber(area.before)}</td>
            <td>{area?.after === undefined ? '—' : formatNumber(area.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function baseline(t: TFunction, scanning: Body['scanning']): string | undefined {
  if (scanning?.baselineCount === undefined) return undefined;
  const incidents = t('goodPractice.caseStudy.incidents', { count: scanning.baselineCount });
  if (scanning.baselineDays === undefined) return incidents;
  return t('goodPractice.caseStudy.incidentsOver', {
    incidents,
    days: t('goodPractice.caseStudy.days', { count: scanning.baselineDays }),
  });
}

/** The case study's labels that take no parameters, under goodPractice.caseStudy. */
type Label =
  | 'noReference'
  | 'problem'
  | 'cameToNotice'
  | 'cheersMet'
  | 'baseline'
  | 'objective'
  | 'targetReduction'
  | 'successMeasure'
  | 'partnerAgencies'
  | 'repeats'
  | 'whenWhere'
  | 'dataSources'
  | 'hypotheses'
  | 'noActions'
  | 'police'
  | 'outcome'
  | 'reductionAchieved'
  | 'deliveredAsPlanned'
  | 'processEvaluation'
  | 'displacementChecked'
  | 'yes'
  | 'no'
  | 'displacement'
  | 'effect'
  | 'mechanism'
  | 'moderators'
  | 'implementation'
  | 'economicCost'
  | 'communityFeedback'
  | 'lessonsLearned'
  | 'closureReason';

export function CaseStudy({ copy, headingLevel = 2 }: { copy: Published; headingLevel?: 2 | 3 }) {
  const t = useT();
  const w = (key: Label) => t(`goodPractice.caseStudy.${key}`);
  const body = bodyOf(copy);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const { objective, scanning, analysis, actions = [], assessment } = body;
  const cheers = cheersElements
    .filter((c) => scanning?.cheers[c.code] === true)
    .map((c) => vocabLabel(t, 'cheers', c.code));
  return (
    <article className="case-study">
      <p className="case-study__meta">
        {copy.reference ?? w('noReference')} · {vocabLabel(t, 'problemType', copy.problemType)}
        {assessment?.closedAt === undefined
          ? ''
          : ` · ${t('goodPractice.caseStudy.closed', { date: formatDate(assessment.closedAt) })}`}
      </p>
      {copy.summary !== '' && <p className="case-study__summary multiline">{copy.summary}</p>}

      <H>{vocabLabel(t, 'osaraSection', 'scanning')}</H>
      <dl>
        <Item label={w('problem')} value={scanning?.description} />
        <Item
          label={w('cameToNotice')}
          value={scanning?.source && vocabLabel(t, 'problemSource', scanning.source)}
        />
        <Item label={w('cheersMet')} value={cheers.join(', ')} />
        <Item label={w('baseline')} value={baseline(t, scanning)} />
        <Item label={w('objective')} value={objective?.impact && vocabLabel(t, 'impact', objective.impact)} />
        <Item label={w('targetReduction')} value={pct(objective?.targetPercent)} />
        <Item label={w('successMeasure')} value={objective?.successMeasure} />
        <Item
          label={w('partnerAgencies')}
          value={scanning?.partnerAgencies.map((a) => vocabLabel(t, 'partnerAgencyType', a)).join(', ')}
        />
      </dl>

      <H>{vocabLabel(t, 'osaraSection', 'analysis')}</H>
      <dl>
        {triangleSides.map((side) => {
          const s = analysis?.[side.code];
          const controller =
            s?.controller === undefined
              ? ''
              : ` (${vocabLabel(t, 'triangleController', side.code)}: ${vocabLabel(t, 'controllerRating', s.controller)})`;
          return (
            <Item
              key={side.code}
              label={vocabLabel(t, 'triangleSide', side.code)}
              value={s === undefined ? undefined : `${s.description ?? ''}${controller}`.trim()}
            />
          );
        })}
        <Item
          label={w('repeats')}
          value={analysis?.repeatTypes?.map((r) => vocabLabel(t, 'repeatType', r)).join(', ')}
        />
        <Item label={w('whenWhere')} value={analysis?.whenWhere} />
        <Item label={w('dataSources')} value={analysis?.dataSources?.join('; ')} />
        <Item label={w('hypotheses')} value={analysis?.hypotheses?.join('\n')} />
      </dl>

      <H>{vocabLabel(t, 'osaraSection', 'response')}</H>
      {actions.length === 0 ? (
        <p>{w('noActions')}</p>
      ) : (
        <ol className="case-study__actions">
          {actions.map((a, index) => (
            <li key={index}>
              <p className="multiline">{a.description}</p>
              <p className="case-study__tags">
                {a.techniques.map((code) => responseTagLabel(t, code)).join(', ')} ·{' '}
                {t('goodPractice.caseStudy.ledBy', {
                  lead: a.lead === 'officer' ? w('police') : vocabLabel(t, 'partnerAgencyType', a.lead),
                })}{' '}
                · {vocabLabel(t, 'actionStatus', a.status)}
              </p>
            </li>
          ))}
        </ol>
      )}

      <H>{vocabLabel(t, 'osaraSection', 'assessment')}</H>
      <dl>
        <Item
          label={w('outcome')}
          value={assessment?.outcome && vocabLabel(t, 'assessmentOutcome', assessment.outcome)}
        />
        <Item label={w('reductionAchieved')} value={pct(assessment?.achievedPercent)} />
        <Item
          label={w('deliveredAsPlanned')}
          value={
            assessment?.deliveredAsPlanned &&
            vocabLabel(t, 'deliveryJudgement', assessment.deliveredAsPlanned)
          }
        />
        <Item label={w('processEvaluation')} value={assessment?.processEvaluation} />
        <Item
          label={w('displacementChecked')}
          value={assessment === undefined ? undefined : assessment.displacementChecked ? w('yes') : w('no')}
        />
        <Item label={w('displacement')} value={assessment?.displacementNotes} />
        <Item label={w('effect')} value={assessment?.emmie.effect} />
        <Item label={w('mechanism')} value={assessment?.emmie.mechanism} />
        <Item label={w('moderators')} value={assessment?.emmie.moderators} />
        <Item label={w('implementation')} value={assessment?.emmie.implementation} />
        <Item label={w('economicCost')} value={assessment?.emmie.economicCost ?? assessment?.costNotes} />
        <Item label={w('communityFeedback')} value={assessment?.communityFeedback} />
        <Item label={w('lessonsLearned')} value={assessment?.lessonsLearned} />
        <Item
          label={w('closureReason')}
          value={assessment?.closureReason && vocabLabel(t, 'closureReason', assessment.closureReason)}
        />
      </dl>
      <Counts body={body} />
    </article>
  );
}
