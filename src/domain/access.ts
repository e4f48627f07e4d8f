// Who may do what: one table (role × resource × action → the relationship the user must have to
// the record), written once here and enforced by the force database on every route and pull
// (server/sync/access.ts), and read by the app to decide what to offer. Anything the table
// does not grant is denied.
//
// Relationships:
// - `team`   the record's team (for a record that belongs to a problem, the problem's team) is
//            one of the user's teams;
// - `author` as `team`, and the user created the record (activities are their author's);
// - `any`    any record of the kind, force-wide.
import type { CollectionName } from './collections';
import type { RoleCode } from './vocabularies';

export type Relationship = 'team' | 'author' | 'any';

/** Synced collections, plus what the force database serves outside sync. */
export type Resource =
  | CollectionName
  | 'conflicts'
  | 'attachments'
  | 'audit'
  | 'organisation'
  | 'retention'
  | 'exports'
  | 'search';

// Every resource the table can name, for code (and tests) that walk the whole table. Spelled out rather than spread from collections.ts, which imports zod: the app's first screen
// reads this table (MainNav) and must stay free of zod. `Unlisted` below fails to compile if a
// collection is added without being listed here.
export const resources = [
  'problems',
  'actions',
  'reviews',
  'evaluations',
  'nominations',
  'published',
  'activities',
  'hotspots',
  'conflicts',
  'attachments',
  'audit',
  'organisation',
  'retention',
  'exports',
  'search',
] as const satisfies readonly Resource[];

type Unlisted = Exclude<Resource, (typeof resources)[number]>;
/** Does not compile while a resource is missing from `resources`. */
export const everyResourceListed: [Unlisted] extends [never] ? true : Unlisted = true;

export const accessActions = ['read', 'create', 'update', 'delete'] as const;
export type AccessAction = (typeof accessActions)[number];

type Grants = Partial<Record<AccessAction, Relationship>>;
export type AccessTable = Record<RoleCode, Partial<Record<Resource, Grants>>>;

const teamWork: Grants = { read: 'team', create: 'team', update: 'team', delete: 'team' };
const readTeam: Grants = { read: 'team' };
const readAny: Grants = { read: 'any' };
const ownActivities: Grants = { read: 'team', create: 'author', update: 'author', delete: 'author' };

export const accessTable: AccessTable = {
  officer: {
    problems: teamWork,
    actions: teamWork,
    evaluations: teamWork,
    nominations: teamWork,
    reviews: readTeam,
    conflicts: readTeam,
    activities: ownActivities,
    attachments: { read: 'team', create: 'author' },
    published: readAny,
    hotspots: readAny,
    exports: { read: 'team' },
    search: { read: 'team' },
  },
  supervisor: {
    problems: teamWork,
    actions: teamWork,
    evaluations: teamWork,
    nominations: teamWork,
    // Stage and closure reviews; the OSARA rules (canSignOff) check the kind and the team.
    reviews: { read: 'team', create: 'team' },
    conflicts: readTeam,
    activities: ownActivities,
    attachments: { read: 'team', create: 'author' },
    published: readAny,
    hotspots: readAny,
    audit: readTeam,
    retention: { read: 'team', update: 'team' },
    exports: { read: 'team' },
    search: { read: 'team' },
  },
  prevention_lead: {
    problems: readAny,
    actions: readAny,
    evaluations: readAny,
    nominations: readAny,
    // Good-practice decisions (publish or return) are reviews of kind good_practice.
    reviews: { read: 'any', create: 'any' },
    conflicts: readAny,
    activities: readAny,
    attachments: { read: 'any' },
    // Publishing (and withdrawing) a good-practice copy; the force database writes the copy, so
    // these grants are used by the good-practice routes, never by push (serverWrittenCollections).
    published: { read: 'any', create: 'any', update: 'any', delete: 'any' },
    hotspots: readAny,
    exports: { read: 'any' },
    search: { read: 'any' },
  },
  // Admins run the organisation and read the audit; they read no case record ("admins
  // manage the organisation but do not read case records").
  admin: {
    published: readAny,
    hotspots: readAny,
    organisation: { read: 'any', create: 'any', update: 'any', delete: 'any' },
    audit: readAny,
  },
};

export interface RecordRelation {
  /** The record's team (or its problem's team) is one of the user's. */
  sameTeam: boolean;
  /** The user created the record. */
  isAuthor: boolean;
}

/** The relationship the table asks for, or undefined when the action is never allowed. */
export function grantFor(role: RoleCode, resource: Resource, action: AccessAction): Relationship | undefined {
  return accessTable[role][resource]?.[action];
}

/** Whether a user of this role, so related to the record, may do this. */
export function allows(
  role: RoleCode,
  resource: Resource,
  action: AccessAction,
  relation: RecordRelation,
): boolean {
  const grant = grantFor(role, resource, action);
  switch (grant) {
    case undefined:
      return false;
    case 'any':
      return true;
    case 'team':
      return relation.sameTeam;
    case 'author':
      return relation.sameTeam && relation.isAuthor;
  }
}

/** Per collection, how far this role reads: force-wide, its teams only, or not at all. */
export function readReach(role: RoleCode, resource: Resource): 'any' | 'team' | 'none' {
  const grant = grantFor(role, resource, 'read');
  return grant === undefined ? 'none' : grant === 'any' ? 'any' : 'team';
}

/** Whether the app should offer this at all (the server still checks each record). */
export function offers(role: RoleCode, resource: Resource, action: AccessAction = 'read'): boolean {
  return grantFor(role, resource, action) !== undefined;
}
