// Sign-in and metrics configuration: all or nothing, TLS except on this machine, and passwords
// off only when another way in exists.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '#server/platform/config';

const OIDC = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_REDIRECT_URL: 'https://beatbook.force.police.uk/api/session/oidc/callback',
};

describe('OpenID Connect and local password settings', () => {
  it('are off unless configured, with passwords on', () => {
    const config = loadConfig({});
    expect(config.oidc).toBeUndefined();
    expect(config.localPasswords).toBe('on');
    expect(config.metricsToken).toBeUndefined();
  });

  it('read the provider, with the default claim and display name', () => {
    const oidc = loadConfig(OIDC).oidc;
    expect(oidc?.issuer.href).toBe(OIDC.OIDC_ISSUER);
    expect(oidc?.usernameClaim).toBe('preferred_username');
    expect(oidc?.displayName).toBe('your force account');
  });

  it('refuse a half-configured provider, plain http away from localhost, and a wrong callback path', () => {
    expect(() => loadConfig({ OIDC_ISSUER: OIDC.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID, OIDC_REDIRECT_URL/);
    expect(() => loadConfig({ ...OIDC, OIDC_ISSUER: 'http://idp.example/' })).toThrow(/https/);
    expect(loadConfig({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer.port).toBe('9000');
    expect(() => loadConfig({ ...OIDC, OIDC_REDIRECT_URL: 'https://beatbook.example/callback' })).toThrow(
      /\/api\/session\/oidc\/callback/,
    );
  });

  it('turn passwords off only with a provider, keeping the break-glass usernames', () => {
    expect(() => loadConfig({ LOCAL_PASSWORDS: 'off' })).toThrow(/needs OpenID Connect/);
    const config = loadConfig({ ...OIDC, LOCAL_PASSWORDS: 'off', BREAK_GLASS_USERS: ' Admin, ops.admin ,' });
    expect(config.localPasswords).toBe('off');
    expect(config.breakGlassUsers).toEqual(['admin', 'ops.admin']);
    expect(() => loadConfig({ LOCAL_PASSWORDS: 'maybe' })).toThrow(/on or off/);
  });

  it('refuse a metrics token too short to be a secret', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token' }).metricsToken).toBe('a-long-enough-token');
  });
});
