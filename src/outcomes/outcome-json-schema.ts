import * as z from 'zod';
import { OUTCOME_FIELDS } from './form-fields.js';
import { OutcomeSchema } from './schemas/index.js';

type JsonObject = { [key: string]: unknown };

function child(node: JsonObject, segment: string): JsonObject | undefined {
  const next =
    segment === '[]' ? node['items'] : (node['properties'] as JsonObject | undefined)?.[segment];
  return typeof next === 'object' && next !== null ? (next as JsonObject) : undefined;
}

/**
 * Finds the JSON Schema node for a field path such as `ratings[].score`.
 *
 * @internal
 */
export function jsonSchemaNode(root: JsonObject, path: string): JsonObject | undefined {
  let node: JsonObject | undefined = root;
  for (const segment of path.replace(/\[\]/g, '.[]').split('.')) {
    if (node === undefined) return undefined;
    node = child(node, segment);
  }
  return node;
}

/**
 * The JSON Schema (draft 2020-12) of an outcome as a form sends it, with a title and a
 * plain-English description on each field, for form builders that render or validate from
 * JSON Schema.
 *
 * @remarks Built with zod 4's `z.toJSONSchema` on the input side of {@link OutcomeSchema},
 * then given titles, descriptions, `format: 'date'` for dates and length limits for text.
 * Cross-field rules (review-by after start, scores on the scale) cannot be said in JSON
 * Schema: validate with {@link validateOutcomeForm} or {@link parseOutcome} as well. A new
 * object is returned on every call, so callers may change it.
 * @returns The JSON Schema, as a plain object.
 * @example
 * ```ts
 * const schema = outcomeJsonSchema();
 * schema.properties.words?.title; // => 'In the person’s words'
 * ```
 * @category Outcomes
 */
export function outcomeJsonSchema(): Record<string, unknown> & {
  properties: Record<string, Record<string, unknown>>;
} {
  const schema = z.toJSONSchema(OutcomeSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonObject;
  schema['title'] = 'Person-led outcome';
  schema['description'] =
    'One outcome: the person’s own words, how progress will be seen, a timeframe, and who will do what.';
  for (const [path, field] of Object.entries(OUTCOME_FIELDS)) {
    const node = jsonSchemaNode(schema, path);
    if (node !== undefined) Object.assign(node, field);
  }
  return schema as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
}
