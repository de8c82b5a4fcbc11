import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../test/support/thrown.js';
import { generateProvider } from './generate-provider.js';
import { providerRecords } from './provider-records.js';

describe('generateProvider', () => {
  it('collects the records of providerRecords', () => {
    const options = { seed: 9, people: 25, asOf: '2026-11-01' } as const;
    expect(generateProvider(options).records).toEqual([...providerRecords(options)]);
  });
  it('gives the number of people asked for, after the settings', () => {
    const { records } = generateProvider({
      seed: 3,
      people: 40,
      asOf: '2026-11-01',
      services: 1,
      settingsPerService: 2,
    });
    expect(records.filter((r) => r.type === 'person')).toHaveLength(40);
    expect(records.slice(0, 2).map((r) => r.type)).toEqual(['setting', 'setting']);
  });
  it('gives no people for people: 0', () => {
    const { records } = generateProvider({ seed: 3, people: 0, asOf: '2026-11-01' });
    expect(records.every((r) => r.type === 'setting')).toBe(true);
  });
  it('throws for bad options', () => {
    expect(thrownCode(() => generateProvider({ seed: 1, people: -3, asOf: '2026-11-01' }))).toBe(
      'invalid_argument',
    );
  });
  describe('properties', () => {
    it('the same options give deep-equal datasets', () => {
      const options = { seed: 77, people: 30, asOf: '2025-01-31', months: 12 } as const;
      expect(generateProvider(options)).toEqual(generateProvider(options));
    });
  });
});
