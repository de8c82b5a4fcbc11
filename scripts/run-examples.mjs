#!/usr/bin/env node
// Runs every script in examples/ with tsx; fails if any of them fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const scripts = readdirSync('examples')
  .filter((f) => f.endsWith('.ts'))
  .sort();
if (scripts.length === 0) {
  console.error('No example found in examples/.');
  process.exit(1);
}
let failed = 0;
for (const script of scripts) {
  const run = spawnSync('npx', ['tsx', `examples/${script}`], { encoding: 'utf8' });
  const ok = run.status === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${script}`);
  if (!ok) console.log(run.stdout, run.stderr);
}
console.log(`${scripts.length - failed} of ${scripts.length} examples ran`);
process.exit(failed === 0 ? 0 : 1);
