// The route-level check of the domain access table: every route that is not sync (which checks
// each record) starts with requireGrant, so a role the table gives nothing for this resource and
// action is refused before any work. The caller then checks the relationship to the record
// (canReadRecord / canWriteRecord in access.ts) where the grant is `team` or `author`.
import type { FastifyRequest } from 'fastify';
import { grantFor, type AccessAction, type Relationship, type Resource } from '#domain/access';
import { ApiError } from '#server/platform/errors';
import { requireSignedIn } from './session-plugin';
import type { Actor } from '#server/sync/access';
import { toActor } from './sessions';

export interface Granted {
  actor: Actor;
  /** How far the grant reaches: force-wide, the actor's teams, or records the actor wrote. */
  reach: Relationship;
}

export function requireGrant(request: FastifyRequest, resource: Resource, action: AccessAction): Granted {
  const actor = toActor(requireSignedIn(request));
  const reach = grantFor(actor.role, resource, action);
  if (reach === undefined) throw new ApiError('forbidden', 403);
  return { actor, reach };
}

/**
 * requireGrant as a preValidation hook, for a route whose body should not even be looked at (or
 * its validation errors shown) for a role that may not use it: without it a refused role could
 * learn the body's expected shape from a 400 before getting its 403.
 */
export function grantHook(
  resource: Resource,
  action: AccessAction,
): (request: FastifyRequest) => Promise<void> {
  return (request) => {
    requireGrant(request, resource, action);
    return Promise.resolve();
  };
}
