import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public API is reviewed: adding or removing an export means editing this list in the
// same change, where a reviewer sees it.
const RUNTIME_EXPORTS = [
  'GoldenThreadError',
  'IdSchema',
  'IsoDateSchema',
  'IsoDateTimeSchema',
  'MAX_ID_LENGTH',
  'MAX_TEXT_LENGTH',
  'RatioSchema',
  'addDays',
  'addMonths',
  'addWeeks',
  'calendarDateOf',
  'createFinding',
  'createParser',
  'daysBetween',
  'defineFindings',
  'fieldLabel',
  'formatPath',
  'isGoldenThreadError',
  'isIsoDate',
  'isIsoDateTime',
  'localize',
  'messageCatalogue',
  'parseIsoDate',
  'parseIsoDateTime',
  'parseIssueCatalogue',
  'parseRatio',
  'quarterLabel',
  'ratio',
  'renderMessage',
  'startOfQuarter',
  'textSchema',
  'toParseIssues',
];

describe('the public API', () => {
  it('exports exactly the reviewed names', () => {
    expect(Object.keys(api).sort()).toEqual(RUNTIME_EXPORTS);
  });
});

describe('messageCatalogue', () => {
  it('lists every core parse issue code as an issue', () => {
    for (const code of Object.keys(api.parseIssueCatalogue)) {
      expect(api.messageCatalogue[code]?.kind, code).toBe('issue');
    }
  });
  it('has snake_case codes, a description and a message for each', () => {
    for (const [code, entry] of Object.entries(api.messageCatalogue)) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(entry.description.length, code).toBeGreaterThan(10);
      const message = api.renderMessage(entry.message, {
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
  it('is frozen data', () => {
    expect(Object.isFrozen(api.messageCatalogue)).toBe(true);
    expect(Object.isFrozen(api.parseIssueCatalogue)).toBe(true);
  });
});
