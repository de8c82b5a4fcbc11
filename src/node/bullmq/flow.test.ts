import { FlowProducer, QueueEvents, type Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provider, tempFolder, writeNdjson } from '../../../test/support/ndjson.js';
import { findRedisServer, type LocalRedis, startRedis } from '../../../test/support/redis.js';
import { thrownCode } from '../../../test/support/thrown.js';
import { type GovernanceReport, governanceMetrics } from '../../metrics/index.js';
import { computeMetricsFromNdjson } from '../compute-from-ndjson.js';
import { governanceJob, metricJob } from '../job.js';
import type { Partition } from '../partitions.js';
import { splitFile } from '../partitions.js';
import {
  addMetricFlow,
  createMetricFlowWorker,
  type MetricFlowChildData,
  type MetricFlowParentData,
  metricFlow,
  metricFlowProcessor,
  waitForMetricFlow,
} from './flow.js';

const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const folder = tempFolder('bullmq');
const records = provider(60);
const lines: (string | object)[] = [...records];
lines.splice(40, 0, 'not json');
const file = writeNdjson(folder, 'provider.ndjson', lines);
const support = new URL('../../../test/support/metric-job.ts', import.meta.url);

describe('metricFlow', () => {
  it('describes a parent that merges and one child per partition', () => {
    const partitions: Partition[] = [
      { kind: 'file', file, start: 0, end: 100 },
      { kind: 'file', file, start: 100 },
    ];
    const job = governanceJob({ window });
    const flow = metricFlow({
      queueName: 'q',
      job,
      partitions,
      trusted: true,
      childOptions: { attempts: 3 },
    });
    expect(flow).toMatchObject({
      name: 'golden-thread metrics',
      queueName: 'q',
      data: { role: 'merge', job, partitions, maxIssues: 100 } satisfies MetricFlowParentData,
    });
    expect(flow.children?.map((c) => c.data)).toEqual(
      partitions.map(
        (partition, index): MetricFlowChildData => ({
          role: 'partition',
          index,
          partition,
          job,
          trusted: true,
          maxIssues: 100,
          maxLineBytes: 32 * 1024 * 1024,
        }),
      ),
    );
    expect(flow.children?.map((c) => c.opts)).toEqual([
      { failParentOnFailure: true, attempts: 3 },
      { failParentOnFailure: true, attempts: 3 },
    ]);
    expect(JSON.parse(JSON.stringify(flow))).toEqual(flow);
  });
  it('throws invalid_argument without a queue, a job or partitions', () => {
    const job = governanceJob({ window });
    const partitions: Partition[] = [{ kind: 'file', file }];
    expect(thrownCode(() => metricFlow({ queueName: '', job, partitions }))).toBe(
      'invalid_argument',
    );
    expect(thrownCode(() => metricFlow({ queueName: 'q', job, partitions: [] }))).toBe(
      'invalid_argument',
    );
    expect(
      thrownCode(() =>
        metricFlow({ queueName: 'q', job: { module: 'x', export: '' }, partitions }),
      ),
    ).toBe('invalid_argument');
  });
});

describe('metricFlowProcessor', () => {
  it('refuses a job that is not part of a metric flow', async () => {
    const process = metricFlowProcessor();
    await expect(process({ id: '7', data: { role: 'other' } } as never)).rejects.toMatchObject({
      code: 'invalid_argument',
    });
  });
});

// The flow against a real Redis: a redis-server of the test's own on a Unix socket.
const redis = findRedisServer();
if (!redis.ok) {
  // Said once, plainly, where the test is skipped (the console guard applies inside tests only).
  process.stderr.write(`BullMQ flow test skipped: ${redis.why}.\n`);
}

describe.skipIf(!redis.ok)('a BullMQ metric flow on a local redis-server', () => {
  let server: LocalRedis;
  let worker: Worker;
  let producer: FlowProducer;
  let events: QueueEvents;
  const queueName = 'golden-thread-test';

  beforeAll(async () => {
    server = await startRedis();
    const { connection } = server;
    worker = createMetricFlowWorker(queueName, { connection, concurrency: 2 });
    producer = new FlowProducer({ connection });
    events = new QueueEvents(queueName, { connection });
    await Promise.all([
      worker.waitUntilReady(),
      producer.waitUntilReady(),
      events.waitUntilReady(),
    ]);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([worker?.close(), producer?.close(), events?.close()]);
    await server?.stop();
  });

  it('gives the result of one pass, with the file’s line numbers', async () => {
    const people = 20;
    const source = { module: support.href, export: 'peopleByIndex', options: { seed: 5, people } };
    const partitions: Partition[] = [
      ...(await splitFile(file, 3)),
      { kind: 'source', source, range: { from: 0, to: people } },
    ];
    // The two synthetic providers number their people alike, so every id of the source is
    // also in the file: count every record, as one pass over both would with count_all.
    const job = governanceJob({ window, duplicates: 'count_all' });
    const node = await addMetricFlow(producer, { queueName, job, partitions });
    const got = await waitForMetricFlow<GovernanceReport>(node, events, 60_000);
    const whole = writeNdjson(folder, 'whole.ndjson', [...lines, ...provider(people, 5)]);
    const one = await computeMetricsFromNdjson(whole, {
      report: governanceMetrics({ window, duplicates: 'count_all' }),
    });
    expect(got.results).toStrictEqual(one.results.report);
    expect([got.records, got.rejected]).toEqual([one.records, one.rejected]);
    expect(got.issues).toEqual([
      {
        code: 'invalid_json',
        path: [],
        line: 41,
        message: 'Line 41 is not valid JSON.',
        partition: expect.any(Number),
        file,
      },
    ]);
    expect(got.partitions).toHaveLength(partitions.length);
  }, 60_000);

  it('fails the flow when a child fails', async () => {
    const node = await addMetricFlow(producer, {
      queueName,
      job: metricJob(support, 'noSuchMetric'),
      partitions: [{ kind: 'file', file }],
    });
    await expect(waitForMetricFlow(node, events, 30_000)).rejects.toThrow();
  }, 60_000);
});
