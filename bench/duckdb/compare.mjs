// Governance metrics, golden-thread beside DuckDB (issue #7). Not part of CI.
//
//   node bench/duckdb/compare.mjs [people]     (default 100000; run from the repository root)
//
// Writes a synthetic provider as NDJSON (once, in the OS temp folder), streams it through
// golden-thread's accumulators in a child process, runs the same figures as SQL in DuckDB
// from the same file, checks that every figure is equal and prints both times. DuckDB lives
// in this folder with its own package.json: as a dependency of the library its missing
// platform builds would break `npm ci` (see TOOLCHAIN.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const people = Number(process.argv[2] ?? 100_000);
const WINDOW = { from: '2026-07-01', to: '2026-10-01', before: '2026-04-01' };

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

if (!existsSync(join(here, 'node_modules', '@duckdb', 'node-api'))) {
  console.log('Installing @duckdb/node-api in bench/duckdb …');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save'], here);
}
const { DuckDBInstance } = await import('@duckdb/node-api');

const file = join(tmpdir(), `golden-thread-bench-${people}.ndjson`);
if (!existsSync(file)) {
  console.log(`Writing ${people.toLocaleString('en-GB')} people to ${file} …`);
  run('npx', ['tsx', 'bench/stream.ts', 'write', String(people), file]);
}
const megabytes = statSync(file).size / 1e6;

const ours = (mode, parse) =>
  JSON.parse(
    run('npx', ['tsx', 'bench/stream.ts', 'measure', file, mode, ...(parse ? ['parse'] : [])])
      .trim()
      .split('\n')
      .at(-1),
  );
const subset = ours('subset', false);
const validated = ours('subset', true);
const everything = ours('all', false);

const literal = (s) => `'${String(s).replaceAll("'", "''")}'`;
const sql = readFileSync(join(here, 'metrics.sql'), 'utf8')
  .replaceAll('$file', literal(file))
  .replaceAll('$from', literal(WINDOW.from))
  .replaceAll('$to', literal(WINDOW.to))
  .replaceAll('$before', literal(WINDOW.before));

async function duck(threads) {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  const started = performance.now();
  const reader = await connection.runAndReadAll(sql);
  const ms = performance.now() - started;
  const row = reader.getRowObjectsJson()[0];
  connection.closeSync();
  return {
    ms: Math.round(ms),
    figures: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])),
  };
}
const duckAll = await duck(2);
const duckOne = await duck(1);

const names = Object.keys(subset.figures);
const differ = names.filter((n) => subset.figures[n] !== duckAll.figures[n]);
const missing = Object.keys(duckAll.figures).filter((n) => !(n in subset.figures));
console.log(
  `\n${people.toLocaleString('en-GB')} people, ${subset.records.toLocaleString('en-GB')} records, ${megabytes.toFixed(0)} MB NDJSON\n`,
);
console.log('figure'.padEnd(30), 'golden-thread'.padStart(14), 'DuckDB'.padStart(14));
for (const n of names) {
  console.log(
    n.padEnd(30),
    String(subset.figures[n]).padStart(14),
    String(duckAll.figures[n]).padStart(14),
    differ.includes(n) ? '  DIFFERENT' : '',
  );
}
const rows = [
  ['golden-thread, same figures (JSON.parse + accumulators)', subset.ms, subset.maxRssMb],
  [
    'golden-thread, same figures, each line validated (parseProviderRecord)',
    validated.ms,
    validated.maxRssMb,
  ],
  [
    'golden-thread, every governance metric (reviewsDue, quality checks, …)',
    everything.ms,
    everything.maxRssMb,
  ],
  ['DuckDB 1.5, same figures, 2 threads', duckAll.ms, null],
  ['DuckDB 1.5, same figures, 1 thread', duckOne.ms, null],
];
console.log('');
for (const [name, ms, rss] of rows) {
  console.log(
    `${name.padEnd(76)} ${String(ms).padStart(7)} ms${rss === null ? '' : `  (peak RSS ${rss} MB)`}`,
  );
}
console.log(
  `\nour time ÷ DuckDB's (same figures, 2 threads): ${(subset.ms / duckAll.ms).toFixed(2)}`,
);
console.log(
  `our time ÷ DuckDB's (same figures, 1 thread):  ${(subset.ms / duckOne.ms).toFixed(2)}`,
);
if (differ.length > 0 || missing.length > 0) {
  console.error(`\nFigures differ: ${[...differ, ...missing].join(', ')}`);
  process.exit(1);
}
console.log('Every figure is equal.');
