import { defineConfig } from 'tsup';

// Every source file is its own entry and chunks are split, so a host that imports one
// pure function does not pull in zod or the rest of the library (see DESIGN.md).
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
  format: ['esm', 'cjs'],
  target: 'node20',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  // golden-thread/node finds its worker file from import.meta.url, in CommonJS too.
  shims: true,
  outDir: 'dist',
  tsconfig: 'tsconfig.build.json',
});
