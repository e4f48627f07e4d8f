// Reading back a signed-in profile (`Me`) that this device stored itself: the remembered sign-in
// and each user database's copy. This check is written out by hand, without zod, because the
// app's first screen needs it before it can show anything (opening a remembered officer's
// workspace offline) and zod would be a sixth of that screen's download, which has a budget
// (scripts/report-bundle.ts). `meSchema` (session.ts) stays the contract for what the API sends;
// tests/unit/domain/session-profile.test.ts checks that the two agree.
import type { Me } from './session';
import { roles } from './vocabularies';

const roleCodes: ReadonlySet<string> = new Set(roles.map((r) => r.code));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTeam(value: unknown): value is { id: string; name: string } {
  return isRecord(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string';
}

/** The profile as `Me` (unknown keys dropped, as meSchema drops them), or null if it is not one. */
export function readStoredMe(value: unknown): Me | null {
  if (!isRecord(value)) return null;
  const { id, username, displayName, role, teams } = value;
  if (typeof id !== 'string' || typeof username !== 'string' || typeof displayName !== 'string') return null;
  if (typeof role !== 'string' || !roleCodes.has(role)) return null;
  if (!Array.isArray(teams) || !teams.every(isTeam)) return null;
  return {
    id,
    username,
    displayName,
    role: role as Me['role'],
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
  };
}
