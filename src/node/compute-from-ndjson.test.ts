import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { provider, tempFolder, writeNdjson } from '../../test/support/ndjson.js';
import {
  computeMetrics,
  governanceMetrics,
  type ProviderRecord,
  parseProviderRecord,
  recordCountMetric,
} from '../metrics/index.js';
import { computeMetricsFromNdjson } from './compute-from-ndjson.js';
import type { NdjsonSource } from './sources.js';

const folder = tempFolder('compute');
const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const records = provider(60);

/** The records with two lines that must be rejected (not JSON; not a valid record) and a blank one. */
function linesWithProblems(): (string | object)[] {
  const lines: (string | object)[] = records.map((r) => r);
  lines.splice(7, 0, '{"type": "person", "plan": ');
  lines.splice(20, 0, { type: 'person', plan: { id: 'plan-x', personId: 'p-x' } });
  lines.splice(31, 0, '');
  return lines;
}

describe('computeMetricsFromNdjson', () => {
  describe('with valid records', () => {
    it('gives the results of computeMetrics over the same records', async () => {
      const file = writeNdjson(folder, 'valid.ndjson', records);
      const set = { report: governanceMetrics({ window }), count: recordCountMetric() };
      const got = await computeMetricsFromNdjson(file, set);
      const parsed = records.map((r) => (parseProviderRecord(r) as { data: ProviderRecord }).data);
      expect(got.results).toEqual(computeMetrics(parsed, set));
      expect(got).toMatchObject({
        lines: records.length,
        records: records.length,
        rejected: 0,
        issues: [],
      });
      expect(got.partitions).toEqual([
        {
          partition: 0,
          lines: records.length,
          records: records.length,
          rejected: 0,
          bytes: got.bytes,
        },
      ]);
    });
  });
  describe('with lines that cannot be counted', () => {
    it('counts them as rejected, never in the results, with issues naming file and line', async () => {
      const file = writeNdjson(folder, 'problems.ndjson', linesWithProblems());
      const got = await computeMetricsFromNdjson(file, { count: recordCountMetric() });
      expect(got.rejected).toBe(2);
      expect(got.records).toBe(records.length);
      expect(got.results.count.people + got.results.count.settings).toBe(records.length);
      expect(got.issues[0]).toMatchObject({ code: 'invalid_json', line: 8, partition: 0, file });
      expect(new Set(got.issues.slice(1).map((i) => i.line))).toEqual(new Set([21]));
    });
    it('keeps only the first maxIssues issues but counts every rejection', async () => {
      const file = writeNdjson(folder, 'capped.ndjson', ['x', 'y', 'z']);
      const got = await computeMetricsFromNdjson(
        file,
        { count: recordCountMetric() },
        { maxIssues: 2 },
      );
      expect(got.rejected).toBe(3);
      expect(got.issues.map((i) => i.line)).toEqual([1, 2]);
    });
  });
  describe('from a stream, with progress', () => {
    it('reads a stream and reports the counts after each chunk', async () => {
      const text = records.map((r) => JSON.stringify(r)).join('\n');
      const seen: number[] = [];
      const got = await computeMetricsFromNdjson(
        Readable.from([text.slice(0, 1000), text.slice(1000)]),
        { count: recordCountMetric() },
        { onProgress: (p) => seen.push(p.bytes) },
      );
      expect(got.records).toBe(records.length);
      expect(seen).toEqual([Buffer.byteLength(text.slice(0, 1000)), Buffer.byteLength(text)]);
      expect(got.issues).toEqual([]);
    });
  });
  describe('in trusted mode', () => {
    it('counts JSON without the parser, and names the line of a record that breaks a metric', async () => {
      const trusted = await computeMetricsFromNdjson(
        writeNdjson(folder, 'trusted.ndjson', records),
        { count: recordCountMetric() },
        { trusted: true },
      );
      expect(trusted.records).toBe(records.length);
      const broken = writeNdjson(folder, 'broken.ndjson', [
        records[3] as object,
        { type: 'person' },
      ]);
      await expect(
        computeMetricsFromNdjson(
          broken,
          { report: governanceMetrics({ window }) },
          { trusted: true },
        ),
      ).rejects.toThrow(/^line 2: the record could not be counted in trusted mode/);
    });
  });
  describe('when called wrongly', () => {
    it('throws invalid_argument for a bad source, set or option', async () => {
      const set = { count: recordCountMetric() };
      await expect(
        computeMetricsFromNdjson(1 as unknown as NdjsonSource, set),
      ).rejects.toMatchObject({
        code: 'invalid_argument',
      });
      await expect(computeMetricsFromNdjson('/x', {})).rejects.toMatchObject({
        code: 'invalid_argument',
      });
      await expect(computeMetricsFromNdjson('/x', set, { maxIssues: -1 })).rejects.toMatchObject({
        code: 'invalid_argument',
      });
    });
  });
});
