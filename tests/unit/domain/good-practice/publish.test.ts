// The published copy: built from an allow-list, with the reviewer's decisions
// applied, and nothing undecided left in what is shared.
import { describe, expect, it } from 'vitest';
import { publishedBodySchema, publishedFieldsSchema } from '#domain/good-practice/published';
import { draftCopy, sharedTextsOf } from '#domain/good-practice/publish';
import { undecidedSpans, type ReviewedText } from '#domain/good-practice/redaction';
import type { RedactionDecision } from '#domain/good-practice/redaction-decision';
import { actions, evaluation, personalProblem } from './fixtures';

const SUMMARY = 'Locks and alarms: Mrs Harlow was pleased.';

/** The decisions of a reviewer who removes everything the detector points at. */
const removeAll = (reviewed: readonly ReviewedText[]): RedactionDecision[] =>
  reviewed.flatMap((r) =>
    r.undecided.map((s) => ({ path: r.path, text: s.text, kind: s.kind, action: 'remove' as const })),
  );

const draft = () => draftCopy(personalProblem(), actions(), evaluation(), SUMMARY);
const reviewed = () =>
  draftCopy(personalProblem(), actions(), evaluation(), SUMMARY, removeAll(draft().reviewed));
const everything = () => JSON.stringify(reviewed().copy);

describe('the draft: what the detector points at before anyone decides', () => {
  it('finds the planted details in the free text, field by field', () => {
    const found = undecidedSpans(draft().reviewed).map((s) => `${s.path} ${s.kind}:${s.text}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'title name:Mrs Quentin Harlow',
        'summary name:Mrs Harlow',
        'scanning.description identifier:ref VX-9931',
        'scanning.description phone:07700 900123',
        'scanning.description email:harlow@example.org',
        'scanning.description vehicle:AB12 CDE',
        'scanning.description known:14 Riverside Lane',
        'scanning.description postcode:RV1 2AB',
        'analysis.offender.description known:SX-77',
        'analysis.offender.description known:WX-12',
        'analysis.whenWhere identifier:Crime CR/1234/26',
        'actions.1.description known:pc123',
        'assessment.communityFeedback phone:01632 960001',
        'assessment.emmie.mechanism name:Mr Crane',
      ]),
    );
  });

  it('lists only the allow-listed texts: no CHEERS notes, evidence notes, cancelled or deleted actions', () => {
    const paths = sharedTextsOf(personalProblem(), actions(), evaluation(), SUMMARY).map((t) => t.path);
    expect(paths).toContain('analysis.dataSources.1');
    expect(paths).toContain('actions.1.description');
    expect(paths).not.toContain('actions.2.description');
    expect(JSON.stringify(sharedTextsOf(personalProblem(), actions(), evaluation(), SUMMARY))).not.toMatch(
      /Dennis Crane|Receipt signed|Jo Bloggs|Cancelled CCTV|Deleted action/,
    );
  });
});

describe('the reviewed copy holds nothing personal', () => {
  it('is a valid published record with every section, and nothing left undecided', () => {
    const { copy, reviewed: texts } = reviewed();
    expect(publishedFieldsSchema.safeParse(copy).success).toBe(true);
    expect(publishedBodySchema.safeParse(copy.body).success).toBe(true);
    expect(undecidedSpans(texts)).toEqual([]);
  });

  it('holds no categorised person, reference, role, user id, incident reference, location or partner name', () => {
    const text = everything();
    for (const word of ['VX-9931', 'WX-12', 'SX-77', 'OX-5', 'society chair', 'site warden', '2032-06-30'])
      expect(text).not.toContain(word);
    for (const word of [
      'pc123',
      'pc124',
      'sgt100',
      'CR/1234/26',
      'INC-55-2026',
      'Riverside Lane',
      'Jo Bloggs',
      'Receipt signed',
    ])
      expect(text).not.toContain(word);
    expect(text).not.toMatch(
      /ownerId|supervisorId|userId|incidentRefs|locationText|evidenceNotes|statedAt|persons|governance/,
    );
  });

  it('puts the neutral word for each kind where something was removed', () => {
    const { copy } = reviewed();
    expect(copy.title).toBe('Shed break-ins reported by [a name]');
    expect(copy.summary).toBe('Locks and alarms: [a name] was pleased.');
    expect(copy.body.actions[1]?.description).toBe(
      'Shed alarms lent to plot holders; [a detail from the record] fitted them',
    );
    expect(copy.body.scanning.description).toContain(
      'rang on [a phone number] and wrote from [an e-mail address]',
    );
  });

  it('keeps what the reviewer kept, and then finds nothing undecided in it', () => {
    const decisions = removeAll(draft().reviewed).map((d) =>
      d.text === 'Mrs Quentin Harlow' ? { ...d, action: 'keep' as const } : d,
    );
    const { copy, reviewed: texts } = draftCopy(
      personalProblem(),
      actions(),
      evaluation(),
      SUMMARY,
      decisions,
    );
    expect(copy.title).toBe('Shed break-ins reported by Mrs Quentin Harlow');
    expect(undecidedSpans(texts)).toEqual([]);
  });

  it('removes text the reviewer selected, wherever it is in that field', () => {
    const decisions: RedactionDecision[] = [
      ...removeAll(draft().reviewed),
      { path: 'analysis.place.description', text: 'far end', kind: 'other', action: 'remove' },
    ];
    expect(
      draftCopy(personalProblem(), actions(), evaluation(), SUMMARY, decisions).copy.body.analysis.place
        ?.description,
    ).toBe('Dark [removed] of the site, gate left open');
  });

  it('keeps the SARA content: objective, scanning, analysis, live actions, assessment and counts', () => {
    const c = reviewed().copy;
    expect(c.reference).toBe('PS-2026-000042');
    expect(c.body.objective).toEqual({
      impact: 'reduce_by_percent',
      targetPercent: 50,
      successMeasure: 'Shed burglaries per month',
    });
    expect(c.body.scanning.baselineDays).toBe(184);
    expect(c.body.scanning.cheers).toEqual({ community: true });
    expect(c.body.analysis.place?.description).toBe('Dark far end of the site, gate left open');
    expect(c.body.actions.map((a) => a.lead)).toEqual(['local_authority', 'officer']);
    expect(c.techniques).toEqual(['control_access', 'target_harden', 'extend_guardianship']);
    expect(c.body.assessment.lessonsLearned).toBe('Lending alarms cost little and plot holders liked it.');
    expect(c.body.assessment.closedAt).toBe('2026-06-30');
    expect(c.body.assessment.displacementChecked).toBe(true);
    expect(c.body.evaluation.response).toEqual({ before: 24, after: 7 });
    expect(c.outcome).toBe('reduce_by_percent');
  });

  it('takes the evaluation’s notes before the assessment’s, and the assessment’s when the evaluation has none', () => {
    const withEval = draftCopy(
      personalProblem(),
      [],
      evaluation({ lessonsLearned: 'From the evaluation' }),
      's',
    );
    expect(withEval.copy.body.assessment.lessonsLearned).toBe('From the evaluation');
    const without = draftCopy(personalProblem(), [], undefined, 's').copy;
    expect(without.body.assessment.processEvaluation).toBe(
      'Gate lock fitted in week two; shed alarms lent to 30 plots.',
    );
    expect(without.body.assessment.displacementChecked).toBe(false);
    expect(without.body.evaluation).toEqual({});
  });
});
