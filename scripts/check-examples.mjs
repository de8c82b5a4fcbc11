#!/usr/bin/env node
// Every TSDoc @example in src/ is code a host will copy, so it is compiled against the real
// API, and run when it is self-contained.
//
// 1. Each ```ts block after an @example tag is extracted and becomes a module that imports
//    every public name of every entry point (so `checkOutcome(…)` resolves to the real one).
// 2. Names an example uses without defining them (`outcome`, `records`: the reader's own
//    data) are declared `any` — the calls, options and property names are still checked.
// 3. The examples are type-checked together with the library's strict settings.
// 4. An example that needed no such declaration is self-contained: it is run, and must not
//    throw.
// Prints each problem with the source file and line of its comment; exits 1 if any.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'reports', 'examples');
const surfaces = JSON.parse(readFileSync(join(ROOT, 'test', 'api', 'surface.json'), 'utf8'));

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name) ? [path] : [];
  });
}

/** The @example blocks of a file, with the line each starts on. */
function examplesOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
    const start = text.slice(0, comment.index).split('\n').length;
    for (let i = 0; i < lines.length; i += 1) {
      if (!lines[i].startsWith('@example')) continue;
      const open = lines.findIndex((l, j) => j > i && /^```(ts|typescript)\s*$/.test(l));
      if (open < 0) continue;
      const close = lines.findIndex((l, j) => j > open && /^```\s*$/.test(l));
      if (close < 0) continue;
      found.push({ file, line: start + open + 1, code: lines.slice(open + 1, close).join('\n') });
      i = close;
    }
  }
  return found;
}

// Every public name, imported once (the root's copy of a name two entry points share).
const seen = new Set();
const preamble = [];
for (const [entry, { runtime, types }] of Object.entries(surfaces)) {
  const names = [
    ...runtime.filter((n) => !seen.has(n)),
    ...types.filter((n) => !seen.has(n)).map((n) => `type ${n}`),
  ];
  for (const n of [...runtime, ...types]) seen.add(n);
  if (names.length > 0) preamble.push(`import { ${names.join(', ')} } from '${entry}';`);
}
const PREAMBLE = `${preamble.join('\n')}\n`;
const PREAMBLE_LINES = preamble.length;

const options = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  // A callback on the reader's own data (declared `any`) has parameters of no known type.
  noImplicitAny: false,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  types: ['node'],
  baseUrl: ROOT,
  ignoreDeprecations: '6.0',
  paths: Object.fromEntries(
    Object.keys(surfaces).map((entry) => [
      entry,
      [
        entry === 'golden-thread'
          ? './src/index.ts'
          : `./src/${entry.slice('golden-thread/'.length)}/index.ts`,
      ],
    ]),
  ),
};

const examples = sourceFiles(join(ROOT, 'src')).flatMap(examplesOf);
const virtualName = (i) => join(OUT, `example-${String(i).padStart(4, '0')}.ts`);

function check(extraDeclarations) {
  const files = new Map(
    examples.map((ex, i) => [
      virtualName(i),
      `${PREAMBLE}${ex.code}\n${(extraDeclarations[i] ?? []).map((n) => `declare const ${n}: any;\ntype ${n} = any;`).join('\n')}\n`,
    ]),
  );
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => files.get(f) ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, v, ...rest) =>
    files.has(f) ? ts.createSourceFile(f, files.get(f), v, true) : getSourceFile(f, v, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);
  const byFile = new Map();
  for (const d of [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()]) {
    const name = d.file?.fileName;
    if (name === undefined || !files.has(name)) continue;
    const list = byFile.get(name) ?? [];
    list.push(d);
    byFile.set(name, list);
  }
  return byFile;
}

// Pass 1: find the names each example leaves for the reader to supply.
const free = examples.map(() => []);
let diagnostics = check(free);
for (const [i] of examples.entries()) {
  for (const d of diagnostics.get(virtualName(i)) ?? []) {
    // Cannot find name 'x' (2304, 2552); no value for the shorthand property 'x' (18004).
    if (d.code !== 2304 && d.code !== 2552 && d.code !== 18004) continue;
    const name = ts.flattenDiagnosticMessageText(d.messageText, '\n').match(/'([^']+)'/)?.[1];
    if (name !== undefined && !free[i].includes(name)) free[i].push(name);
  }
}
// Pass 2: everything else is a real problem in the example.
diagnostics = check(free);
const problems = [];
for (const [i, ex] of examples.entries()) {
  for (const d of diagnostics.get(virtualName(i)) ?? []) {
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const at = ex.line + line - PREAMBLE_LINES;
    problems.push(
      `${relative(ROOT, ex.file)}:${at}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
  }
}

// Run the self-contained examples (no free names, no type errors) in one process.
const runnable = examples
  .map((ex, i) => ({ ex, i }))
  .filter(({ i }) => free[i].length === 0 && !diagnostics.has(virtualName(i)));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const { ex, i } of runnable) writeFileSync(virtualName(i), `${PREAMBLE}${ex.code}\n`);
const runner = join(OUT, 'run.ts');
writeFileSync(
  runner,
  `const files: [string, string][] = ${JSON.stringify(runnable.map(({ ex, i }) => [virtualName(i), `${relative(ROOT, ex.file)}:${ex.line}`]))};
const failed: string[] = [];
for (const [file, where] of files) {
  try { await import(file); } catch (error) { failed.push(\`\${where}: throws \${String(error).split('\\n')[0]}\`); }
}
if (failed.length > 0) { console.error(failed.join('\\n')); process.exit(1); }
`,
);
const run = spawnSync('npx', ['tsx', '--tsconfig', join(ROOT, 'tsconfig.json'), runner], {
  cwd: ROOT,
  encoding: 'utf8',
});
if (run.status !== 0) problems.push(...(run.stderr || run.stdout).trim().split('\n'));

if (problems.length > 0) {
  console.error(`@example problems (${problems.length}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `${examples.length} @example blocks type-check; ${runnable.length} self-contained ones ran.`,
);
