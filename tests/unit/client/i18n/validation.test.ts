// The domain's validation messages reach the officer in their language: every code (and every
// field or item a message names) has English and Welsh words, the English catalogue says what the
// domain says, and the record and request schemas word their checks through codes, so no English
// sentence from a schema is left for a Welsh officer to read.
import { describe, expect, it } from 'vitest';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';
import { translate, type TFunction } from '#client/i18n/translate';
import { issueText } from '#client/i18n/validation';
import { collections } from '#domain/records';
import { createTeamRequestSchema, createUserRequestSchema } from '#domain/organisation';
import { auditQuerySchema } from '#domain/audit';
import { retentionDecisionSchema } from '#domain/retention';
import {
  fieldNames,
  issueOf,
  itemNames,
  say,
  validationCodes,
  type ValidationParams,
} from '#domain/validation';

const words: { en: TFunction; cy: TFunction } = {
  en: (key, options) => translate(en, 'en', key, options),
  cy: (key, options) => translate(cy, 'cy', key, options),
};

// Fields the app fills in itself (never an officer): a missing one is a bug, not a message to word.
const setByTheApp = new Set(['problemId', 'reviewedAt', 'startedAt']);

const sample: ValidationParams = { field: 'success_measure', item: 'technique', max: 1000, min: 10 };
type Words = Record<string, string | Record<string, string> | undefined>;

describe('validation messages', () => {
  it('have English and Welsh words for every code, field and item', () => {
    const missing: string[] = [];
    for (const [lang, catalogue] of [
      ['en', en.validation],
      ['cy', cy.validation],
    ] as const) {
      const w = catalogue as unknown as Words;
      for (const code of validationCodes) if (typeof w[code] !== 'string') missing.push(`${lang} ${code}`);
      for (const name of Object.keys(fieldNames))
        if ((w['field'] as Record<string, string>)[name] === undefined) missing.push(`${lang} field.${name}`);
      for (const name of Object.keys(itemNames)) {
        for (const group of ['item', 'items'])
          if ((w[group] as Record<string, string>)[name] === undefined)
            missing.push(`${lang} ${group}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('say in English what the domain says, and in Welsh something else', () => {
    const differ: string[] = [];
    const untranslated: string[] = [];
    for (const code of validationCodes) {
      for (const params of [sample, { ...sample, field: 'title', item: 'hypothesis' } as const]) {
        const message = say(code, params);
        if (issueText(words.en, message) !== message) differ.push(`${code}: ${issueText(words.en, message)}`);
        const welsh = issueText(words.cy, message);
        if (welsh === message || /\{\{|validation\./.test(welsh)) untranslated.push(`${code}: ${welsh}`);
      }
    }
    expect(differ).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it('words a field’s limit with the field and the number in Welsh', () => {
    const message = say('text_too_long', { field: 'success_measure', max: 1000 });
    expect(message).toBe('Keep the success measure under 1000 characters');
    expect(issueText(words.cy, message)).toBe('Cadwch y mesur llwyddiant o dan 1000 nod');
    expect(issueText(words.cy, say('code_repeated', { item: 'technique' }))).toBe(
      'Technegau: dewiswch bob un unwaith yn unig',
    );
  });

  it('leave a message no code wrote as it is', () => {
    expect(issueOf('Invalid input')).toBeUndefined();
    expect(issueText(words.cy, 'Invalid input')).toBe('Invalid input');
  });

  it('are what the record and request schemas say about bad input', () => {
    const bad: [
      string,
      { safeParse: (v: unknown) => { error?: { issues: { message: string; path: PropertyKey[] }[] } } },
      unknown,
    ][] = [
      ['problems: empty', collections.problems.fields, {}],
      [
        'problems: wrong types',
        collections.problems.fields,
        {
          teamId: '',
          title: ' ',
          problemType: 'x',
          description: 'x'.repeat(20_001),
          locationText: 'x'.repeat(501),
          status: 'x',
          ownerId: '',
          partnerAgencies: ['x', 'x'],
          openedAt: '2026-13-01',
          objective: { impact: 'x', targetPercent: 101, successMeasure: 'x'.repeat(1001) },
          analysis: { dataSources: ['', 'a', 'a'], hypotheses: 3, repeatTypes: ['x'] },
        },
      ],
      ['actions: empty', collections.actions.fields, {}],
      [
        'actions: bad lead',
        collections.actions.fields,
        { lead: { kind: 'partner', agencyType: 'x', name: '' }, techniques: [] },
      ],
      ['reviews: empty', collections.reviews.fields, {}],
      ['evaluations: bad counts', collections.evaluations.fields, { response: { before: -1, after: 1.5 } }],
      ['activities: empty', collections.activities.fields, { durationMinutes: 0 }],
      ['new user', createUserRequestSchema, { username: '', displayName: '', role: 'x', password: 'short' }],
      ['new team', createTeamRequestSchema, { id: 'North!', name: '', areaId: null }],
      ['audit query', auditQuerySchema, { from: '2026-02-02', to: '2026-01-01', kind: 'x' }],
      ['retention decision', retentionDecisionSchema, { decision: 'x', reason: '' }],
    ];
    const unworded: string[] = [];
    for (const [what, schema, value] of bad) {
      const issues = schema.safeParse(value).error?.issues ?? [];
      expect(issues.length, what).toBeGreaterThan(0);
      for (const issue of issues) {
        if (setByTheApp.has(String(issue.path[0]))) continue;
        if (issueOf(issue.message) === undefined) unworded.push(`${what}: ${issue.message}`);
      }
    }
    expect(unworded).toEqual([]);
  });
});
