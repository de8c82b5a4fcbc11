import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as fhir from '../../src/fhir/index.js';
import * as api from '../../src/index.js';
import * as bullmq from '../../src/node/bullmq/index.js';
import * as node from '../../src/node/index.js';
import * as stats from '../../src/stats/index.js';
import * as synthetic from '../../src/synthetic/index.js';
import * as visuals from '../../src/visuals/index.js';
import { readSurfaces, type Surface } from './surface.js';

// The public API is reviewed: adding or removing an export — a runtime name or a type name,
// on any entry point — means regenerating `surface.json` in the same change, where a
// reviewer reads the diff (`npx tsx test/api/surface.ts > test/api/surface.json`).
const reviewed = JSON.parse(
  readFileSync(new URL('./surface.json', import.meta.url), 'utf8'),
) as Record<string, Surface>;

const MODULES: Readonly<Record<string, object>> = {
  'golden-thread': api,
  'golden-thread/stats': stats,
  'golden-thread/synthetic': synthetic,
  'golden-thread/fhir': fhir,
  'golden-thread/visuals': visuals,
  'golden-thread/node': node,
  'golden-thread/node/bullmq': bullmq,
};

describe('the public API', () => {
  for (const [entry, module] of Object.entries(MODULES)) {
    it(`${entry} exports exactly the reviewed runtime names`, () => {
      expect(Object.keys(module).sort()).toEqual(reviewed[entry]?.runtime);
    });
  }
  it('exports exactly the reviewed runtime and type names, as the compiler reads them', () => {
    expect(readSurfaces()).toEqual(reviewed);
  });
  it('keeps the outer-ring subpaths out of the main entry point', () => {
    const main = new Set(Object.keys(api));
    for (const entry of [
      'golden-thread/synthetic',
      'golden-thread/fhir',
      'golden-thread/visuals',
      'golden-thread/node',
      'golden-thread/node/bullmq',
    ]) {
      for (const name of reviewed[entry]?.runtime ?? []) expect(main.has(name), name).toBe(false);
    }
  });
  it('offers every statistic on the main entry point as well as golden-thread/stats', () => {
    for (const name of Object.keys(stats)) expect(Object.keys(api)).toContain(name);
  });
});
