// The route cases the access-table walk (authorization.test.ts) checks every non-sync route
// against: which grant of src/domain/access.ts each route answers to, and the URL and body it is
// called with. A route the app registers without a case here fails that test.
import type { AccessAction, Resource } from '#domain/access';
import type { CollectionName } from '#domain/collections';
import { uuidv7 } from '#domain/ids';

/** A record written straight into the store for the walk. */
export interface Seeded {
  collection: CollectionName;
  id: string;
  team: string | null;
  createdBy: string;
}

export interface Fixture {
  northProblem: Seeded;
  southProblem: Seeded;
  ids: Record<string, string>;
}

export type RouteCase =
  | { kind: 'public' }
  | { kind: 'signed-in'; url?: (f: Fixture) => string; payload?: unknown }
  | { kind: 'sync' }
  | {
      kind: 'grant';
      resource: Resource;
      action: AccessAction;
      url: (f: Fixture) => string;
      payload?: (f: Fixture) => unknown;
      /**
       * The case names no stored object (an attachment needs bytes and a record that refers to
       * them), so a granted role may also be told 403/404 by the record check; refused roles
       * must still get 403 from the table before any lookup.
       */
      nothingThere?: boolean;
      /** A by-id URL naming another team's record: refused (403 or 404) to team-scoped roles. */
      otherTeam?: (f: Fixture) => string;
    };

const SHA = 'a'.repeat(64);

/** Every non-sync route must be listed here with the table entry it is checked against. */
export const routeCases: Record<string, RouteCase> = {
  'GET /api/health': { kind: 'public' },
  'GET /api/health/live': { kind: 'public' },
  // What the sign-in screen offers (OpenID provider, passwords): asked before anyone signs in.
  'GET /api/session/options': { kind: 'public' },
  'POST /api/session': { kind: 'public' },
  'GET /api/client-config': { kind: 'signed-in' },
  'GET /api/me': { kind: 'signed-in' },
  'GET /api/roster': { kind: 'signed-in' },
  'GET /api/map/areas': { kind: 'signed-in' },
  // Opening a record is logged by whoever opens it; what they may open is the feed's business.
  'POST /api/audit/consultations': { kind: 'signed-in', payload: { deviceId: uuidv7(), events: [] } },
  // Signing out is checked last for each role (it ends the session the other cases use).
  'DELETE /api/session': { kind: 'signed-in' },
  'DELETE /api/sessions': { kind: 'signed-in' },
  'POST /api/sync/push': { kind: 'sync' },
  'GET /api/sync/pull': { kind: 'sync' },
  'GET /api/problems/:id/history': {
    kind: 'grant',
    resource: 'problems',
    action: 'read',
    url: (f) => `/api/problems/${f.northProblem.id}/history`,
    otherTeam: (f) => `/api/problems/${f.southProblem.id}/history`,
  },
  'GET /api/retention': { kind: 'grant', resource: 'retention', action: 'read', url: () => '/api/retention' },
  'POST /api/retention/:problemId/decision': {
    kind: 'grant',
    resource: 'retention',
    action: 'update',
    url: (f) => `/api/retention/${f.northProblem.id}/decision`,
    payload: () => ({
      decision: 'retain',
      reason: 'Still of use to the team.',
      nextReviewDate: '2030-01-01',
    }),
    otherTeam: (f) => `/api/retention/${f.southProblem.id}/decision`,
  },
  'PUT /api/attachments/:sha256': {
    kind: 'grant',
    resource: 'attachments',
    action: 'create',
    url: () => `/api/attachments/${SHA}`,
  },
  'GET /api/attachments/:sha256': {
    kind: 'grant',
    resource: 'attachments',
    action: 'read',
    url: () => `/api/attachments/${SHA}`,
    nothingThere: true,
  },
  'GET /api/audit': { kind: 'grant', resource: 'audit', action: 'read', url: () => '/api/audit' },
  'GET /api/audit.csv': { kind: 'grant', resource: 'audit', action: 'read', url: () => '/api/audit.csv' },
  'GET /api/exports/problems.csv': {
    kind: 'grant',
    resource: 'exports',
    action: 'read',
    url: () => '/api/exports/problems.csv',
  },
  'POST /api/good-practice/:id/print': {
    kind: 'grant',
    resource: 'published',
    action: 'read',
    url: (f) => `/api/good-practice/${f.ids.published ?? ''}/print`,
  },
  'GET /api/admin/users': {
    kind: 'grant',
    resource: 'organisation',
    action: 'read',
    url: () => '/api/admin/users',
  },
  'POST /api/admin/users': {
    kind: 'grant',
    resource: 'organisation',
    action: 'create',
    url: () => '/api/admin/users',
    payload: () => ({
      username: `u${uuidv7().slice(-8)}`,
      displayName: 'New',
      role: 'officer',
      teamIds: ['north'],
      password: 'long enough password',
    }),
  },
  'PATCH /api/admin/users/:id': {
    kind: 'grant',
    resource: 'organisation',
    action: 'update',
    url: (f) => `/api/admin/users/${f.ids.north2 ?? ''}`,
    payload: () => ({ displayName: 'North Two' }),
  },
  'POST /api/admin/users/:id/password': {
    kind: 'grant',
    resource: 'organisation',
    action: 'update',
    url: (f) => `/api/admin/users/${f.ids.spare ?? ''}/password`,
    payload: () => ({ password: 'another long password' }),
  },
  'GET /api/admin/teams': {
    kind: 'grant',
    resource: 'organisation',
    action: 'read',
    url: () => '/api/admin/teams',
  },
  'POST /api/admin/teams': {
    kind: 'grant',
    resource: 'organisation',
    action: 'create',
    url: () => '/api/admin/teams',
    payload: () => ({ id: `t${uuidv7().slice(-8)}`, name: 'New team' }),
  },
  'PATCH /api/admin/teams/:id': {
    kind: 'grant',
    resource: 'organisation',
    action: 'update',
    url: () => '/api/admin/teams/north',
    payload: () => ({ name: 'North Team' }),
  },
  'GET /api/admin/areas': {
    kind: 'grant',
    resource: 'organisation',
    action: 'read',
    url: () => '/api/admin/areas',
  },
  'POST /api/admin/areas': {
    kind: 'grant',
    resource: 'organisation',
    action: 'create',
    url: () => '/api/admin/areas',
    payload: () => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'd1', properties: { name: 'D1', kind: 'district' }, geometry: null }],
    }),
  },
};
