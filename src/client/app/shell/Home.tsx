import { Navigate } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { ProblemList } from '#client/problems/ui/ProblemList';
import { navFor } from './destinations';

/** The first screen after signing in: the team's problems, or the role's own home (destinations.ts). */
export function Home() {
  const { me } = useWorkspace();
  const { home } = navFor(me.role);
  if (home !== '/') return <Navigate to={home} replace />;
  return <ProblemList />;
}
