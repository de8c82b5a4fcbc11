import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { RestrictionSchema } from '../../src/restrictions/index.js';
import { arbRestriction } from './restrictions.js';

describe('restriction arbitraries', () => {
  test.prop([arbRestriction])('arbRestriction values pass RestrictionSchema', (restriction) => {
    const result = RestrictionSchema.safeParse(restriction);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
