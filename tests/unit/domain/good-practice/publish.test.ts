import { describe, expect, it } from 'vitest';
import { publishedBodySchema, publishedFieldsSchema } from '#domain/good-practice/published';
import { REDACTED, redact, toPublishedCopy } from '#domain/good-practice/publish';
import { actions, evaluation, personalProblem } from './fixtures';

const copy = () =>
  toPublishedCopy(personalProblem(), actions(), evaluation(), 'Locks and alarms: Mrs Harlow was pleased.');
const everything = () => JSON.stringify(copy());

describe('toPublishedCopy: the good-practice copy holds nothing personal', () => {
  it('is a valid published record with every section', () => {
    const c = copy();
    expect(publishedFieldsSchema.safeParse(c).success).toBe(true);
    expect(publishedBodySchema.safeParse(c.body).success).toBe(true);
  });

  it('holds no categorised person, person reference or role', () => {
    const text = everything();
    for (const word of [
      'VX-9931',
      'WX-12',
      'SX-77',
      'OX-5',
      'persons',
      'governance',
      'society chair',
      'site warden',
    ])
      expect(text).not.toContain(word);
    expect(text).not.toContain('2032-06-30'); // the retention date
  });

  it('holds no user id, incident reference, location text, partner name or evidence note', () => {
    const text = everything();
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
    expect(text).not.toMatch(/ownerId|supervisorId|userId|incidentRefs|locationText|evidenceNotes|statedAt/);
  });

  it('removes titled names, phone numbers, e-mail addresses, postcodes and registrations from free text', () => {
    const text = everything();
    for (const word of [
      'Harlow',
      'Quentin',
      'Crane',
      'Dennis',
      '07700 900123',
      '01632 960001',
      'harlow@example.org',
      'RV1 2AB',
      'AB12 CDE',
    ])
      expect(text).not.toContain(word);
    expect(text).toContain(REDACTED);
  });

  it('leaves out CHEERS notes but keeps the answers', () => {
    const c = copy();
    expect(c.body.scanning.cheers).toEqual({ community: true });
  });

  it('keeps the SARA content: objective, scanning, analysis, live actions, assessment and counts', () => {
    const c = copy();
    expect(c.title).toBe(`Shed break-ins reported by ${REDACTED}`);
    expect(c.reference).toBe('PS-2026-000042');
    expect(c.body.objective).toEqual({
      impact: 'reduce_by_percent',
      targetPercent: 50,
      successMeasure: 'Shed burglaries per month',
    });
    expect(c.body.scanning.baselineDays).toBe(184);
    expect(c.body.analysis.place?.description).toBe('Dark far end of the site, gate left open');
    expect(c.body.actions.map((a) => a.lead)).toEqual(['local_authority', 'officer']);
    expect(c.techniques).toEqual(['control_access', 'target_harden', 'extend_guardianship']);
    expect(c.body.actions[1]?.description).toBe(`Shed alarms lent to plot holders; ${REDACTED} fitted them`);
    expect(c.body.assessment.lessonsLearned).toBe('Lending alarms cost little and plot holders liked it.');
    expect(c.body.assessment.closedAt).toBe('2026-06-30');
    expect(c.body.assessment.displacementChecked).toBe(true);
    expect(c.body.evaluation.response).toEqual({ before: 24, after: 7 });
    expect(c.outcome).toBe('reduce_by_percent');
  });

  it('takes the evaluation’s notes before the assessment’s, and the assessment’s when the evaluation has none', () => {
    const withEval = toPublishedCopy(
      personalProblem(),
      [],
      evaluation({ lessonsLearned: 'From the evaluation' }),
      's',
    );
    expect(withEval.body.assessment.lessonsLearned).toBe('From the evaluation');
    const without = toPublishedCopy(personalProblem(), [], undefined, 's');
    expect(without.body.assessment.processEvaluation).toBe(
      'Gate lock fitted in week two; shed alarms lent to 30 plots.',
    );
    expect(without.body.assessment.displacementChecked).toBe(false);
    expect(without.body.evaluation).toEqual({});
  });
});

describe('redact', () => {
  it('removes known identifiers whatever their case, longest first', () => {
    expect(redact('Seen by vx-9931 and VX-99310', ['VX-9931', 'VX-99310'])).toBe(
      `Seen by ${REDACTED} and ${REDACTED}`,
    );
  });

  it('leaves ordinary text, numbers and short identifiers alone', () => {
    expect(redact('30 plots, 2 gates, 1 warden in 2026', ['ab'])).toBe('30 plots, 2 gates, 1 warden in 2026');
  });
});
