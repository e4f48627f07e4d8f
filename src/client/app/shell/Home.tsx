import { lazy } from 'react';
import { Navigate } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { navFor } from './destinations';

/**
 * The problem list (with its triage filters, people and vocabularies) is its own chunk: the shell
 * shows first and the list follows from the precache, so a new device's sign-in screen never
 * downloads it. AppShell's Suspense says "Loading…" meanwhile.
 */
export const ProblemList = lazy(() =>
  import('#client/problems/ui/ProblemList').then((m) => ({ default: m.ProblemList })),
);

/** The first screen after signing in: the team's problems, or the role's own home (destinations.ts). */
export function Home() {
  const { me } = useWorkspace();
  const { home } = navFor(me.role);
  if (home !== '/') return <Navigate to={home} replace />;
  return <ProblemList />;
}
