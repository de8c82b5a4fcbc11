import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^golden-thread\/fhir$/,
        replacement: new URL('./src/fhir/index.ts', import.meta.url).pathname,
      },
      {
        find: /^golden-thread\/visuals$/,
        replacement: new URL('./src/visuals/index.ts', import.meta.url).pathname,
      },
      {
        find: /^golden-thread\/stats$/,
        replacement: new URL('./src/stats/index.ts', import.meta.url).pathname,
      },
      {
        find: /^golden-thread\/synthetic$/,
        replacement: new URL('./src/synthetic/index.ts', import.meta.url).pathname,
      },
      {
        find: /^golden-thread\/node$/,
        replacement: new URL('./src/node/index.ts', import.meta.url).pathname,
      },
      {
        find: /^golden-thread\/node\/bullmq$/,
        replacement: new URL('./src/node/bullmq/index.ts', import.meta.url).pathname,
      },
      { find: /^golden-thread$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Type tests (`*.test-d.ts`): checked by the compiler when `--typecheck` is passed, as
    // `npm test` does on its first run; they state what must and must not compile.
    typecheck: {
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    // Test files share a worker's module cache: loading fast-check and zod once per worker
    // instead of once per file makes the suite about six times faster. Tests keep no state
    // between files (the setup file restores every spy; withTimeZone restores TZ).
    isolate: false,
    // Property tests run many cases; on a busy shared machine 5 s is too tight a limit.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
  },
});
