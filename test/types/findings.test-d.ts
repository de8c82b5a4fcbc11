import { describe, expectTypeOf, it } from 'vitest';
import { type FhirFinding, fromFhirGoal } from '../../src/fhir/index.js';
import {
  checkOutcome,
  checkRestriction,
  checkReviewQuality,
  type EvidenceFinding,
  type Finding,
  type IsoDate,
  type OutcomeFinding,
  type RestrictionFinding,
  type ReviewsDueNotice,
} from '../../src/index.js';

declare const asOf: IsoDate;

describe('finding types', () => {
  it('narrow their details by code', () => {
    const findings = checkRestriction({} as never, { asOf });
    for (const f of findings) {
      switch (f.code) {
        case 'authorisation_expiring':
          expectTypeOf(f.daysLeft).toEqualTypeOf<number>();
          expectTypeOf(f.reference).toEqualTypeOf<string | null>();
          break;
        case 'no_rationale':
          expectTypeOf(f.missing).toEqualTypeOf<
            readonly ('rationale' | 'risk' | 'likelihood' | 'seriousness')[]
          >();
          break;
        case 'blanket_restriction':
          // @ts-expect-error a code without details has no `daysLeft`
          f.daysLeft satisfies number;
          break;
      }
      expectTypeOf(f.restrictionId).toEqualTypeOf<string>();
    }
  });
  it('carry the fields every finding of the module has', () => {
    expectTypeOf<OutcomeFinding['personId']>().toEqualTypeOf<string>();
    expectTypeOf<EvidenceFinding['chainId']>().toEqualTypeOf<string>();
    expectTypeOf<ReviewsDueNotice['planId']>().toEqualTypeOf<string>();
    const outcome = checkOutcome({} as never, { asOf })[0];
    if (outcome?.code === 'too_many_priorities') {
      expectTypeOf(outcome.outcomeIds).toEqualTypeOf<readonly string[]>();
    }
  });
  it('are all assignable to the shared Finding interface', () => {
    expectTypeOf<RestrictionFinding>().toExtend<Finding>();
    expectTypeOf<OutcomeFinding>().toExtend<Finding>();
    expectTypeOf<FhirFinding>().toExtend<Finding>();
    const { findings } = checkReviewQuality({} as never);
    expectTypeOf(findings[0]).toExtend<Finding | undefined>();
  });
  it('reject a code that does not exist', () => {
    for (const f of checkRestriction({} as never, { asOf })) {
      // @ts-expect-error 'no_such_code' is not a restriction finding code
      if (f.code === 'no_such_code') break;
    }
    const result = fromFhirGoal({});
    if (result.success) expectTypeOf(result.findings).toEqualTypeOf<readonly FhirFinding[]>();
  });
});
