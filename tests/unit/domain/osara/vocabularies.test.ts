import { describe, expect, it } from 'vitest';
import type { Term } from '#domain/vocabularies';
import {
  actionStatuses,
  assessmentOutcomes,
  cheersElements,
  closureReasons,
  controllerRatings,
  decisionsByKind,
  deliveryJudgements,
  gateReasons,
  impactScale,
  nonSituationalTags,
  osaraSections,
  partnerAgencyTypes,
  personCategories,
  problemSources,
  repeatTypes,
  responseTags,
  reviewDecisions,
  reviewKinds,
  scpTechniques,
  techniqueGroups,
  techniquesInGroup,
  triangleSides,
} from '#domain/osara/index';

const codes = (terms: readonly Term[]) => terms.map((t) => t.code);

const all: Record<string, readonly Term[]> = {
  techniqueGroups,
  scpTechniques,
  nonSituationalTags,
  responseTags,
  impactScale,
  assessmentOutcomes,
  cheersElements,
  partnerAgencyTypes,
  problemSources,
  controllerRatings,
  triangleSides,
  repeatTypes,
  personCategories,
  actionStatuses,
  deliveryJudgements,
  reviewKinds,
  reviewDecisions,
  closureReasons,
  osaraSections,
  gateReasons,
};

describe('the 25 techniques of situational crime prevention', () => {
  it('has 25 techniques numbered 1 to 25 in table order', () => {
    expect(scpTechniques).toHaveLength(25);
    expect(scpTechniques.map((t) => t.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('has five groups of five, each group holding the next five numbers', () => {
    expect(codes(techniqueGroups)).toEqual([
      'increase_effort',
      'increase_risks',
      'reduce_rewards',
      'reduce_provocations',
      'remove_excuses',
    ]);
    techniqueGroups.forEach((group, g) => {
      const numbers = techniquesInGroup(group.code).map((t) => t.number);
      expect(numbers).toEqual([1, 2, 3, 4, 5].map((n) => g * 5 + n));
    });
  });

  it('places well-known techniques where Cornish and Clarke put them', () => {
    const byNumber = new Map(scpTechniques.map((t) => [t.number, t]));
    expect(byNumber.get(1)).toMatchObject({ code: 'target_harden', group: 'increase_effort' });
    expect(byNumber.get(7)).toMatchObject({ code: 'assist_natural_surveillance', group: 'increase_risks' });
    expect(byNumber.get(14)).toMatchObject({ code: 'disrupt_markets', group: 'reduce_rewards' });
    expect(byNumber.get(19)).toMatchObject({
      code: 'neutralise_peer_pressure',
      group: 'reduce_provocations',
    });
    expect(byNumber.get(25)).toMatchObject({ code: 'control_drugs_alcohol', group: 'remove_excuses' });
  });

  it('tags a response with any technique or non-situational tag, all distinct', () => {
    expect(responseTags).toHaveLength(30);
    expect(codes(nonSituationalTags)).toEqual([
      'enforcement',
      'diversion_support_referral',
      'community_engagement',
      'environmental_visual_audit',
      'education_awareness',
    ]);
  });
});

describe('every vocabulary', () => {
  it.each(Object.entries(all))('%s has unique snake_case codes and English labels', (_name, terms) => {
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(codes(terms)).size).toBe(terms.length);
    for (const term of terms) {
      expect(term.code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(term.en.trim().length).toBeGreaterThan(0);
    }
  });

  it('holds the codes the record is built on', () => {
    expect(codes(impactScale)).toEqual([
      'eliminate',
      'reduce_by_percent',
      'reduce_harm',
      'handle_better',
      'hand_to_better_agency',
    ]);
    expect(codes(cheersElements)).toEqual([
      'community',
      'harmful',
      'expectation',
      'events',
      'recurring',
      'similarity',
    ]);
    expect(codes(controllerRatings)).toEqual(['present', 'weak', 'absent']);
    expect(codes(repeatTypes)).toEqual(['repeat_offender', 'repeat_victim', 'repeat_place']);
    expect(codes(personCategories)).toEqual(['victim', 'witness', 'suspect', 'other']);
    expect(codes(actionStatuses)).toEqual(['planned', 'in_progress', 'done', 'cancelled']);
    expect(codes(closureReasons)).toEqual([
      'objective_met',
      'partly_met',
      'not_met_no_further_action',
      'transferred_to_partner',
      'merged_with_other_problem',
      'no_longer_a_problem',
    ]);
    expect(partnerAgencyTypes).toHaveLength(12);
    expect(problemSources).toHaveLength(6);
  });

  it('asks a question for each CHEERS element', () => {
    for (const element of cheersElements) expect(element.questionEn).toMatch(/^[A-Z].*\?$/);
  });

  it('lets every review decision be made in some kind of review, and closure only by sign-off', () => {
    const used = new Set(Object.values(decisionsByKind).flat());
    expect([...used].sort()).toEqual(codes(reviewDecisions).sort());
    expect(decisionsByKind.stage).not.toContain('sign_off_closure');
    expect(codes(reviewKinds)).toEqual(['stage', 'closure', 'good_practice']);
    expect(decisionsByKind.good_practice).toEqual(['publish', 'return', 'withdraw']);
  });

  it('writes every gate reason as a full sentence', () => {
    for (const reason of gateReasons) expect(reason.en).toMatch(/^[A-Z].*\.$/);
  });
});
