// What global-setup.ts hands to the browser tests (through vitest's provide/inject).
import { inject } from 'vitest';

export interface E2eUser {
  username: string;
  displayName: string;
  password: string;
  role: 'officer' | 'supervisor';
  team: string;
}

export interface E2eEnv {
  /** Origin of the running server, e.g. http://localhost:41234 (no trailing slash). */
  baseUrl: string;
  dataDir: string;
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
