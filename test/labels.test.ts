import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as fhir from '../src/fhir/index.js';
import * as api from '../src/index.js';
import { formatPath, localize, messageCatalogue, parseOutcome } from '../src/index.js';
import * as stats from '../src/stats/index.js';
import * as synthetic from '../src/synthetic/index.js';
import * as visuals from '../src/visuals/index.js';
import { schemaFields } from './support/schema-fields.js';

// Every field of every exported schema has a plain-English label (`FieldLabels`). A schema
// `XSchema` is labelled by `xLabels` on the main entry point; a schema without labels of its
// own must sit inside one that has them (its fields are labelled there). A field added
// without a label fails here, with its path.
const ENTRY_POINTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'golden-thread': api,
  'golden-thread/stats': stats,
  'golden-thread/synthetic': synthetic,
  'golden-thread/fhir': fhir,
  'golden-thread/visuals': visuals,
};

const schemas = Object.entries(ENTRY_POINTS).flatMap(([entry, module]) =>
  Object.entries(module).flatMap(([name, value]) =>
    value instanceof z.ZodType ? [{ entry, name, schema: value as z.ZodType }] : [],
  ),
);
const labelsName = (schemaName: string) =>
  `${schemaName.charAt(0).toLowerCase()}${schemaName.slice(1).replace(/Schema$/, '')}Labels`;
const labelsOf = (schemaName: string): Readonly<Record<string, string>> | undefined =>
  (api as Readonly<Record<string, unknown>>)[labelsName(schemaName)] as
    | Readonly<Record<string, string>>
    | undefined;

const labelled = schemas.filter((s) => labelsOf(s.name) !== undefined);
const metInLabelled = new Set(labelled.flatMap((s) => [...schemaFields(s.schema).met]));

describe('default field labels', () => {
  it('finds the exported schemas and their labels', () => {
    expect(labelled.map((s) => s.name)).toEqual(
      expect.arrayContaining(['OutcomeSchema', 'SupportPlanSchema', 'RestrictionSchema']),
    );
  });
  it('labels every field of every labelled schema', () => {
    const missing = labelled.flatMap(({ name, schema }) => {
      const labels = labelsOf(name) ?? {};
      return schemaFields(schema)
        .paths.filter((path) => !Object.hasOwn(labels, path))
        .map((path) => `${labelsName(name)} has no label for ${name} field "${path}"`);
    });
    expect(missing).toEqual([]);
  });
  it('labels the record itself', () => {
    const missing = labelled
      .filter(({ name }) => !Object.hasOwn(labelsOf(name) ?? {}, ''))
      .map(({ name }) => `${labelsName(name)} has no label for the record itself ('')`);
    expect(missing).toEqual([]);
  });
  it('names only fields the schema has', () => {
    const stale = labelled.flatMap(({ name, schema }) => {
      const paths = new Set(['', ...schemaFields(schema).paths]);
      return Object.keys(labelsOf(name) ?? {})
        .filter((key) => !paths.has(key))
        .map((key) => `${labelsName(name)} labels "${key}", which ${name} does not have`);
    });
    expect(stale).toEqual([]);
  });
  it('labels every other schema with fields where it is used', () => {
    const unlabelled = schemas
      .filter(({ name }) => labelsOf(name) === undefined)
      .filter(({ schema }) => schemaFields(schema).paths.length > 0)
      .filter(({ schema }) => !metInLabelled.has(schema))
      .map(
        ({ entry, name }) =>
          `${entry} ${name} has fields but no ${labelsName(name)}, and no labelled schema holds it`,
      );
    expect(unlabelled).toEqual([]);
  });
  it('writes labels in lower case, to read inside a sentence', () => {
    const capitalised = labelled.flatMap(({ name }) =>
      Object.entries(labelsOf(name) ?? {})
        .filter(([, label]) => /^[A-Z][a-z]/.test(label) && !/^(Goal|GAS|CQC)\b/.test(label))
        .map(([key]) => `${labelsName(name)}["${key}"]`),
    );
    expect(capitalised).toEqual([]);
  });
});

describe('using the default labels', () => {
  it('turns the library’s messages into plain English for a form', () => {
    const result = parseOutcome({
      id: 'o-1',
      personId: 'p-1',
      words: 'I want to cook my own tea',
      expressedBy: 'person',
      lifecycleStatus: 'active',
      timeframe: { start: '2026-09-14', reviewBy: '2026-09-01' },
      owners: [{ party: 'keyworker' }, { party: 'boss' }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const shown = localize(result.issues, messageCatalogue, { labels: api.outcomeLabels });
    expect(shown.map((i) => [formatPath(i.path), i.message])).toEqual([
      ['timeframe.reviewBy', 'Review-by date must be after the start date (2026-09-14).'],
      [
        'owners[1].party',
        'Role of owner 2 must be one of: person, keyworker, family, advocate, manager, other.',
      ],
    ]);
  });
});
