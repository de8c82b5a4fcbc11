#!/usr/bin/env node
// Runs the whole test suite once per time zone, so a time-zone dependency fails the build.
// The first run also measures coverage against the thresholds in vitest.config.ts.
// Each run writes a JSON report to reports/; the last line printed is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

// America/Los_Angeles is behind UTC and changes its clocks; Pacific/Kiritimati is UTC+14.
// Between them they catch code that reads local time instead of UTC on either side.
const ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati'];
// The second zone is a check for time-zone dependence, not a second full run: it leaves out
// the tests that read no date at all (pure statistics, the wording analyser, the API surface,
// the architecture, labels and hostile-argument checks) and runs each property 25 times
// instead of 100 (unless FC_NUM_RUNS says otherwise). Every test still runs in the first zone.
const DATE_FREE = [
  'src/stats/**',
  'src/outcomes/wording/**',
  'test/api/**',
  'test/hostile/**',
  'test/architecture.test.ts',
  'test/labels.test.ts',
  'test/outcome-wording.test.ts',
];
const extra = process.argv.slice(2);
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;
let ok = true;
for (const [index, zone] of ZONES.entries()) {
  const report = `reports/vitest-${zone.replace('/', '-')}.json`;
  const args = [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...(index === 0
      ? // CI has just type-checked every file (test/types included), so it asks not to twice.
        ['--coverage', ...(process.env.GOLDEN_THREAD_TYPES_CHECKED === '1' ? [] : ['--typecheck'])]
      : DATE_FREE.flatMap((glob) => ['--exclude', glob])),
    ...extra,
  ];
  const env = { ...process.env, TZ: zone };
  if (index > 0 && env.FC_NUM_RUNS === undefined) env.FC_NUM_RUNS = '25';
  console.log(`\n=== npm test: TZ=${zone}${index > 0 ? ' (the tests that read dates)' : ''} ===`);
  const run = spawnSync('npx', args, { stdio: 'inherit', env });
  if (run.status !== 0) ok = false;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    ok = false;
    console.error(`No test report was written for TZ=${zone}.`);
  }
}
if (passed + failed === 0) {
  console.error('No test ran.');
  ok = false;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
