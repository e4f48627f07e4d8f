import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useApp } from '#client/app/store';

/** Screens behind sign-in. An expired session keeps the workspace: the officer can still work. */
export function RequireWorkspace({ children }: { children: ReactNode }) {
  const { workspace } = useApp();
  const location = useLocation();
  if (workspace === null) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  }
  return children;
}
