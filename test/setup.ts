/**
 * Runs before every test file.
 *
 * 1. Console guard: library code must never write to the console (hosts own their logs),
 *    so any `console.*` call during a test fails that test, naming what was written.
 * 2. fast-check seed policy: every property runs from a fixed seed so a run is repeatable.
 *    The seed is `FC_SEED` when set, otherwise 20261123. fast-check prints the seed and the
 *    counterexample path when a property fails; re-run with `FC_SEED=<seed>` to reproduce.
 *    `FC_NUM_RUNS` raises or lowers the number of runs per property (default 100).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';

const DEFAULT_SEED = 20261123;
const seed = process.env.FC_SEED === undefined ? DEFAULT_SEED : Number(process.env.FC_SEED);
const numRuns = process.env.FC_NUM_RUNS === undefined ? 100 : Number(process.env.FC_NUM_RUNS);
fc.configureGlobal({ seed, numRuns, verbose: 1 });

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;
const written: string[] = [];

/** What the code under test has written to the console since the test began. */
export function consoleWrites(): readonly string[] {
  return written;
}

/** Forgets console writes, for the one test that checks the guard itself. */
export function clearConsoleWrites(): void {
  written.length = 0;
}

beforeEach(() => {
  written.length = 0;
  for (const method of METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      written.push(`console.${method}: ${args.map((a) => String(a)).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (written.length > 0) {
    const lines = written.splice(0).join('\n');
    throw new Error(`The test wrote to the console, which library code must never do:\n${lines}`);
  }
});
