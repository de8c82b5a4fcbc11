/**
 * The governance job as a BullMQ flow (golden-thread/node/bullmq): a parent job that merges,
 * one child job per part of the file, and workers — here on this machine, in production on
 * every machine sharing the Redis — that run them. The result equals one pass.
 *
 * Needs `redis-server` (Debian: `apt-get install -y redis-server`): the example starts its own
 * on a Unix socket and stops it. Without it the example says so and stops cleanly.
 * Run: `npx tsx examples/bullmq-flow.ts`.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FlowProducer, QueueEvents } from 'bullmq';
import { type GovernanceReport, governanceMetrics } from 'golden-thread';
import { computeMetricsFromNdjson, governanceJob, splitFile } from 'golden-thread/node';
import {
  addMetricFlow,
  createMetricFlowWorker,
  waitForMetricFlow,
} from 'golden-thread/node/bullmq';
import { providerRecords } from 'golden-thread/synthetic';

if (spawnSync('redis-server', ['--version']).status !== 0) {
  console.log(
    'redis-server is not installed (Debian: apt-get install -y redis-server): skipping the BullMQ flow.',
  );
  process.exit(0);
}

const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const folder = mkdtempSync(join(tmpdir(), 'golden-thread-bullmq-'));
const socket = join(folder, 'redis.sock');
const redis = spawn(
  'redis-server',
  [
    '--port',
    '0',
    '--unixsocket',
    socket,
    '--dir',
    folder,
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
  ],
  { stdio: 'ignore' },
);
const connection = { path: socket, maxRetriesPerRequest: null };

try {
  while (!existsSync(socket)) await sleep(20);
  const file = join(folder, 'provider.ndjson');
  const records = providerRecords({ seed: 2026, people: 300, asOf: '2026-11-01', services: 3 });
  writeFileSync(file, [...records].map((r) => JSON.stringify(r)).join('\n'));

  // On each worker machine: a BullMQ worker for the queue.
  const worker = createMetricFlowWorker('governance', { connection, concurrency: 2 });
  // Where the job is started: the flow, one child per part of the file.
  const producer = new FlowProducer({ connection });
  const events = new QueueEvents('governance', { connection });
  await events.waitUntilReady();
  const node = await addMetricFlow(producer, {
    queueName: 'governance',
    job: governanceJob({ window }),
    partitions: await splitFile(file, 3),
  });
  const flow = await waitForMetricFlow<GovernanceReport>(node, events, 60_000);
  await Promise.all([worker.close(), producer.close(), events.close()]);

  const single = await computeMetricsFromNdjson(file, { report: governanceMetrics({ window }) });
  assert.deepEqual(flow.results, single.results.report);
  console.log(
    `BullMQ flow: ${flow.partitions.length} child jobs, ${flow.records} records, merged by the parent job.`,
  );
  console.log(
    `Goal achieved this quarter: ${flow.results.overall.goalAchievement.proportion.numerator} of ${flow.results.overall.goalAchievement.proportion.denominator} people.`,
  );
  console.log('The flow’s result equals one pass over the file.');
} finally {
  redis.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
