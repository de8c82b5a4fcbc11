#!/usr/bin/env node
// Runs every script in examples/ with tsx, two at a time (the CI machines have two cores);
// prints each result in name order and fails if any of them fails.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const scripts = readdirSync('examples')
  .filter((f) => f.endsWith('.ts'))
  .sort();
if (scripts.length === 0) {
  console.error('No example found in examples/.');
  process.exit(1);
}

/** Runs one example to its end: its exit status and everything it printed. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `examples/${script}`]);
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (status) => resolve({ script, ok: status === 0, output }));
  });
}

const results = new Array(scripts.length);
let next = 0;
async function worker() {
  while (next < scripts.length) {
    const index = next++;
    results[index] = await run(scripts[index]);
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));

let failed = 0;
for (const { script, ok, output } of results) {
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${script}`);
  if (!ok) console.log(output);
}
console.log(`${scripts.length - failed} of ${scripts.length} examples ran`);
process.exit(failed === 0 ? 0 : 1);
