// Governance metrics, golden-thread beside DuckDB (issues #7 and #21). Not part of CI.
//
//   node bench/duckdb/compare.mjs [people] [repeats]     (default 100000 people, 1 repeat;
//                                                        run from the repository root)
//
// Builds the package when dist/ is older than src/, writes a synthetic provider as NDJSON
// (once, in the OS temp folder), and times, each in a child process of its own:
// golden-thread's readline reader (the old pipeline), its byte reader in one thread, and
// computeMetricsInParallel on 1 and 2 worker threads — for the 21 figures DuckDB also
// computes, trusted (no validation, as DuckDB does none) and validated — and every governance
// metric validated; then the same 21 figures as SQL in DuckDB on 2 threads and on 1, from the
// same file. Every golden-thread run's figures are checked equal to DuckDB's. With repeats,
// each time is the fastest of that many runs (these machines are shared and noisy).
// DuckDB lives in this folder with its own package.json: as a dependency of the library its
// missing platform builds would break `npm ci` (see TOOLCHAIN.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const people = Number(process.argv[2] ?? 100_000);
const repeats = Math.max(1, Number(process.argv[3] ?? 1));
const WINDOW = { from: '2026-07-01', to: '2026-10-01', before: '2026-04-01' };

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** The newest modification time of the files under a folder. */
function newest(dir) {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

const built = join(root, 'dist', 'node', 'worker.js');
if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
  console.log('Building the package (dist/ is older than src/) …');
  run('npm', ['run', 'build']);
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

/** One golden-thread run (fastest of `repeats`), in a child process of its own. */
function ours(which, flags) {
  let best;
  for (let i = 0; i < repeats; i += 1) {
    const out = run('npx', ['tsx', 'bench/stream.ts', 'measure', file, which, ...flags]);
    const result = JSON.parse(out.trim().split('\n').at(-1));
    if (best === undefined || result.ms < best.ms) best = result;
  }
  return best;
}

const literal = (s) => `'${String(s).replaceAll("'", "''")}'`;
const sql = readFileSync(join(here, 'metrics.sql'), 'utf8')
  .replaceAll('$file', literal(file))
  .replaceAll('$from', literal(WINDOW.from))
  .replaceAll('$to', literal(WINDOW.to))
  .replaceAll('$before', literal(WINDOW.before));

async function duck(threads) {
  let best;
  for (let i = 0; i < repeats; i += 1) {
    const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
    const connection = await instance.connect();
    const started = performance.now();
    const reader = await connection.runAndReadAll(sql);
    const ms = Math.round(performance.now() - started);
    const row = reader.getRowObjectsJson()[0];
    connection.closeSync();
    const figures = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
    if (best === undefined || ms < best.ms) best = { ms, figures };
  }
  return best;
}

const runs = [
  ['21 figures, readline reader, 1 thread, trusted (before #21)', 'subset', ['reader=readline']],
  ['21 figures, byte reader, 1 thread, trusted', 'subset', []],
  ['21 figures, 1 worker, trusted', 'subset', ['workers=1']],
  ['21 figures, 2 workers, trusted', 'subset', ['workers=2']],
  ['21 figures, 2 workers, validated (parseProviderRecord)', 'subset', ['workers=2', 'parse']],
  ['every governance metric, 1 worker, validated', 'all', ['workers=1', 'parse']],
  ['every governance metric, 2 workers, validated', 'all', ['workers=2', 'parse']],
].map(([name, which, flags]) => ({ name, which, ...ours(which, flags) }));
const duckTwo = await duck(2);
const duckOne = await duck(1);

console.log(
  `\n${people.toLocaleString('en-GB')} people, ${runs[0].records.toLocaleString('en-GB')} records, ${megabytes.toFixed(0)} MB NDJSON${repeats > 1 ? `, fastest of ${repeats} runs each` : ''}\n`,
);
const names = Object.keys(duckTwo.figures);
const subsets = runs.filter((r) => r.which === 'subset');
console.log('figure'.padEnd(30), 'golden-thread'.padStart(14), 'DuckDB'.padStart(14));
const differ = new Set();
for (const n of names) {
  const ourFigures = subsets.map((r) => r.figures[n]);
  const same =
    ourFigures.every((v) => v === duckTwo.figures[n]) && duckOne.figures[n] === duckTwo.figures[n];
  if (!same) differ.add(n);
  console.log(
    n.padEnd(30),
    String(ourFigures[0]).padStart(14),
    String(duckTwo.figures[n]).padStart(14),
    same ? '' : '  DIFFERENT',
  );
}
for (const r of subsets) {
  for (const n of Object.keys(r.figures)) if (!(n in duckTwo.figures)) differ.add(n);
}

console.log('');
const width = Math.max(...runs.map((r) => r.name.length)) + 16;
for (const r of runs) {
  const perPerson = ((1000 * r.ms) / people).toFixed(1);
  console.log(
    `golden-thread, ${r.name}`.padEnd(width),
    `${String(r.ms).padStart(7)} ms  ${perPerson.padStart(6)} µs/person  peak RSS ${r.maxRssMb} MB`,
  );
}
for (const [label, d] of [
  ['2 threads', duckTwo],
  ['1 thread', duckOne],
]) {
  console.log(`DuckDB 1.5, 21 figures, ${label}`.padEnd(width), `${String(d.ms).padStart(7)} ms`);
}
const byName = (prefix) => runs.find((r) => r.name.startsWith(prefix));
const ratio = (r, d) => (r.ms / d.ms).toFixed(2);
const twoTrusted = byName('21 figures, 2 workers, trusted');
const everyTwo = byName('every governance metric, 2 workers');
console.log('');
console.log(
  `21 figures, 2 workers ÷ DuckDB 2 threads:                      ${ratio(twoTrusted, duckTwo)}  (target ≤ 1.5)`,
);
console.log(
  `21 figures, 2 workers ÷ DuckDB 1 thread:                       ${ratio(twoTrusted, duckOne)}`,
);
console.log(
  `21 figures, 1 worker ÷ DuckDB 1 thread:                        ${ratio(byName('21 figures, 1 worker'), duckOne)}`,
);
console.log(
  `every metric, validated, 2 workers ÷ DuckDB 2 threads:         ${ratio(everyTwo, duckTwo)}  (target ≤ 3)`,
);
console.log(
  `2 workers ÷ 1 worker (every metric, validated):                ${(everyTwo.ms / byName('every governance metric, 1 worker').ms).toFixed(2)}`,
);
if (differ.size > 0) {
  console.error(`\nFigures differ: ${[...differ].join(', ')}`);
  process.exit(1);
}
console.log('Every figure is equal, in every golden-thread run and in DuckDB.');
