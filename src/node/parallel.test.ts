import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provider, tempFolder, writeNdjson } from '../../test/support/ndjson.js';
import { governanceMetrics } from '../metrics/index.js';
import { computeMetricsFromNdjson } from './compute-from-ndjson.js';
import { governanceJob, metricJob } from './job.js';
import { computeMetricsInParallel, type JobProgress, workerFileOf } from './parallel.js';
import type { Partition } from './partitions.js';

// Each test here starts worker threads (from the sources, through tsx), so they are few and
// each checks several things; the data are small.
const folder = tempFolder('parallel');
const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const records = provider(90);
const support = new URL('../../test/support/metric-job.ts', import.meta.url);

/** The records with a line that is not JSON and one that is not a record, past the middle. */
const lines: (string | object)[] = [...records];
lines.splice(60, 0, '{"type":');
lines.splice(75, 0, { type: 'setting' });
const file = writeNdjson(folder, 'provider.ndjson', lines);

describe('computeMetricsInParallel', () => {
  describe('over one file on two workers', () => {
    it('gives the result of one pass, file line numbers and progress per worker', async () => {
      const progress: JobProgress[] = [];
      const got = await computeMetricsInParallel({
        job: governanceJob({ window }),
        files: [file],
        workers: 2,
        progressInterval: 0,
        onProgress: (p) => progress.push(p),
      });
      const one = await computeMetricsFromNdjson(file, { report: governanceMetrics({ window }) });
      expect(got.results).toStrictEqual(one.results.report);
      expect([got.lines, got.records, got.rejected, got.bytes]).toEqual([
        one.lines,
        one.records,
        one.rejected,
        statSync(file).size,
      ]);
      expect(got.rejected).toBe(2);
      expect(got.issues.map((i) => [i.line, i.file])).toEqual(
        one.issues.map((i) => [i.line, file]),
      );
      expect(got.issues[0]?.message).toBe('Line 61 is not valid JSON.');
      expect(got.partitions).toHaveLength(2);
      expect(got.partitions[1]?.lines).toBeGreaterThan(0);
      const last = progress.at(-1) as JobProgress;
      expect(last).toMatchObject({
        records: got.records,
        rejected: 2,
        bytes: got.bytes,
        totalBytes: got.bytes,
        partitions: 2,
        partitionsDone: 2,
      });
      expect(last.workers.map((w) => w.worker)).toEqual([0, 1]);
      expect(last.workers.reduce((n, w) => n + w.records, 0)).toBe(got.records);
      const counts = progress.map((p) => p.records);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
    });
  });
  describe('with a job of the host’s own over files and a record source', () => {
    it('merges every partition into one pass, whatever kind each is', async () => {
      const people = 40;
      const source = {
        module: support.href,
        export: 'peopleByIndex',
        options: { seed: 5, people },
      };
      const partitions: Partition[] = [
        { kind: 'source', source, range: { from: 0, to: 15 } },
        { kind: 'source', source, range: { from: 15, to: people } },
        { kind: 'file', file },
      ];
      const job = metricJob<typeof import('../../test/support/metric-job.js').quarterMetrics>(
        support,
        'quarterMetrics',
        { window },
      );
      const got = await computeMetricsInParallel({ job, partitions, workers: 2, maxIssues: 1 });
      const whole = writeNdjson(folder, 'whole.ndjson', [
        ...provider(people, 5).map((r) => r),
        ...lines,
      ]);
      const { quarterMetrics } = await import('../../test/support/metric-job.js');
      const one = await computeMetricsFromNdjson(whole, quarterMetrics({ window }));
      expect(got.results).toStrictEqual(one.results);
      expect(got.records).toBe(one.records);
      expect(got.rejected).toBe(2);
      expect(got.issues).toHaveLength(1);
      expect(got.issues[0]).toMatchObject({ partition: 2, file, line: 61 });
      expect(got.partitions.map((p) => p.bytes > 0)).toEqual([false, false, true]);
    });
  });
  describe('when something goes wrong', () => {
    it('rejects with the worker’s error, naming the line, in trusted mode', async () => {
      const broken = writeNdjson(folder, 'broken.ndjson', [
        records[3] as object,
        { type: 'person' },
      ]);
      const job = metricJob(support, 'planStarts');
      await expect(
        computeMetricsInParallel({ job, files: [broken], workers: 1, trusted: true }),
      ).rejects.toMatchObject({
        name: 'GoldenThreadError',
        code: 'invalid_argument',
        message: expect.stringMatching(/^line 2: the record could not be counted in trusted mode/),
      });
    });
    it('rejects invalid_argument for a job whose module has no such export', async () => {
      await expect(
        computeMetricsInParallel({
          job: metricJob(support, 'noSuchMetric'),
          files: [file],
          workers: 1,
        }),
      ).rejects.toMatchObject({ code: 'invalid_argument' });
    });
    it('stops when its signal is aborted', async () => {
      const controller = new AbortController();
      controller.abort(new Error('stopped by the test'));
      await expect(
        computeMetricsInParallel({
          job: metricJob(support, 'countOnly'),
          files: [file],
          signal: controller.signal,
        }),
      ).rejects.toThrow('stopped by the test');
    });
    it('throws invalid_argument for bad options before starting any worker', async () => {
      const job = governanceJob({ window });
      const bad = [
        { job, files: [] },
        { job, files: ['relative.ndjson'] },
        { job, files: [file], workers: 0 },
        { job, partitions: [] },
        { job: { module: '', export: 'x' }, files: [file] },
      ];
      for (const options of bad) {
        await expect(computeMetricsInParallel(options)).rejects.toMatchObject({
          code: 'invalid_argument',
        });
      }
    });
  });
});

describe('workerFileOf', () => {
  it('finds the worker beside the runner in the sources, dist/node and a dist chunk', () => {
    expect(workerFileOf('file:///p/src/node/parallel.ts')).toBe('file:///p/src/node/worker.ts');
    expect(workerFileOf('file:///p/dist/node/parallel.js')).toBe('file:///p/dist/node/worker.js');
    expect(workerFileOf('file:///p/dist/chunk-AB12.cjs')).toBe('file:///p/dist/node/worker.cjs');
  });
});
