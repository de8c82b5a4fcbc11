import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnyIsoDate, arbIsoDateTime } from '../../test/arbitraries/core.js';
import { isIsoDate, isIsoDateTime } from './calendar.js';
import { IsoDateSchema, parseIsoDate, parseIsoDateTime } from './schemas.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    for (const d of ['2026-03-14', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) {
      expect(isIsoDate(d), d).toBe(true);
    }
  });
  it('rejects dates that are not on the calendar', () => {
    for (const d of [
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '0000-06-01',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });
  it('rejects other spellings and other types', () => {
    for (const d of [
      '14/03/2026',
      '2026-3-14',
      '2026-03-14T00:00:00Z',
      ' 2026-03-14',
      '+2026-03-14',
      '２０２６-03-14',
      20260314,
      null,
      undefined,
      {},
    ]) {
      expect(isIsoDate(d), String(d)).toBe(false);
    }
  });
});

describe('isIsoDateTime', () => {
  it('accepts date-times with an offset', () => {
    for (const d of [
      '2026-03-14T09:30:00Z',
      '2026-03-14T09:30Z',
      '2026-03-14T09:30:00.123456789+01:00',
      '2026-03-14T23:59:59-12:00',
      '2026-03-14T00:00:00+14:00',
    ]) {
      expect(isIsoDateTime(d), d).toBe(true);
    }
  });
  it('rejects date-times without an offset, impossible times and impossible dates', () => {
    for (const d of [
      '2026-03-14T09:30:00',
      '2026-03-14 09:30:00Z',
      '2026-03-14T24:00:00Z',
      '2026-03-14T09:60:00Z',
      '2026-03-14T09:30:00+15:00',
      '2026-02-30T09:30:00Z',
      `2026-03-14T09:30:00.${'1'.repeat(40)}Z`,
      42,
    ]) {
      expect(isIsoDateTime(d), String(d)).toBe(false);
    }
  });
});

describe('parseIsoDate', () => {
  it('returns the date when it is valid', () => {
    expect(parseIsoDate('2026-03-14')).toEqual({ success: true, data: '2026-03-14' });
  });
  it('reports invalid_date for an impossible date', () => {
    const result = parseIsoDate('2026-02-30');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_date', path: [] });
    expect(result.issues[0]?.message).toBe(
      'The date must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14).',
    );
  });
  it('reports invalid_format for another spelling', () => {
    const result = parseIsoDate('14/03/2026');
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_format', format: 'date' }],
    });
  });
  it('reports invalid_type for a number and required for undefined', () => {
    expect(parseIsoDate(20260314)).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_type', expected: 'string', received: 'number' }],
    });
    expect(parseIsoDate(undefined)).toMatchObject({
      success: false,
      issues: [{ code: 'required' }],
    });
  });
  it('rejects a huge string with one short issue', () => {
    const result = parseIsoDate('2026-03-14'.repeat(200_000));
    expect(result).toMatchObject({ success: false, issues: [{ code: 'invalid_format' }] });
    if (!result.success) expect(result.issues[0]?.message.length).toBeLessThan(200);
  });

  describe('properties', () => {
    test.prop([arbAnyIsoDate])('every calendar date parses to itself', (d) => {
      expect(parseIsoDate(d)).toEqual({ success: true, data: d });
    });
    test.prop([fc.anything()])('never throws and agrees with isIsoDate', (value) => {
      const result = parseIsoDate(value);
      expect(result.success).toBe(isIsoDate(value));
    });
    test.prop([fc.string({ maxLength: 12 })])(
      'accepts a string exactly when it is a calendar date',
      (s) => {
        expect(IsoDateSchema.safeParse(s).success).toBe(isIsoDate(s));
      },
    );
    test.prop([arbAnyIsoDate])('agrees with the platform calendar', (d) => {
      const date = new Date(`${d}T00:00:00Z`);
      expect(date.toISOString().slice(0, 10)).toBe(d);
    });
  });
});

describe('parseIsoDateTime', () => {
  it('returns the date-time when it is valid', () => {
    expect(parseIsoDateTime('2026-03-14T09:30:00Z')).toEqual({
      success: true,
      data: '2026-03-14T09:30:00Z',
    });
  });
  it('reports invalid_format without an offset and invalid_date for an impossible date', () => {
    expect(parseIsoDateTime('2026-03-14T09:30:00')).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_format', format: 'datetime' }],
    });
    expect(parseIsoDateTime('2026-02-30T09:30:00Z')).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_date' }],
    });
  });
  it('explains the expected spelling', () => {
    const result = parseIsoDateTime('yesterday');
    expect(result.success ? '' : result.issues[0]?.message).toBe(
      'The timestamp must be a date and time with an offset, like 2026-03-14T09:30:00Z.',
    );
  });

  describe('properties', () => {
    test.prop([arbIsoDateTime])('every generated date-time parses to itself', (d) => {
      expect(parseIsoDateTime(d)).toEqual({ success: true, data: d });
    });
    test.prop([arbIsoDateTime])('every accepted date-time is understood by Date.parse', (d) => {
      expect(Number.isFinite(Date.parse(d))).toBe(true);
    });
    test.prop([fc.anything()])('never throws and agrees with isIsoDateTime', (value) => {
      expect(parseIsoDateTime(value).success).toBe(isIsoDateTime(value));
    });
  });
});
