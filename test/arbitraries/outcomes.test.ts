import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { OutcomeSchema } from '../../src/outcomes/index.js';
import { arbOutcome } from './outcomes.js';

describe('outcome arbitraries', () => {
  test.prop([arbOutcome])('arbOutcome values pass OutcomeSchema', (outcome) => {
    const result = OutcomeSchema.safeParse(outcome);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
