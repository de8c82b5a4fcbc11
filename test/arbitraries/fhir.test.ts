import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseOutcome } from '../../src/outcomes/index.js';
import { arbOutcomeForFhir } from './fhir.js';

describe('arbOutcomeForFhir', () => {
  test.prop([arbOutcomeForFhir])('generates outcomes that pass parseOutcome', (outcome) => {
    expect(parseOutcome(outcome).success).toBe(true);
  });
  test.prop([fc.constant(null)])('is importable without side effects', () => {
    expect(arbOutcomeForFhir).toBeDefined();
  });
});
