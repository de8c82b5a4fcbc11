/**
 * A nightly governance job over an NDJSON export, with golden-thread/node: read the file a
 * line at a time (a broken line is reported with its line number, never dropped silently),
 * then compute every governance metric on two worker threads with a progress line, and check
 * the result equals one pass in this thread.
 * Run: `npx tsx examples/ndjson-jobs.ts`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { governanceMetrics } from 'golden-thread';
import {
  computeMetricsFromNdjson,
  computeMetricsInParallel,
  governanceJob,
  readProviderRecords,
} from 'golden-thread/node';
import { providerRecords } from 'golden-thread/synthetic';

const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const folder = mkdtempSync(join(tmpdir(), 'golden-thread-example-'));
const file = join(folder, 'provider.ndjson');

// The export: 400 people and their settings, one record a line — and one line a failed
// export cut short, as happens.
const lines = [
  ...providerRecords({ seed: 2026, people: 400, asOf: '2026-11-01', services: 3 }),
].map((record) => JSON.stringify(record));
lines.splice(120, 0, lines[120]?.slice(0, 300) ?? '');
writeFileSync(file, `${lines.join('\n')}\n`);

try {
  // 1. Reading: each line is a record or the issues that kept it out, with its line.
  let read = 0;
  for await (const entry of readProviderRecords(file)) {
    if (entry.success) read += 1;
    else console.log(`Rejected: ${entry.issues[0]?.message}`); // Line 121 is not valid JSON.
  }

  // 2. The job on two worker threads, with progress for a job screen.
  const job = governanceJob({ window });
  const parallel = await computeMetricsInParallel({
    job,
    files: [file],
    workers: 2,
    onProgress: (p) => {
      if (p.partitionsDone === p.partitions)
        console.log(`Read ${p.records} records from ${p.bytes} bytes.`);
    },
  });

  // 3. The same in this thread: the merged result is the result of one pass.
  const single = await computeMetricsFromNdjson(file, { report: governanceMetrics({ window }) });
  assert.deepEqual(parallel.results, single.results.report);
  assert.equal(parallel.records, read);
  assert.equal(parallel.rejected, 1);
  assert.equal(parallel.issues[0]?.line, 121);

  const { overall } = parallel.results;
  console.log(
    `${overall.records.people} people on ${parallel.partitions.length} workers; 1 line rejected (line ${parallel.issues[0]?.line}).`,
  );
  console.log(
    `Reviews on time this quarter: ${overall.reviewTimeliness.proportion.numerator} of ${overall.reviewTimeliness.proportion.denominator}.`,
  );
  console.log('The two workers’ merged result equals one pass over the file.');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
