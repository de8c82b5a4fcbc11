import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseProviderRecord } from '../../src/metrics/index.js';
import {
  arbPersonRecord,
  arbProviderRecords,
  arbRecordsWithAreas,
  arbSettingRecord,
} from './metrics.js';

const issuesOf = (input: unknown) => {
  const result = parseProviderRecord(input);
  return result.success ? [] : result.issues;
};

describe('metrics arbitraries', () => {
  test.prop([arbPersonRecord()], { numRuns: 50 })(
    'arbPersonRecord values pass parseProviderRecord',
    (record) => {
      expect(issuesOf(record)).toEqual([]);
    },
  );
  test.prop([arbSettingRecord])('arbSettingRecord values pass parseProviderRecord', (record) => {
    expect(issuesOf(record)).toEqual([]);
  });
  test.prop([arbProviderRecords(6)], { numRuns: 20 })(
    'arbProviderRecords values all pass parseProviderRecord',
    (records) => {
      expect(records.flatMap(issuesOf)).toEqual([]);
    },
  );
  test.prop([arbRecordsWithAreas(6)], { numRuns: 20 })(
    'arbRecordsWithAreas values all pass parseProviderRecord',
    (records) => {
      expect(records.flatMap(issuesOf)).toEqual([]);
    },
  );
});
