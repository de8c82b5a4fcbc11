import { describe, expect, it } from 'vitest';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { OUTCOME_FIELDS } from './form-fields.js';
import { jsonSchemaNode, outcomeJsonSchema } from './outcome-json-schema.js';
import { parseOutcome } from './schemas/index.js';

describe('outcomeJsonSchema', () => {
  const schema = outcomeJsonSchema();

  it('describes the input side of an outcome as JSON Schema 2020-12', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['type']).toBe('object');
    expect(schema['required']).toEqual([
      'id',
      'personId',
      'words',
      'expressedBy',
      'lifecycleStatus',
    ]);
    expect(schema['additionalProperties']).toBe(false);
  });
  it('gives every described field its title and description', () => {
    for (const [path, field] of Object.entries(OUTCOME_FIELDS)) {
      const node = jsonSchemaNode(schema, path);
      expect(node, path).toBeDefined();
      expect(node?.['title'], path).toBe(field.title);
      expect(node?.['description'], path).toBe(field.description);
    }
  });
  it('marks dates and limits text', () => {
    expect(schema.properties['words']).toMatchObject({
      type: 'string',
      minLength: 1,
      maxLength: 2000,
    });
    expect(jsonSchemaNode(schema, 'timeframe.start')).toMatchObject({
      type: 'string',
      format: 'date',
    });
    expect(jsonSchemaNode(schema, 'ratings[].on')).toMatchObject({ format: 'date' });
  });
  it('lists the FHIR status codes as enums', () => {
    expect(schema.properties['lifecycleStatus']?.['enum']).toContain('entered-in-error');
    expect(jsonSchemaNode(schema, 'gas.baseline')?.['enum']).toEqual([-2, -1, 0, 1, 2]);
  });
  it('returns a new object each time', () => {
    expect(outcomeJsonSchema()).not.toBe(schema);
    expect(outcomeJsonSchema()).toEqual(schema);
  });
  it('gives every field a non-empty title and description', () => {
    for (const [path, field] of Object.entries(OUTCOME_FIELDS)) {
      expect(field.title.trim(), path).not.toBe('');
      expect(field.description.trim(), path).not.toBe('');
    }
  });
  it('marks exactly the date fields as dates', () => {
    const dates = Object.entries(OUTCOME_FIELDS)
      .filter(([, f]) => f.format === 'date')
      .map(([p]) => p);
    expect(dates).toEqual([
      'achievedOn',
      'closedOn',
      'timeframe.start',
      'timeframe.reviewBy',
      'agreements[].on',
      'ratings[].on',
    ]);
  });
  it('states the same text limits as the schema enforces', () => {
    const draft = structuredClone(goodOutcome) as Record<string, unknown>;
    const set = (path: string, value: string) => {
      const keys = path.replace('[]', '.0').split('.');
      let node = draft as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
      node[keys.at(-1) as string] = value;
    };
    for (const [path, field] of Object.entries(OUTCOME_FIELDS)) {
      if (field.maxLength === undefined || path.startsWith('agreements') || path.includes('name'))
        continue;
      const copy = structuredClone(draft);
      // A note on why an outcome was cancelled belongs to a cancelled outcome.
      if (path === 'cancelledNote') draft['lifecycleStatus'] = 'cancelled';
      set(path, 'x'.repeat(field.maxLength));
      expect(parseOutcome(draft).success, `${path} at its limit`).toBe(true);
      set(path, 'x'.repeat(field.maxLength + 1));
      expect(parseOutcome(draft).success, `${path} past its limit`).toBe(false);
      Object.assign(draft, copy);
      delete draft['cancelledNote'];
    }
  });
  it('finds no node for a path that does not exist', () => {
    expect(jsonSchemaNode(schema, 'timeframe.nope')).toBeUndefined();
    expect(jsonSchemaNode(schema, 'words.inner.deeper')).toBeUndefined();
  });
});
