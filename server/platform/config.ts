// Configuration from the environment, read once at start. Everything else receives a Config.
import path from 'node:path';
import type { DatabaseTarget } from './database/database';
import { throttlePolicyFromEnv, type ThrottlePolicy } from '#server/auth/sign-in-throttle';
import { oidcSettings, type OidcSettings } from '#server/auth/oidc/settings';

export type CookieSecure = boolean | 'auto';

export interface PasswordCost {
  /** log2 of scrypt's N. 15 (32 MiB per hash) by default; tests may lower it. */
  log2N: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  /** Built app directory; static serving is skipped when it does not exist. */
  staticDir: string;
  sessionIdleHours: number;
  sessionMaxHours: number;
  /** 'auto': Secure cookie and HSTS unless the request is to localhost or 127.0.0.1. */
  cookieSecure: CookieSecure;
  adminPassword: string | undefined;
  signInPerMinute: number;
  /** Behind a load balancer: take client IP, protocol and host from X-Forwarded-* headers. */
  trustProxy: boolean;
  passwordCost: PasswordCost;
  version: string;
  /** Map tiles (TILE_URL, a Leaflet template such as https://tiles.example/{z}/{x}/{y}.png); none by default. */
  tiles: TileServer | undefined;
  /** Largest photo the attachment endpoint accepts (ATTACHMENT_MAX_BYTES); 5 MiB by default. */
  attachmentMaxBytes: number;
  /** Years from closure until a closed problem is due for retention review (RETENTION_YEARS, default 6). */
  retentionYears: number;
  /** Sign-in slowing and locking (SIGN_IN_SLOW_AFTER, SIGN_IN_LOCK_AFTER, ...). */
  signInThrottle: ThrottlePolicy;
  /** OpenID Connect sign-in (OIDC_*); undefined when OIDC_ISSUER is not set. */
  oidc: OidcSettings | undefined;
  /**
   * LOCAL_PASSWORDS=off: Beatbook's own passwords are refused except for the usernames in
   * BREAK_GLASS_USERS, so the force's identity provider is the only way in for everyone else.
   */
  localPasswords: 'on' | 'off';
  breakGlassUsers: readonly string[];
  /** Bearer token for GET /metrics (METRICS_TOKEN); undefined turns /metrics off. */
  metricsToken: string | undefined;
  logLevel: string;
}

export interface TileServer {
  url: string;
  attribution: string;
  /** What the CSP's img-src must allow: the URL's origin, `{s}` subdomains as `*`. */
  imgSource: string;
}

/** No tile server unless TILE_URL is set; a malformed one stops the start with a plain message. */
function tileServer(env: Env): TileServer | undefined {
  const url = env.TILE_URL;
  if (url === undefined || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{s\}/g, 'a'));
  } catch {
    throw new Error(`TILE_URL must be an http(s) URL template, not "${url}"`);
  }
  if (!['https:', 'http:'].includes(parsed.protocol) || !/\{z\}/.test(url))
    throw new Error(`TILE_URL must be an http(s) URL with {z}, {x} and {y}, not "${url}"`);
  const host = url.includes('{s}') ? parsed.host.replace(/^a\./, '*.') : parsed.host;
  return { url, attribution: env.TILE_ATTRIBUTION ?? '', imgSource: `${parsed.protocol}//${host}` };
}

type Env = Record<string, string | undefined>;

function positiveNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

function cookieSecure(raw: string | undefined): CookieSecure {
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`COOKIE_SECURE must be auto, true or false, not "${raw}"`);
}

export const DEFAULT_PASSWORD_COST: PasswordCost = { log2N: 15 };

function localPasswords(env: Env, oidc: OidcSettings | undefined): 'on' | 'off' {
  const raw = env.LOCAL_PASSWORDS;
  if (raw === undefined || raw === '' || raw === 'on') return 'on';
  if (raw !== 'off') throw new Error(`LOCAL_PASSWORDS must be on or off, not "${raw}"`);
  // Without a provider nobody but the break-glass accounts could ever sign in again.
  if (oidc === undefined) throw new Error('LOCAL_PASSWORDS=off needs OpenID Connect (OIDC_ISSUER, ...)');
  return 'off';
}

function usernames(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const oidc = oidcSettings(env);
  const metricsToken = env.METRICS_TOKEN;
  if (metricsToken !== undefined && metricsToken !== '' && metricsToken.length < 16)
    throw new Error('METRICS_TOKEN must be at least 16 characters');
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? './data');
  const databaseUrl = env.DATABASE_URL;
  return {
    port: positiveNumber(env, 'PORT', 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    database:
      databaseUrl !== undefined && databaseUrl !== ''
        ? { kind: 'postgres', url: databaseUrl }
        : { kind: 'sqlite', file: path.join(dataDir, 'beatbook.sqlite') },
    staticDir: path.resolve(cwd, env.STATIC_DIR ?? './dist'),
    sessionIdleHours: positiveNumber(env, 'SESSION_IDLE_HOURS', 14 * 24),
    sessionMaxHours: positiveNumber(env, 'SESSION_MAX_HOURS', 30 * 24),
    cookieSecure: cookieSecure(env.COOKIE_SECURE),
    adminPassword: env.BEATBOOK_ADMIN_PASSWORD === '' ? undefined : env.BEATBOOK_ADMIN_PASSWORD,
    signInPerMinute: positiveNumber(env, 'SIGN_IN_PER_MINUTE', 10),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    passwordCost: DEFAULT_PASSWORD_COST,
    version: env.npm_package_version ?? '0.1.0',
    tiles: tileServer(env),
    attachmentMaxBytes: Math.floor(positiveNumber(env, 'ATTACHMENT_MAX_BYTES', 5 * 1024 * 1024)),
    retentionYears: positiveNumber(env, 'RETENTION_YEARS', 6),
    signInThrottle: throttlePolicyFromEnv(env),
    oidc,
    localPasswords: localPasswords(env, oidc),
    breakGlassUsers: usernames(env.BREAK_GLASS_USERS),
    metricsToken: metricsToken === '' ? undefined : metricsToken,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
