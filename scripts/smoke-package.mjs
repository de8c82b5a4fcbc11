#!/usr/bin/env node
// Follows the README's install instructions as written — the two shell blocks marked
// `<!-- smoke:clone -->` and `<!-- smoke:app -->` — and then loads the installed package the
// way a host would: from CommonJS, from ESM, and from TypeScript (`module: nodenext`, with
// both `.mts` and `.cts` files), with every subpath — golden-thread/node running its worker
// threads from the installed dist/, from CommonJS and from ESM, and checking that their result
// equals one pass. It also checks that the tarball holds
// exactly the files `package.json` lists and every file its `exports` name.
//
// The clone block runs in this checkout, which is a clone. Its `npm ci` and `npm run build`
// are the first steps of `.ci/run`, so they are not run twice: the script checks they have
// been done (node_modules and dist/ exist) and runs every other command (`npm pack`). Run it
// locally after `npm run build` (`npm run smoke`).
import { execFileSync, execSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const tarball = `${pkg.name}-${pkg.version}.tgz`;

function fail(message) {
  console.error(`smoke: ${message}`);
  process.exit(1);
}

/** The commands of the shell block that follows a `<!-- smoke:NAME -->` marker. */
function block(name) {
  const match = new RegExp(`<!-- smoke:${name} -->\\s*\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (match === null) fail(`README.md has no \`\`\`sh block after <!-- smoke:${name} -->.`);
  return match[1]
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Runs one README command in a shell, showing its output only when it fails. */
function sh(command, cwd) {
  console.log(`$ ${command}    (in ${cwd === root ? 'the clone' : 'the application'})`);
  try {
    execSync(command, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    process.stdout.write(error.stdout ?? '');
    process.stderr.write(error.stderr ?? '');
    fail(`the README command \`${command}\` failed.`);
  }
}

const ALREADY_DONE = {
  'npm ci': () => existsSync(join(root, 'node_modules', '.package-lock.json')),
  'npm run build': () => existsSync(join(root, 'dist', 'index.js')),
};

/** The tarball's files, and whether they are what package.json promises. */
function checkTarballContents(file) {
  const entries = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^package\//, ''));
  const allowed = new Set([...pkg.files, 'package.json']);
  const stray = entries.filter((entry) => !allowed.has(entry.split('/')[0]));
  if (stray.length > 0)
    fail(`the tarball holds files package.json does not list: ${stray.join(', ')}`);
  const leaves = (value) =>
    typeof value === 'string' ? [value] : Object.values(value).flatMap((v) => leaves(v));
  const missing = leaves(pkg.exports)
    .map((target) => target.replace(/^\.\//, ''))
    .filter((target) => !entries.includes(target));
  if (missing.length > 0) fail(`the tarball lacks files its exports name: ${missing.join(', ')}`);
  for (const file of pkg.files) {
    if (!entries.some((entry) => entry === file || entry.startsWith(`${file}/`))) {
      fail(`the tarball has nothing of "${file}", which package.json lists.`);
    }
  }
  console.log(`  ${tarball}: ${entries.length} files, as package.json lists them.`);
}

const check = `
  const r = parseIsoDate('2026-02-30');
  if (r.success || r.issues[0].code !== 'invalid_date') throw new Error('parseIsoDate');
  if (r.issues[0].message !== 'The date must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14).') throw new Error('parseIsoDate message');
  if (addWeeks('2026-09-14', 8) !== '2026-11-09') throw new Error('addWeeks');
  if (ratio(0, 0).value !== null) throw new Error('ratio');
  if (!isGoldenThreadError(new GoldenThreadError('invalid_argument', 'x'))) throw new Error('error');
  const draft = { id: 'o-1', personId: 'p-1', words: 'I want to cook', expressedBy: 'person', lifecycleStatus: 'active',
    timeframe: { start: '2026-09-14', reviewBy: '2026-09-01' } };
  const parsed = parseOutcome(draft);
  const shown = parsed.success ? [] : localize(parsed.issues, messageCatalogue, { labels: outcomeLabels });
  if (shown[0]?.message !== 'Review-by date must be after the start date (2026-09-14).') throw new Error('labels');
  const goal = toFhirGoal(
    { id: 'o-1', personId: 'p-1', words: 'I want to cook', expressedBy: 'person', lifecycleStatus: 'active' },
    { subject: { reference: 'Patient/p-1' } },
  );
  if (!fromFhirGoal(goal).success) throw new Error('golden-thread/fhir');
  if (poissonInterval(3).lower === undefined) throw new Error('golden-thread/stats');
  if (generateProvider({ seed: 1, people: 2, asOf: '2026-10-07' }).records.length === 0) throw new Error('golden-thread/synthetic');
  if (!xmrChartSvg(xmrChart([1, 2], { improvement: 'decrease' }), { title: 'x' }).startsWith('<svg')) throw new Error('golden-thread/visuals');`;
const names = {
  'golden-thread':
    'parseIsoDate, addWeeks, ratio, xmrChart, GoldenThreadError, isGoldenThreadError, parseOutcome, localize, messageCatalogue, outcomeLabels',
  'golden-thread/fhir': 'toFhirGoal, fromFhirGoal',
  'golden-thread/stats': 'poissonInterval',
  'golden-thread/synthetic': 'generateProvider',
  'golden-thread/visuals': 'xmrChartSvg',
};
const requires = Object.entries(names)
  .map(([from, what]) => `const { ${what} } = require('${from}');`)
  .join('\n');
const imports = Object.entries(names)
  .map(([from, what]) => `import { ${what} } from '${from}';`)
  .join('\n');
// One process that imports and requires the library holds two copies of it: the README
// says to use isGoldenThreadError, because instanceof fails across them. Check both halves.
const dualCopies = `
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('golden-thread');
const other = new cjs.GoldenThreadError('invalid_argument', 'from the CommonJS copy');
if (other instanceof GoldenThreadError) throw new Error('instanceof now works across copies: update the README');
if (!isGoldenThreadError(other)) throw new Error('isGoldenThreadError fails across copies');`;

// golden-thread/node: two worker threads started from the installed package's dist/, and a
// single-thread pass over the same file, which they must equal.
const jobs = `
  const file = join(tmpdir(), 'golden-thread-smoke-' + process.pid + '.ndjson');
  const lines = [...providerRecords({ seed: 1, people: 40, asOf: '2026-11-01' })].map((r) => JSON.stringify(r));
  writeFileSync(file, lines.join(String.fromCharCode(10)));
  const window = { from: '2026-07-01', to: '2026-10-01' };
  const one = await computeMetricsFromNdjson(file, { report: governanceMetrics({ window }) });
  const two = await computeMetricsInParallel({ job: governanceJob({ window }), files: [file], workers: 2 });
  rmSync(file);
  if (!isDeepStrictEqual(two.results, one.results.report) || two.records !== lines.length) throw new Error('golden-thread/node');`;
const jobNames = {
  'golden-thread': 'governanceMetrics',
  'golden-thread/synthetic': 'providerRecords',
  'golden-thread/node': 'computeMetricsFromNdjson, computeMetricsInParallel, governanceJob',
  'node:fs': 'writeFileSync, rmSync',
  'node:os': 'tmpdir',
  'node:path': 'join',
  'node:util': 'isDeepStrictEqual',
};
const jobRequires = Object.entries(jobNames)
  .map(([from, what]) => `const { ${what} } = require('${from}');`)
  .join('\n');
const jobImports = Object.entries(jobNames)
  .map(([from, what]) => `import { ${what} } from '${from}';`)
  .join('\n');

const hosts = {
  'jobs.cjs': `${jobRequires}\n(async () => {${jobs}\nconsole.log('  golden-thread/node from CommonJS: two worker threads, equal to one pass');\n})().catch((error) => { console.error(error); process.exit(1); });\n`,
  'jobs.mjs': `${jobImports}\n${jobs}\nconsole.log('  golden-thread/node from ESM: two worker threads, equal to one pass');\n`,
  'host.cjs': `${requires}\n${check}\nconsole.log('  CommonJS: ok');\n`,
  'host.mjs': `${imports}\n${check}\n${dualCopies}\nconsole.log('  ESM: ok (isGoldenThreadError recognises the other copy; instanceof does not)');\n`,
  'typed.mts': `${imports}\nimport type { Outcome, FieldLabels } from 'golden-thread';\nimport type { FhirGoal } from 'golden-thread/fhir';\nconst labels: FieldLabels = outcomeLabels;\nconst outcome: Outcome = { id: 'o', personId: 'p', words: 'w', expressedBy: 'person', lifecycleStatus: 'active' };\nconst goal: FhirGoal = toFhirGoal(outcome, { subject: { reference: 'Patient/p' } });\nexport const used = [labels, goal, parseIsoDate, addWeeks, ratio, xmrChart, GoldenThreadError, isGoldenThreadError, parseOutcome, localize, messageCatalogue, fromFhirGoal, poissonInterval, generateProvider, xmrChartSvg];\n`,
  'typed.cts': `import { parseOutcome, type Outcome } from 'golden-thread';\nimport { toFhirGoal } from 'golden-thread/fhir';\nconst r = parseOutcome({});\nconst o: Outcome | undefined = r.success ? r.data : undefined;\nexport const used = [o, toFhirGoal];\n`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      noEmit: true,
      // The declarations are checked where they are built; here: do they resolve and fit?
      skipLibCheck: true,
      types: [],
    },
    files: ['typed.mts', 'typed.cts'],
  }),
};

const dir = mkdtempSync(join(tmpdir(), 'golden-thread-smoke-'));
try {
  // The clone block, in this clone.
  for (const command of block('clone')) {
    const done = ALREADY_DONE[command];
    if (done === undefined) sh(command, root);
    else if (done()) console.log(`$ ${command}    (already done by CI's own step)`);
    else fail(`\`${command}\` has not been run in this checkout: run it first.`);
  }
  if (!existsSync(join(root, tarball))) fail(`the clone block did not write ${tarball}.`);
  checkTarballContents(join(root, tarball));

  // The application block, in a new application next to the clone, as the README puts it.
  const app = block('app');
  if (!app.some((command) => command.includes(`../golden-thread/${tarball}`))) {
    fail(`the README's application block does not install ../golden-thread/${tarball}.`);
  }
  symlinkSync(root, join(dir, 'golden-thread'), 'dir');
  const host = join(dir, 'your-app');
  mkdirSync(host);
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'your-app', private: true }));
  for (const command of app) sh(command, host);

  for (const [name, text] of Object.entries(hosts)) writeFileSync(join(host, name), text);
  process.stdout.write(execFileSync('node', ['host.cjs'], { cwd: host, encoding: 'utf8' }));
  process.stdout.write(execFileSync('node', ['host.mjs'], { cwd: host, encoding: 'utf8' }));
  process.stdout.write(execFileSync('node', ['jobs.cjs'], { cwd: host, encoding: 'utf8' }));
  process.stdout.write(execFileSync('node', ['jobs.mjs'], { cwd: host, encoding: 'utf8' }));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync('node', [tsc, '-p', 'tsconfig.json'], { cwd: host, encoding: 'utf8' });
  } catch (error) {
    process.stdout.write(error.stdout ?? '');
    fail('the installed package does not type-check in a TypeScript host.');
  }
  console.log('  TypeScript (nodenext, .mts and .cts): ok');
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(root, tarball), { force: true });
}
