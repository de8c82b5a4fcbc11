import { describe, expect, it } from 'vitest';
import * as fhir from '../../src/fhir/index.js';
import * as api from '../../src/index.js';

describe('messageCatalogue', () => {
  it('lists every core parse issue code as an issue', () => {
    for (const code of Object.keys(api.parseIssueCatalogue)) {
      expect(api.messageCatalogue[code]?.kind, code).toBe('issue');
    }
  });
  it('has snake_case codes, a description and a message for each', () => {
    const every = { ...api.messageCatalogue, ...fhir.fhirMessageCatalogue };
    for (const [code, entry] of Object.entries(every)) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(entry.description.length, code).toBeGreaterThan(10);
      // Every placeholder a string template names gets a value; function templates get the
      // details the core codes use.
      const named =
        typeof entry.message === 'string'
          ? Object.fromEntries([...entry.message.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], 'x']))
          : {};
      const message = api.renderMessage(entry.message, {
        ...named,
        code,
        path: ['field'],
        message: '',
        expected: 'string',
        received: 'number',
        origin: 'number',
        minimum: 1,
        maximum: 5,
        format: 'date',
        values: ['a', 'b'],
        keys: ['x'],
        divisor: 2,
      });
      expect(message, code).not.toMatch(/\{[A-Za-z_]+\}/);
      expect(message, code).toMatch(/[.!?)]$/);
    }
  });
  it('is deeply frozen data', () => {
    for (const catalogue of [
      api.messageCatalogue,
      api.parseIssueCatalogue,
      fhir.fhirMessageCatalogue,
    ]) {
      expect(Object.isFrozen(catalogue)).toBe(true);
      for (const entry of Object.values(catalogue)) expect(Object.isFrozen(entry)).toBe(true);
    }
  });
  it('shares no code with the fhir subpath catalogue', () => {
    for (const code of Object.keys(fhir.fhirMessageCatalogue)) {
      expect(Object.hasOwn(api.messageCatalogue, code), code).toBe(false);
    }
  });
});
