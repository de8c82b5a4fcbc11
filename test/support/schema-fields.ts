// Walks a zod schema and lists the paths of its fields, written as `FieldLabels` keys:
// `timeframe.reviewBy`, `owners[]` for an item of a list, `owners[].party`. Optional,
// nullable, default, pipe and lazy wrappers are looked through; every member of a union is
// walked. The entries of a map-like field (`z.record`) are not fields of the schema (their
// keys are the host's), so only the map itself is listed.
import type * as z from 'zod';

interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}

const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
]);

/** The paths of every field of `schema`, and every schema met on the way (by identity). */
export function schemaFields(schema: z.ZodType): { paths: string[]; met: Set<unknown> } {
  const paths = new Set<string>();
  const met = new Set<unknown>();
  const walk = (node: unknown, prefix: string, open: Set<unknown>): void => {
    const def = defOf(node);
    if (def === undefined || open.has(node)) return;
    met.add(node);
    const inner = new Set(open).add(node);
    const at = (key: string) => (prefix === '' ? key : `${prefix}.${key}`);
    if (WRAPPERS.has(def.type)) walk(def['innerType'], prefix, inner);
    else if (def.type === 'pipe') walk(def['in'], prefix, inner);
    else if (def.type === 'lazy') walk((def['getter'] as () => unknown)(), prefix, inner);
    else if (def.type === 'object') {
      for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>)) {
        paths.add(at(key));
        walk(value, at(key), inner);
      }
    } else if (def.type === 'array') {
      paths.add(`${prefix}[]`);
      walk(def['element'], `${prefix}[]`, inner);
    } else if (def.type === 'union') {
      for (const option of def['options'] as unknown[]) walk(option, prefix, inner);
    } else if (def.type === 'intersection') {
      walk(def['left'], prefix, inner);
      walk(def['right'], prefix, inner);
    } else if (def.type === 'tuple') {
      for (const [index, item] of (def['items'] as unknown[]).entries()) {
        paths.add(`${prefix}[${index}]`);
        walk(item, `${prefix}[${index}]`, inner);
      }
    }
  };
  walk(schema, '', new Set());
  return { paths: [...paths], met };
}
