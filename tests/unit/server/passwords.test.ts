import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_COST, loadConfig } from '#server/platform/config';
import { hashPassword, verifyPassword } from '#server/auth/passwords';

describe('password hashing', () => {
  it('is memory-hard by default (scrypt N=2^15, r=8) and self-describing', async () => {
    expect(loadConfig({}).passwordCost).toEqual(DEFAULT_PASSWORD_COST);
    const hash = await hashPassword('correct horse battery', DEFAULT_PASSWORD_COST);
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batter', hash)).toBe(false);
  });

  it('salts every hash and never matches a malformed stored value', async () => {
    const cost = { log2N: 10 };
    expect(await hashPassword('same password', cost)).not.toBe(await hashPassword('same password', cost));
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1024$8$1$AAAA$')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$abc$8$1$AAAA$AAAA')).toBe(false);
  });
});
