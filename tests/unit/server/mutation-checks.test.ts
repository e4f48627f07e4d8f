import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mutation } from '#domain/sync';
import {
  canonicalJson,
  checkChanges,
  checkWholeRecord,
  payloadHash,
  serverOnlyFields,
} from '#server/sync/mutation-checks';

const mutation: Mutation = {
  id: '0190a000-0000-7000-8000-000000000001',
  collection: 'problems',
  recordId: '0190a000-0000-7000-8000-000000000002',
  op: 'put',
  changes: { title: 'A', status: 'scanning' },
  baseVersion: 3,
  at: '2026-01-01T00:00:00.000Z',
};

describe('payload fingerprint', () => {
  it('ignores key order and the device time, but not contents', () => {
    const reordered = {
      ...mutation,
      changes: { status: 'scanning', title: 'A' },
      at: '2026-02-02T00:00:00.000Z',
    };
    expect(payloadHash(reordered)).toBe(payloadHash(mutation));
    expect(payloadHash({ ...mutation, baseVersion: 4 })).not.toBe(payloadHash(mutation));
    expect(payloadHash({ ...mutation, changes: { title: 'B', status: 'scanning' } })).not.toBe(
      payloadHash(mutation),
    );
  });

  it('canonical JSON parses back to the same value and is order-independent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const reversed = Object.fromEntries(Object.entries(value).reverse());
          expect(canonicalJson(reversed)).toBe(text);
        }
      }),
    );
  });
});

describe('checking the changed fields', () => {
  it('knows the server-only fields of a problem', () => {
    expect([...serverOnlyFields('problems')].sort()).toEqual([
      'closedAt',
      'createdAt',
      'createdBy',
      'deleted',
      'erased',
      'id',
      'reference',
      'updatedAt',
      'updatedBy',
      'version',
    ]);
  });

  it('accepts a partial edit of writable fields', () => {
    expect(checkChanges('problems', { title: 'New title' })).toBeNull();
  });

  it('names the field for read-only, unknown and invalid values', () => {
    expect(checkChanges('problems', { reference: 'PS-1' })).toMatchObject({
      code: 'read_only_field',
      details: { reference: expect.any(String) as string },
    });
    expect(checkChanges('problems', { colour: 'red' })).toMatchObject({
      code: 'invalid_record',
      details: { colour: expect.any(String) as string },
    });
    expect(checkChanges('problems', { status: 'done' })).toEqual({
      code: 'invalid_record',
      details: { status: 'Choose a status' },
    });
  });

  it('requires every field of the whole record', () => {
    expect(checkWholeRecord('problems', { title: 'Only' })).toMatchObject({
      code: 'invalid_record',
      details: { teamId: expect.any(String) as string },
    });
  });
});
