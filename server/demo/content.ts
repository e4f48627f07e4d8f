// What the demo force's problems say: realistic, synthetic, and free of real people. Each problem
// type has places, a story for each OSARA section, and the techniques a team would try.
import type { ProblemTypeCode } from '#domain/vocabularies';

export interface Story {
  type: ProblemTypeCode;
  title: string;
  description: string;
  offender: string;
  victim: string;
  place: string;
  whenWhere: string;
  hypothesis: string;
  measure: string;
  /** Response techniques and what the action was. */
  actions: { techniques: string[]; description: string }[];
  lessons: string;
}

export const streets = [
  'Albert Road',
  'Mill Lane',
  'Station Parade',
  'Church Street',
  'Victoria Park',
  'Canal Towpath',
  'Market Square',
  'Hillside Estate',
  'Kingsway Retail Park',
  'Riverside Flats',
  'Queens Avenue',
  'Brook Street alleyways',
];

export const stories: readonly Story[] = [
  {
    type: 'burglary_residential',
    title: 'Repeat burglaries of terraced houses via rear alleys',
    description: 'Residents report a run of rear-entry burglaries through unlocked yard gates at night.',
    offender: 'Local offenders on foot using the unlit rear alleys as escape routes.',
    victim: 'Older terraced houses with low rear walls and weak back doors.',
    place: 'A network of open rear alleys with no lighting and no one responsible for them.',
    whenWhere: 'Between 01:00 and 05:00, mostly at weekends, within 200 m of the station.',
    hypothesis: 'Open alleys give offenders unseen access and escape; gating them will cut entries.',
    measure: 'Recorded residential burglaries in the alley network, per month, against the baseline.',
    actions: [
      {
        techniques: ['control_access', 'target_harden'],
        description: 'Alley gates fitted with the council.',
      },
      { techniques: ['target_harden'], description: 'Free door locks and window locks for repeat victims.' },
      { techniques: ['education_awareness'], description: 'Leaflet drop on locking yard gates at night.' },
    ],
    lessons: 'Alley gating worked best where residents held the keys and closed the gates themselves.',
  },
  {
    type: 'asb_youth',
    title: 'Youth nuisance and damage around the park shelter',
    description: 'Groups gather at the shelter in the evenings; calls about noise, damage and intimidation.',
    offender: 'Young people with nowhere else to go in the evenings.',
    victim: 'Park users and neighbours whose gardens back onto the park.',
    place: 'A dark shelter out of sight of the road, with no park warden after 17:00.',
    whenWhere: 'Friday and Saturday evenings, 19:00 to 23:00, at the shelter and the skate ramp.',
    hypothesis: 'No guardianship and nothing else to do; lighting and a youth offer will move it on.',
    measure: 'Calls for service about the park per month.',
    actions: [
      { techniques: ['assist_natural_surveillance'], description: 'Lighting improved around the shelter.' },
      { techniques: ['diversion_support_referral'], description: 'Friday youth club with youth services.' },
      { techniques: ['utilise_place_managers'], description: 'Park warden hours extended to 21:00.' },
    ],
    lessons: 'Diversion worked only with the youth club in place every week, not now and then.',
  },
  {
    type: 'drug_supply',
    title: 'Drug dealing from a flat and the stairwell below',
    description: 'Residents report visitors at all hours and dealing on the stairwell of a block of flats.',
    offender: 'A county line using a vulnerable tenant’s flat.',
    victim: 'The tenant, who is being exploited, and other residents of the block.',
    place: 'A block with a broken door entry system and no concierge.',
    whenWhere: 'Afternoons and late evenings, the stairwell of block C.',
    hypothesis: 'Open access to the block and a cuckooed tenant let dealing run unchecked.',
    measure: 'Drug-related calls about the block, and visits to the flat observed.',
    actions: [
      { techniques: ['control_access'], description: 'Door entry system repaired by the housing provider.' },
      { techniques: ['enforcement'], description: 'Warrant executed and closure order obtained.' },
      {
        techniques: ['diversion_support_referral'],
        description: 'Tenant referred for safeguarding support.',
      },
    ],
    lessons: 'Safeguarding the tenant early stopped the line moving into the next flat.',
  },
  {
    type: 'vehicle_crime',
    title: 'Thefts from vans parked overnight in a side street',
    description: 'Tradespeople report tools stolen from vans parked overnight.',
    offender: 'Offenders who target vans with tools left inside.',
    victim: 'Van owners who leave tools in their vehicles overnight.',
    place: 'A poorly lit side street next to the retail park with no CCTV coverage.',
    whenWhere: 'Overnight, midweek, within a few streets of the retail park.',
    hypothesis: 'Tools left visible and poor lighting make vans easy targets.',
    measure: 'Recorded thefts from vehicles in the side streets per month.',
    actions: [
      { techniques: ['remove_targets'], description: 'Campaign to take tools out of vans overnight.' },
      {
        techniques: ['strengthen_formal_surveillance'],
        description: 'CCTV camera redeployed to the street.',
      },
      { techniques: ['identify_property'], description: 'Tool marking events with the business forum.' },
    ],
    lessons: 'Tool marking gave evidence, but removing the tools did most to stop thefts.',
  },
  {
    type: 'street_drinking',
    title: 'Street drinking on the benches by the shops',
    description: 'Shop staff and shoppers report street drinking, litter and abuse near the benches.',
    offender: 'A small group of dependent drinkers, some homeless.',
    victim: 'Shop staff and shoppers using the parade.',
    place: 'Benches outside the off-licence, away from the shop managers’ view.',
    whenWhere: 'Daytime, all week, on the parade outside the off-licence.',
    hypothesis: 'Cheap strong alcohol nearby and sheltered seating keep the group on the parade.',
    measure: 'Calls about the parade and incidents logged by the shops.',
    actions: [
      {
        techniques: ['control_drugs_alcohol'],
        description: 'Off-licence agreed to stop selling high-strength cans.',
      },
      {
        techniques: ['diversion_support_referral'],
        description: 'Outreach workers offered support and housing.',
      },
      { techniques: ['set_rules'], description: 'Public space protection order signs on the parade.' },
    ],
    lessons: 'Outreach made the biggest difference; the order alone moved drinking to the next street.',
  },
  {
    type: 'criminal_damage',
    title: 'Graffiti and damage to the underpass',
    description: 'Repeated graffiti and broken lights in the underpass make people avoid it.',
    offender: 'Taggers and young people using the underpass as a meeting place.',
    victim: 'Pedestrians, and the council who repair it.',
    place: 'An underpass with no natural surveillance and slow repairs.',
    whenWhere: 'Evenings, the underpass under the ring road.',
    hypothesis: 'Slow repair signals nobody cares and invites more damage.',
    measure: 'Reports of damage to the underpass per month.',
    actions: [
      {
        techniques: ['deny_benefits'],
        description: 'Graffiti removed within 24 hours under a council agreement.',
      },
      {
        techniques: ['discourage_imitation'],
        description: 'Lights repaired and anti-graffiti coating applied.',
      },
      { techniques: ['community_engagement'], description: 'Mural painted with the local school.' },
    ],
    lessons: 'Rapid removal took away the reward of being seen; the mural has stayed untouched.',
  },
];
