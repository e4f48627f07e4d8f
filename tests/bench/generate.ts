// A seeded, realistic set of problems for the search benchmark: titles, descriptions, places,
// analysis, actions tagged with techniques and assessed outcomes, in the proportions a force of a
// few years' use would hold. The same seed always gives the same records.
import type { Action } from '#domain/osara/actions';
import type { Problem } from '#domain/records';
import { responseTagCodes } from '#domain/osara/techniques';
import { assessmentOutcomes } from '#domain/osara/vocabularies';
import { problemStatuses, problemTypes } from '#domain/vocabularies';

/** mulberry32: small, fast and good enough to vary generated text. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const STREETS = [
  'Elm Street',
  'Station Road',
  'High Street',
  'Church Lane',
  'Victoria Park',
  'Mill Lane',
  'Hawthorn Park',
  'Queens Road',
  'Market Square',
  'Canal Towpath',
  'Riverside Walk',
  'Albert Terrace',
  'Kingsway',
  'Brook Close',
  'Orchard Way',
  'Sandy Lane',
  'Bus Station',
  'Retail Park',
  'Leisure Centre',
  'Hospital Road',
];
export const AREAS = [
  'Northfield',
  'Southgate',
  'Eastbrook',
  'Westmoor',
  'Old Town',
  'Harbourside',
  'Greenhill',
];

const PROBLEM_WORDS: Record<string, string[]> = {
  asb_youth: ['youths gathering', 'groups of teenagers', 'noise late at night', 'stones thrown at buses'],
  asb_neighbour: ['loud music', 'neighbour dispute over parking', 'shouting across the fence'],
  burglary_residential: [
    'burglaries through rear doors',
    'houses entered via the alley',
    'sheds broken into',
  ],
  burglary_business: ['shop break-ins overnight', 'garages forced', 'allotment sheds burgled'],
  vehicle_crime: ['thefts from cars', 'catalytic converters stolen', 'vans broken into'],
  drug_supply: ['dealing from a flat', 'cars stopping briefly', 'needles found in the stairwell'],
  drug_use: ['drug use in the underpass', 'cannabis smoked in the park'],
  criminal_damage: ['graffiti on the underpass', 'bus shelters smashed', 'windows broken'],
  street_drinking: ['street drinking by the benches', 'cans and bottles left', 'drinkers harassing shoppers'],
  begging: ['begging at the cash machines', 'aggressive begging near the station'],
  shoplifting: ['shoplifting from the supermarket', 'organised thefts of razor blades'],
  theft_other: ['bikes stolen from the racks', 'phones snatched', 'purses taken in the market'],
  violence_public: ['fights outside the takeaway', 'assaults at closing time'],
  night_time_economy: ['disorder at closing time', 'queues for taxis turning violent'],
  nuisance_vehicles: ['off-road bikes on the playing fields', 'car cruising in the retail park'],
  road_safety: ['speeding past the school', 'parking on the zig-zags'],
  fly_tipping: ['fly-tipping in the back lanes', 'mattresses dumped by the river'],
  exploitation: ['cuckooing of a vulnerable tenant', 'young people running drugs'],
  hate_crime: ['racist graffiti', 'abuse shouted at shop staff'],
  other: ['repeat calls about a derelict building', 'dog fouling complaints'],
};

const ACTION_WORDS: Record<string, string> = {
  target_harden: 'Fitted stronger locks and door chains',
  control_access: 'Installed alley gates with residents keys',
  screen_exits: 'Added tag checks at the exits',
  deflect_offenders: 'Moved the bus stop away from the school gates',
  control_tools_weapons: 'Restricted the sale of spray paint',
  extend_guardianship: 'Asked residents to walk the route together',
  assist_natural_surveillance: 'Improved street lighting and cut back hedges',
  reduce_anonymity: 'Issued taxi drivers with photo identification',
  utilise_place_managers: 'Briefed the caretaker and shop managers',
  strengthen_formal_surveillance: 'Redeployed CCTV cameras and patrols',
  conceal_targets: 'Asked drivers to hide sat-navs and bags',
  remove_targets: 'Removed the cash machine overnight',
  identify_property: 'Property marking event with forensic marking kits',
  disrupt_markets: 'Checked second-hand shops for stolen goods',
  deny_benefits: 'Cleaned graffiti within a day',
  reduce_frustrations_stress: 'Extended the taxi rank and added marshals',
  avoid_disputes: 'Separated fans at the match',
  reduce_emotional_arousal: 'Calmed the queue with street pastors',
  neutralise_peer_pressure: 'Youth workers ran diversion sessions',
  discourage_imitation: 'Repaired vandalism promptly',
  set_rules: 'Public spaces protection order for alcohol',
  post_instructions: 'Put up no-parking signs',
  alert_conscience: 'Speed indicator signs near the school',
  assist_compliance: 'Provided more litter bins',
  control_drugs_alcohol: 'Licensing conditions on late sales',
  enforcement: 'Warrants executed and arrests made',
  diversion_support_referral: 'Referrals to drug support services',
  community_engagement: 'Street meeting with residents',
  environmental_visual_audit: 'Environmental visual audit with the council',
  education_awareness: 'Crime prevention leaflets door to door',
};

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

const uuid = (n: number, salt: number): string =>
  `0190a5c0-${(salt & 0xffff).toString(16).padStart(4, '0')}-7000-8000-${n.toString(16).padStart(12, '0')}`;

export interface GeneratedProblem {
  problem: Problem;
  actions: Action[];
}

export function generateProblems(count: number, seed: number): GeneratedProblem[] {
  const rand = seeded(seed);
  const out: GeneratedProblem[] = [];
  for (let i = 0; i < count; i += 1) {
    const type = pick(rand, problemTypes).code;
    const phrases = PROBLEM_WORDS[type] ?? ['a recurring problem'];
    const street = pick(rand, STREETS);
    const area = pick(rand, AREAS);
    const year = 2021 + Math.floor(rand() * 6);
    const at = `${String(year)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15T10:00:00.000Z`;
    const status = pick(rand, problemStatuses).code;
    const id = uuid(i + 1, 1);
    const phrase = pick(rand, phrases);
    const problem: Problem = {
      id,
      version: i + 1,
      createdAt: at,
      createdBy: 'pc123',
      updatedAt: at,
      updatedBy: 'pc123',
      deleted: false,
      teamId: `team-${String(Math.floor(rand() * 12))}`,
      title: `${phrase[0]?.toUpperCase() ?? ''}${phrase.slice(1)} on ${street}`,
      problemType: type,
      description:
        `Residents of ${area} report ${phrase} around ${street}. ${pick(rand, phrases)} happens mostly ` +
        `${pick(rand, ['at weekends', 'after school', 'overnight', 'on market days', 'in the evenings'])}. ` +
        `Calls have risen over the last ${String(2 + Math.floor(rand() * 10))} months.`,
      locationText: `${street}, ${area}`,
      status,
      reference: `PS-${String(year)}-${String(i + 1).padStart(6, '0')}`,
      openedAt: at.slice(0, 10),
      analysis: {
        whenWhere: `Peaks ${pick(rand, ['Friday and Saturday nights', 'weekday afternoons', 'early mornings'])}.`,
        hypotheses: [
          `Poor ${pick(rand, ['lighting', 'guardianship', 'management', 'design'])} lets it happen`,
        ],
      },
      ...(status === 'closed' || status === 'assessment'
        ? {
            assessment: {
              outcome: pick(rand, assessmentOutcomes).code,
              lessonsLearned: `Working with ${pick(rand, ['the council', 'housing', 'the school', 'licensing'])} made the difference.`,
            },
          }
        : {}),
    };
    const actions: Action[] = [];
    const actionCount = Math.floor(rand() * 4);
    for (let a = 0; a < actionCount; a += 1) {
      const technique = pick(rand, responseTagCodes);
      actions.push({
        id: uuid(i * 4 + a + 1, 2),
        version: 1,
        createdAt: at,
        createdBy: 'pc123',
        updatedAt: at,
        updatedBy: 'pc123',
        deleted: false,
        problemId: id,
        description: ACTION_WORDS[technique] ?? 'Response',
        techniques: [technique],
        lead: { kind: 'officer', userId: 'pc123' },
        status: 'done',
      });
    }
    out.push({ problem, actions });
  }
  return out;
}
