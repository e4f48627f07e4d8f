// A closed problem full of people and personal details, for the good-practice tests.
import type { ActionFields } from '#domain/osara/actions';
import type { EvaluationFields } from '#domain/good-practice/evaluations';
import type { PublishableProblem } from '#domain/good-practice/publish';

export const PROBLEM_ID = '0190a5c0-0000-7000-8000-0000000000aa';

export function personalProblem(overrides: Partial<PublishableProblem> = {}): PublishableProblem {
  return {
    id: PROBLEM_ID,
    title: 'Shed break-ins reported by Mrs Quentin Harlow',
    problemType: 'burglary_business',
    reference: 'PS-2026-000042',
    description:
      'Allotment sheds broken into at weekends. Victim ref VX-9931 rang on 07700 900123 and wrote from harlow@example.org. Van AB12 CDE seen; plot at 14 Riverside Lane, RV1 2AB.',
    locationText: '14 Riverside Lane',
    ownerId: 'pc123',
    supervisorId: 'sgt100',
    partnerAgencies: ['local_authority'],
    openedAt: '2026-01-05',
    closedAt: '2026-06-30T12:00:00.000Z',
    objective: {
      impact: 'reduce_by_percent',
      targetPercent: 50,
      successMeasure: 'Shed burglaries per month',
      statedAt: '2026-01-06T09:00:00.000Z',
    },
    scanning: {
      source: 'community_meeting',
      cheers: { community: { met: true, notes: 'Raised by Mr Dennis Crane at the meeting' } },
      baselineCount: 24,
      baselinePeriod: { from: '2025-07-01', to: '2025-12-31' },
      incidentRefs: ['CR/1234/26', 'INC-55-2026'],
    },
    analysis: {
      offender: {
        description: 'Two local youths; suspect SX-77 named by witness WX-12.',
        controller: 'weak',
      },
      victim: { description: 'Plot holders who leave tools in unlocked sheds', controller: 'absent' },
      place: { description: 'Dark far end of the site, gate left open', controller: 'weak' },
      whenWhere: 'Saturday nights, far end by the river. Crime CR/1234/26 was typical.',
      dataSources: ['Crime records', 'Allotment society log'],
      hypotheses: ['Unlocked gate gives easy access'],
    },
    assessment: {
      processEvaluation: 'Gate lock fitted in week two; shed alarms lent to 30 plots.',
      deliveredAsPlanned: 'as_planned',
      outcome: 'reduce_by_percent',
      achievedPercent: 70,
      lessonsLearned: 'Lending alarms cost little and plot holders liked it.',
      closureReason: 'objective_met',
      costNotes: 'About £600 for alarms.',
      updatedAt: '2026-06-20T09:00:00.000Z',
    },
    governance: {
      retentionReviewDate: '2032-06-30',
      persons: [
        { id: 'VX-9931', category: 'victim', role: 'plot holder' },
        { id: 'WX-12', category: 'witness', role: 'site warden' },
        { id: 'SX-77', category: 'suspect', role: 'local youth' },
        { id: 'OX-5', category: 'other', role: 'society chair' },
      ],
    },
    ...overrides,
  };
}

export function actions(): (ActionFields & { deleted?: boolean })[] {
  return [
    {
      problemId: PROBLEM_ID,
      description: 'Gate lock fitted with the allotment society',
      techniques: ['control_access'],
      lead: { kind: 'partner', agencyType: 'local_authority', name: 'Jo Bloggs at Riverside Council' },
      status: 'done',
      evidenceNotes: 'Receipt signed by Mrs Harlow',
    },
    {
      problemId: PROBLEM_ID,
      description: 'Shed alarms lent to plot holders; pc123 fitted them',
      techniques: ['target_harden', 'extend_guardianship'],
      lead: { kind: 'officer', userId: 'pc123' },
      status: 'done',
    },
    {
      problemId: PROBLEM_ID,
      description: 'Cancelled CCTV idea',
      techniques: ['assist_natural_surveillance'],
      lead: { kind: 'officer', userId: 'pc124' },
      status: 'cancelled',
    },
    {
      problemId: PROBLEM_ID,
      description: 'Deleted action',
      techniques: ['deflect_offenders'],
      lead: { kind: 'officer', userId: 'pc124' },
      status: 'done',
      deleted: true,
    },
  ];
}

export function evaluation(overrides: Partial<EvaluationFields> = {}): EvaluationFields {
  return {
    problemId: PROBLEM_ID,
    beforeStart: '2025-07-01',
    beforeEnd: '2025-12-31',
    afterStart: '2026-01-01',
    afterEnd: '2026-06-30',
    response: { before: 24, after: 7 },
    buffer: { before: 10, after: 8 },
    control: { before: 20, after: 19 },
    displacementChecked: true,
    emmie: { mechanism: 'Harder targets and a locked gate; Mr Crane keeps the key.', economicCost: '£600' },
    communityFeedback: 'Plot holders (call 01632 960001) said they feel safer.',
    ...overrides,
  };
}
