// What global-setup.ts hands to the browser tests (through vitest's provide/inject).
import { inject } from 'vitest';

export interface E2eUser {
  username: string;
  displayName: string;
  password: string;
  role: 'officer' | 'supervisor' | 'prevention_lead' | 'admin';
  /** Null for a force-wide role (prevention lead, admin). */
  team: string | null;
}

export interface E2eEnv {
  /** Origin of the running server, e.g. http://localhost:41234 (no trailing slash). */
  baseUrl: string;
  dataDir: string;
  /** The DATA_DIR/STATIC env the server runs with, for tests that call the admin CLI. */
  serverEnv: Record<string, string>;
  /** The OpenID provider the server is configured with, and an officer who signs in only there. */
  oidc: { displayName: string; user: { username: string; displayName: string } };
  /** Where failure screenshots and the server log go (gitignored). */
  artifactsDir: string;
  users: {
    /** Officer in team north: the author in the walking skeleton. */
    officer: E2eUser;
    /** Second officer in team north. */
    teammate: E2eUser;
    /** Officer in team south: must never see north's work. */
    otherTeamOfficer: E2eUser;
    /** Supervisor of team north. */
    supervisor: E2eUser;
    /** Supervisor of team south: must not sign off north's problems. */
    otherTeamSupervisor: E2eUser;
    /** Prevention lead: reads problems force-wide, publishes good practice. */
    preventionLead: E2eUser;
    /** Administrator (the `admin` user the server creates on first start). */
    admin: E2eUser;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eEnv;
  }
}

export function e2eEnv(): E2eEnv {
  return inject('e2e');
}
