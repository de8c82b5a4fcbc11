import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { IsoDateSchema, IsoDateTimeSchema, RatioSchema } from '../../src/core/index.js';
import { arbAnyIsoDate, arbIsoDate, arbIsoDateTime, arbRatio } from './core.js';

describe('core arbitraries', () => {
  test.prop([arbIsoDate])('arbIsoDate values pass IsoDateSchema', (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });
  test.prop([arbAnyIsoDate])('arbAnyIsoDate values pass IsoDateSchema', (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });
  test.prop([arbIsoDateTime])('arbIsoDateTime values pass IsoDateTimeSchema', (d) => {
    expect(IsoDateTimeSchema.safeParse(d).success).toBe(true);
  });
  test.prop([arbRatio])('arbRatio values pass RatioSchema', (r) => {
    expect(RatioSchema.safeParse(r).success).toBe(true);
  });
});
