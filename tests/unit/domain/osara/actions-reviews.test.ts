import { describe, expect, it } from 'vitest';
import {
  actionFieldsSchema,
  actionSchema,
  osaraCollections,
  reviewFieldsSchema,
  reviewSchema,
} from '#domain/osara/index';
import { messagesOf, PROBLEM_ID } from './fixtures';

const envelope = {
  id: '0190a5c0-0000-7000-8000-0000000000aa',
  version: 3,
  createdAt: '2040-01-01T00:00:00.000Z',
  createdBy: 'pc-north',
  updatedAt: '2040-01-01T00:00:00.000Z',
  updatedBy: 'pc-north',
  deleted: false,
};

const anAction = {
  problemId: PROBLEM_ID,
  description: 'Ask the council to fix the underpass lights',
  techniques: ['assist_natural_surveillance'],
  lead: { kind: 'partner', agencyType: 'local_authority', name: 'Northtown Council' },
  dueDate: '2040-02-01',
  status: 'planned',
};

describe('actionFieldsSchema', () => {
  it('accepts an action led by a partner or by an officer', () => {
    expect(actionFieldsSchema.safeParse(anAction).success).toBe(true);
    const officerLed = { ...anAction, lead: { kind: 'officer', userId: 'pc-north' } };
    expect(actionFieldsSchema.safeParse(officerLed).success).toBe(true);
  });

  it('needs at least one technique or non-situational tag', () => {
    expect(messagesOf(actionFieldsSchema.safeParse({ ...anAction, techniques: [] }))).toEqual({
      techniques: 'Choose at least one technique or type of response',
    });
    expect(actionFieldsSchema.safeParse({ ...anAction, techniques: ['enforcement'] }).success).toBe(true);
  });

  it('refuses unknown and repeated techniques', () => {
    expect(messagesOf(actionFieldsSchema.safeParse({ ...anAction, techniques: ['ask_nicely'] }))).toEqual({
      'techniques.0': 'Choose a technique from the list',
    });
    const twice = { ...anAction, techniques: ['target_harden', 'target_harden'] };
    expect(messagesOf(actionFieldsSchema.safeParse(twice))).toEqual({
      techniques: 'Choose each technique once',
    });
  });

  it('explains a missing or half-filled lead', () => {
    const leaderless: Partial<typeof anAction> = { ...anAction };
    delete leaderless.lead;
    expect(messagesOf(actionFieldsSchema.safeParse(leaderless))).toEqual({
      lead: 'Choose whether an officer or a partner agency leads this action',
    });
    expect(messagesOf(actionFieldsSchema.safeParse({ ...anAction, lead: { kind: 'volunteer' } }))).toEqual({
      'lead.kind': 'Choose whether an officer or a partner agency leads this action',
    });
    const noName = { ...anAction, lead: { kind: 'partner', agencyType: 'health', name: '' } };
    expect(messagesOf(actionFieldsSchema.safeParse(noName))).toEqual({
      'lead.name': 'Enter the name of the partner agency',
    });
  });

  it('needs a description and a known status', () => {
    expect(
      messagesOf(actionFieldsSchema.safeParse({ ...anAction, description: ' ', status: 'maybe' })),
    ).toEqual({
      description: 'Describe the action',
      status: 'Choose a status',
    });
  });

  it('is a synced record with the common envelope', () => {
    expect(actionSchema.safeParse({ ...envelope, ...anAction }).success).toBe(true);
    expect(osaraCollections.actions.record).toBe(actionSchema);
  });
});

const signOff = {
  problemId: PROBLEM_ID,
  kind: 'closure',
  decision: 'sign_off_closure',
  reviewer: 'sgt-north',
  reviewedAt: '2040-03-02T09:00:00.000Z',
};

describe('reviewFieldsSchema', () => {
  it('accepts a closure sign-off and a stage approval naming its stage', () => {
    expect(reviewFieldsSchema.safeParse(signOff).success).toBe(true);
    const stage = { ...signOff, kind: 'stage', decision: 'approve_stage', stage: 'analysis' };
    expect(reviewFieldsSchema.safeParse(stage).success).toBe(true);
  });

  it('refuses a decision that does not fit the kind of review', () => {
    const wrong = { ...signOff, kind: 'stage', stage: 'assessment' };
    expect(messagesOf(reviewFieldsSchema.safeParse(wrong))).toEqual({
      decision: 'That decision does not fit this kind of review',
    });
    expect(reviewFieldsSchema.safeParse({ ...signOff, decision: 'approve_stage' }).success).toBe(false);
  });

  it('needs the stage for a stage review', () => {
    const noStage = { ...signOff, kind: 'stage', decision: 'approve_stage' };
    expect(messagesOf(reviewFieldsSchema.safeParse(noStage))).toEqual({ stage: 'Choose the stage reviewed' });
  });

  it('needs comments when the supervisor sends work back', () => {
    const back = { ...signOff, decision: 'return_to_team' };
    expect(messagesOf(reviewFieldsSchema.safeParse(back))).toEqual({
      comments: 'Say what the team needs to change',
    });
    expect(reviewFieldsSchema.safeParse({ ...back, comments: 'Add the displacement check' }).success).toBe(
      true,
    );
  });

  it('holds the whole record to the same rules', () => {
    expect(reviewSchema.safeParse({ ...envelope, ...signOff }).success).toBe(true);
    expect(reviewSchema.safeParse({ ...envelope, ...signOff, decision: 'return_to_team' }).success).toBe(
      false,
    );
    expect(osaraCollections.reviews.fields).toBe(reviewFieldsSchema);
  });
});
