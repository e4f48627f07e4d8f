import { describe, expect, it } from 'vitest';
import { problemSchema, validateFields } from '#domain/records';
import { pushRequestSchema } from '#domain/sync';
import { uuidv7 } from '#domain/ids';

const fields = {
  teamId: 'north',
  title: 'Burglaries on Elm Street',
  problemType: 'burglary_residential',
  description: '',
  locationText: 'Elm Street',
  status: 'scanning',
};

describe('problem fields', () => {
  it('accepts a complete header', () => {
    expect(validateFields('problems', fields)).toEqual({ ok: true, value: fields });
  });

  it('explains each bad field in words an officer understands', () => {
    const result = validateFields('problems', { ...fields, title: '   ', problemType: 'nonsense' });
    expect(result).toEqual({
      ok: false,
      errors: { title: 'Enter a title', problemType: 'Choose a problem type' },
    });
  });

  it('refuses fields the record does not have', () => {
    const result = validateFields('problems', { ...fields, reference: 'PS-2026-000001' });
    expect(result.ok).toBe(false);
  });

  it('a whole record carries the envelope', () => {
    const record = {
      ...fields,
      id: uuidv7(),
      version: null,
      createdAt: '2026-11-28T10:00:00.000Z',
      createdBy: 'u1',
      updatedAt: '2026-11-28T10:00:00.000Z',
      updatedBy: 'u1',
      deleted: false,
      reference: null,
    };
    expect(problemSchema.safeParse(record).success).toBe(true);
    expect(problemSchema.safeParse({ ...record, version: 0 }).success).toBe(false);
  });
});

describe('push payload', () => {
  it('rejects an unknown collection and a malformed mutation id', () => {
    const base = {
      id: uuidv7(),
      collection: 'problems',
      recordId: uuidv7(),
      op: 'put',
      changes: { title: 'x' },
      baseVersion: null,
      at: '2026-11-28T10:00:00.000Z',
    };
    expect(pushRequestSchema.safeParse({ deviceId: uuidv7(), mutations: [base] }).success).toBe(true);
    expect(
      pushRequestSchema.safeParse({ deviceId: uuidv7(), mutations: [{ ...base, collection: 'secrets' }] })
        .success,
    ).toBe(false);
    expect(
      pushRequestSchema.safeParse({ deviceId: uuidv7(), mutations: [{ ...base, id: '1' }] }).success,
    ).toBe(false);
  });
});
