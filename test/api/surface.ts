// The public surface of each entry point, read by the TypeScript compiler: the runtime names
// (values, functions, classes) and the type names (interfaces, type aliases) it exports.
// `public-api.test.ts` compares it with `surface.json`, the reviewed list; after a deliberate
// change, regenerate that file with `npx tsx test/api/surface.ts > test/api/surface.json`
// and let the reviewer read the diff.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The package's entry points, by subpath. */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  'golden-thread': 'src/index.ts',
  'golden-thread/stats': 'src/stats/index.ts',
  'golden-thread/synthetic': 'src/synthetic/index.ts',
  'golden-thread/fhir': 'src/fhir/index.ts',
  'golden-thread/visuals': 'src/visuals/index.ts',
  'golden-thread/node': 'src/node/index.ts',
  'golden-thread/node/bullmq': 'src/node/bullmq/index.ts',
};

export interface Surface {
  readonly runtime: readonly string[];
  readonly types: readonly string[];
}

export function readSurfaces(): Record<string, Surface> {
  const files = Object.values(ENTRY_POINTS).map((f) => join(ROOT, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const out: Record<string, Surface> = {};
  for (const [name, file] of Object.entries(ENTRY_POINTS)) {
    const source = program.getSourceFile(join(ROOT, file));
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (symbol === undefined) throw new Error(`No module symbol for ${file}`);
    const runtime: string[] = [];
    const types: string[] = [];
    for (const exported of checker.getExportsOfModule(symbol)) {
      const target =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
      // `export type { X }` of a value exports only its type.
      const typeOnly = exported.declarations?.some(
        (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
      );
      (isValue && !typeOnly ? runtime : types).push(exported.name);
    }
    const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    out[name] = { runtime: runtime.sort(byCodePoint), types: types.sort(byCodePoint) };
  }
  return out;
}

if (process.argv[1]?.endsWith('surface.ts')) {
  process.stdout.write(`${JSON.stringify(readSurfaces(), null, 2)}\n`);
}
