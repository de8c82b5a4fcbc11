import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { OutcomeSchema } from '../../src/outcomes/index.js';
import { arbOutcome } from './outcomes.js';
import { arbSpecificDetail, arbWordingText } from './wording.js';

describe('outcome arbitraries', () => {
  test.prop([arbOutcome])('arbOutcome values pass OutcomeSchema', (outcome) => {
    const result = OutcomeSchema.safeParse(outcome);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('wording arbitraries', () => {
  test.prop([arbWordingText, arbSpecificDetail])(
    'give non-blank outcome wording and details',
    (text, detail) => {
      expect(text.trim()).not.toBe('');
      expect(detail.trim()).not.toBe('');
    },
  );
});
