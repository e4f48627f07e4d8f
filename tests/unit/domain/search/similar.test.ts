import { describe, expect, it } from 'vitest';
import { SearchIndex } from '#domain/search/engine';
import {
  documentIndexOptions,
  problemDocument,
  publishedDocument,
  type SearchCard,
} from '#domain/search/documents';
import { similarProblems } from '#domain/search/similar';
import { action, problem, published } from './fixtures';

function build(): { ix: SearchIndex<SearchCard>; current: ReturnType<typeof problem> } {
  const ix = new SearchIndex<SearchCard>(documentIndexOptions);
  const current = problem({
    title: 'Youths on bikes',
    problemType: 'nuisance_vehicles',
    locationText: 'Hawthorn Park',
    description: 'Off-road bikes ridden across the playing fields at night',
  });
  const sameTypePublished = published({
    title: 'Off-road bikes in the country park',
    problemType: 'nuisance_vehicles',
    summary: 'Riders used the bridleway to reach the fields.',
    body: { actions: [{ description: 'Barriers at the bridleway', techniques: ['control_access'] }] },
  });
  const samePlace = problem({
    title: 'Litter',
    problemType: 'fly_tipping',
    locationText: 'Hawthorn Park gates',
  });
  const sharedWords = problem({
    title: 'Noise at night',
    problemType: 'asb_youth',
    description: 'Youths gathering on the playing fields at night with bikes',
  });
  const unrelated = problem({
    title: 'Shoplifting',
    problemType: 'shoplifting',
    description: 'Town centre store',
  });
  for (const p of [current, samePlace, sharedWords, unrelated])
    ix.put(problemDocument({ problem: p, actions: [action(p.id)] }));
  ix.put(publishedDocument(sameTypePublished));
  return { ix, current };
}

describe('similarProblems', () => {
  it('suggests same type, same place and shared words, never the problem itself or unrelated work', () => {
    const { ix, current } = build();
    const found = similarProblems(ix, {
      problemId: current.id,
      problemType: current.problemType,
      locationText: current.locationText,
      text: `${current.title} ${current.description}`,
    });
    const titles = found.map((s) => s.card.title);
    expect(titles).toContain('Off-road bikes in the country park');
    expect(titles).toContain('Litter');
    expect(titles).toContain('Noise at night');
    expect(titles).not.toContain('Youths on bikes');
    expect(titles).not.toContain('Shoplifting');
    const [first] = found;
    expect(first?.card.kind).toBe('published');
    expect(first?.sameType).toBe(true);
    expect(first?.card.techniques).toEqual(['control_access']);
    expect(found.find((s) => s.card.title === 'Litter')?.placeWords).toEqual(['hawthorn', 'park']);
    expect(found.find((s) => s.card.title === 'Noise at night')?.sharedWords).toEqual(
      expect.arrayContaining(['youths', 'bikes', 'fields']),
    );
  });

  it('suggests nothing for an empty form', () => {
    const { ix } = build();
    expect(similarProblems(ix, {})).toEqual([]);
  });

  it('updates as the officer types: a type alone finds the same type', () => {
    const { ix } = build();
    const found = similarProblems(ix, { problemType: 'shoplifting' });
    expect(found.map((s) => s.card.title)).toEqual(['Shoplifting']);
  });
});

describe('similarProblems: what is never a reason', () => {
  const current = problem({
    title: 'Bikes on the rec',
    problemType: 'nuisance_vehicles',
    locationText: 'Southgate recreation ground',
    description: 'Off-road bikes ridden across the playing fields at night',
  });
  const input = {
    problemId: current.id,
    title: current.title,
    problemType: current.problemType,
    locationText: current.locationText,
    text: `${current.title} ${current.description}`,
  };
  const indexOf = (...docs: ReturnType<typeof problemDocument>[]): SearchIndex<SearchCard> => {
    const ix = new SearchIndex<SearchCard>(documentIndexOptions);
    for (const d of [problemDocument({ problem: current }), ...docs]) ix.put(d);
    return ix;
  };

  it('never suggests the problem itself, its published copy or another record with the same title', () => {
    const ix = indexOf(
      publishedDocument(
        published({ problemId: current.id, title: 'Published bikes', problemType: 'nuisance_vehicles' }),
      ),
      problemDocument({ problem: problem({ title: 'Bikes on the Rec!', problemType: 'nuisance_vehicles' }) }),
      problemDocument({
        problem: problem({ title: 'Quad bikes on the common', problemType: 'nuisance_vehicles' }),
      }),
    );
    expect(similarProblems(ix, input).map((s) => s.card.title)).toEqual(['Quad bikes on the common']);
  });

  it('never counts a word like "off" as shared, so "off" and one more word is no match', () => {
    const ix = indexOf(
      problemDocument({
        problem: problem({
          title: 'Skips left off the road',
          problemType: 'fly_tipping',
          locationText: 'Mill Lane',
        }),
      }),
      problemDocument({
        problem: problem({
          title: 'Bikes ridden off the towpath',
          problemType: 'theft_other',
          description: 'Playing fields used as a short cut',
        }),
      }),
    );
    const found = similarProblems(ix, input);
    expect(found.map((s) => s.card.title)).toEqual(['Bikes ridden off the towpath']);
    expect(found.flatMap((s) => s.sharedWords)).not.toContain('off');
  });

  it('never counts a word that more than half the problems share', () => {
    const everywhere = Array.from({ length: 10 }, (_, i) =>
      problemDocument({
        problem: problem({
          title: `Case ${String(i)}`,
          problemType: 'begging',
          description: 'Residents report it at night',
        }),
      }),
    );
    const ix = indexOf(...everywhere);
    expect(similarProblems(ix, { ...input, text: 'Residents report bikes at night' })).toEqual([]);
  });
});
