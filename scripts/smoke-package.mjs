#!/usr/bin/env node
// Installs the packed package into a separate, throw-away project and loads it from
// CommonJS and from ESM, the way a host would, with the `golden-thread/fhir`,
// `golden-thread/visuals` and `golden-thread/node` subpaths — the last running its worker
// threads from the installed dist/ and checking their result equals one pass. Run after
// `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'golden-thread-smoke-'));
const run = (cmd, args, cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8' });

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], root)
    .trim()
    .split('\n')
    .pop();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host-app', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(dir, tarball), 'zod@^4']);

  const check = `
    const r = parseIsoDate('2026-02-30');
    if (r.success || r.issues[0].code !== 'invalid_date') throw new Error('parseIsoDate');
    if (addWeeks('2026-09-14', 8) !== '2026-11-09') throw new Error('addWeeks');
    if (ratio(0, 0).value !== null) throw new Error('ratio');
    if (!isGoldenThreadError(new GoldenThreadError('invalid_argument', 'x'))) throw new Error('error');
    const goal = toFhirGoal(
      { id: 'o-1', personId: 'p-1', words: 'I want to cook', expressedBy: 'person', lifecycleStatus: 'active' },
      { subject: { reference: 'Patient/p-1' } },
    );
    if (!fromFhirGoal(goal).success) throw new Error('golden-thread/fhir');
    if (!xmrChartSvg(xmrChart([1, 2], { improvement: 'decrease' }), { title: 'x' }).startsWith('<svg')) throw new Error('golden-thread/visuals');
    // golden-thread/node: worker threads started from the installed package's dist/.
    const file = join(tmpdir(), 'golden-thread-smoke-' + KIND + '.ndjson');
    writeFileSync(file, [...providerRecords({ seed: 1, people: 40, asOf: '2026-11-01' })].map((r) => JSON.stringify(r)).join(String.fromCharCode(10)));
    const window = { from: '2026-07-01', to: '2026-10-01' };
    const one = await computeMetricsFromNdjson(file, { report: governanceMetrics({ window }) });
    const two = await computeMetricsInParallel({ job: governanceJob({ window }), files: [file], workers: 2 });
    if (!isDeepStrictEqual(two.results, one.results.report) || two.records !== 40 + one.results.report.overall.records.settings) throw new Error('golden-thread/node');
    console.log(KIND + ': ok');`;
  writeFileSync(
    join(dir, 'host.cjs'),
    `const { parseIsoDate, addWeeks, ratio, xmrChart, GoldenThreadError, isGoldenThreadError, governanceMetrics } = require('golden-thread');\nconst { toFhirGoal, fromFhirGoal } = require('golden-thread/fhir');\nconst { xmrChartSvg } = require('golden-thread/visuals');\nconst { providerRecords } = require('golden-thread/synthetic');\nconst { computeMetricsFromNdjson, computeMetricsInParallel, governanceJob } = require('golden-thread/node');\nconst { writeFileSync } = require('node:fs');\nconst { tmpdir } = require('node:os');\nconst { join } = require('node:path');\nconst { isDeepStrictEqual } = require('node:util');\nconst KIND = 'CommonJS';\n(async () => {${check}\n})().catch((error) => { console.error(error); process.exit(1); });`,
  );
  writeFileSync(
    join(dir, 'host.mjs'),
    `import { parseIsoDate, addWeeks, ratio, xmrChart, GoldenThreadError, isGoldenThreadError, governanceMetrics } from 'golden-thread';\nimport { toFhirGoal, fromFhirGoal } from 'golden-thread/fhir';\nimport { xmrChartSvg } from 'golden-thread/visuals';\nimport { providerRecords } from 'golden-thread/synthetic';\nimport { computeMetricsFromNdjson, computeMetricsInParallel, governanceJob } from 'golden-thread/node';\nimport { writeFileSync } from 'node:fs';\nimport { tmpdir } from 'node:os';\nimport { join } from 'node:path';\nimport { isDeepStrictEqual } from 'node:util';\nconst KIND = 'ESM';${check}`,
  );
  process.stdout.write(run('node', ['host.cjs']));
  process.stdout.write(run('node', ['host.mjs']));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
