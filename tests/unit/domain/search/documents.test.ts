import { describe, expect, it } from 'vitest';
import { SearchIndex } from '#domain/search/engine';
import {
  documentIndexOptions,
  problemDocument,
  publishedDocument,
  type SearchCard,
} from '#domain/search/documents';
import { readPublishedBody } from '#domain/search/published-body';
import { NOT_ASSESSED } from '#domain/search/facets';
import { action, problem, published } from './fixtures';

function indexOf(...docs: ReturnType<typeof problemDocument>[]): SearchIndex<SearchCard> {
  const ix = new SearchIndex<SearchCard>(documentIndexOptions);
  for (const d of docs) ix.put(d);
  return ix;
}

describe('problem documents', () => {
  const p = problem({
    title: 'Rear alley burglaries',
    problemType: 'burglary_residential',
    locationText: 'Elm Street back lanes',
    status: 'closed',
    openedAt: '2024-06-01',
    analysis: { hypotheses: ['Offenders use the unlit alley as an escape route'] },
    assessment: { outcome: 'reduce_by_percent', lessonsLearned: 'Residents kept the gates locked' },
    governance: { persons: [{ id: 'NICHE-123', category: 'suspect', role: 'Zebedee lookout' }] },
  });
  const doc = problemDocument({
    problem: p,
    actions: [
      action(p.id, { description: 'Fitted lockable gates', techniques: ['control_access'] }),
      action(p.id, { description: 'Extra lamp posts', techniques: ['assist_natural_surveillance'] }),
      action(p.id, { description: 'Withdrawn idea', techniques: ['enforcement'], deleted: true }),
    ],
  });

  it('finds a problem by technique name, action wording, hypothesis and lesson', () => {
    const ix = indexOf(doc);
    for (const q of ['natural surveillance ', 'control access ', 'lamp ', 'escape route ', 'gates locked '])
      expect(ix.search({ text: q }).total, q).toBe(1);
  });

  it('never indexes the people named in Governance or a deleted action', () => {
    const ix = indexOf(doc);
    expect(ix.search({ text: 'zebedee ' }).total).toBe(0);
    expect(ix.search({ text: 'niche ' }).total).toBe(0);
    expect(ix.search({ text: 'withdrawn ' }).total).toBe(0);
  });

  it('carries the facets and what was tried and how it turned out', () => {
    expect(doc.facets).toMatchObject({
      type: ['burglary_residential'],
      technique: ['control_access', 'assist_natural_surveillance'],
      outcome: ['reduce_by_percent'],
      status: ['closed'],
      team: ['north'],
      year: ['2024'],
    });
    expect(doc.payload).toMatchObject({ href: `/problems/${p.id}`, outcome: 'reduce_by_percent' });
  });
});

describe('published copies', () => {
  const copy = published({
    title: 'Cutting shed burglaries on allotments',
    problemType: 'burglary_business',
    summary: 'Allotment sheds were broken into every weekend.',
    body: {
      locationText: 'Riverside allotments',
      analysis: { whenWhere: 'Saturday nights, the far end by the river' },
      actions: [
        { description: 'Shed alarms lent to plot holders', techniques: ['target_harden', 'bogus_code'] },
      ],
      assessment: { outcome: 'eliminate', lessonsLearned: 'Alarm loans cost little' },
      governance: { persons: [{ id: 'X-1', category: 'victim', role: 'Plot holder Quentin' }] },
      persons: [{ role: 'Quentin again' }],
      createdBy: 'pc123',
      teamId: 'north',
    },
  });
  const doc = publishedDocument(copy);

  it('reads the body defensively: text, techniques and outcome wherever they are', () => {
    expect(doc.facets.technique).toEqual(['target_harden']);
    expect(doc.facets.outcome).toEqual(['eliminate']);
    expect(doc.payload.href).toBe(`/good-practice/${copy.id}`);
    const ix = indexOf(doc);
    for (const q of ['allotment ', 'shed alarms ', 'target harden ', 'river ', 'cost little '])
      expect(ix.search({ text: q }).total, q).toBe(1);
    for (const q of ['quentin ', 'pc123 ', 'north ']) expect(ix.search({ text: q }).total, q).toBe(0);
  });

  it('copes with a body of an unexpected shape', () => {
    expect(readPublishedBody(null)).toEqual({ text: '', response: '', techniques: [] });
    expect(readPublishedBody({ a: [1, true, { b: 'words here' }] }).text).toBe('words here');
    expect(publishedDocument(published({ body: { outcome: 'not_a_code' } })).facets.outcome).toEqual([
      NOT_ASSESSED,
    ]);
  });
});
