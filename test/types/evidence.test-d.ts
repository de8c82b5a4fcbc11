import { describe, expectTypeOf, it } from 'vitest';
import {
  type EvidenceFinding,
  goldenThread,
  type IsoDate,
  type PersonRecord,
  parseEvidenceChain,
  toEvidenceChain,
} from '../../src/index.js';

declare const asOf: IsoDate;
declare const person: PersonRecord;

describe('evidence types', () => {
  it('narrow a chain’s parse issues by code', () => {
    const result = parseEvidenceChain({});
    if (!result.success) {
      for (const issue of result.issues) {
        switch (issue.code) {
          case 'chain_wrong_link_kind':
            expectTypeOf(issue.found).toEqualTypeOf<string>();
            expectTypeOf(issue.expected).toEqualTypeOf<string>();
            break;
          case 'chain_link_out_of_order':
            expectTypeOf(issue.targetOn).toEqualTypeOf<IsoDate>();
            break;
          case 'chain_without_input':
            // @ts-expect-error a code without details has no `id`
            issue.id satisfies string;
            break;
        }
      }
    }
  });
  it('take a parsed person record as everyday records, as it is', () => {
    expectTypeOf(toEvidenceChain(person.plan.personId, person)).toEqualTypeOf<
      ReturnType<typeof toEvidenceChain>
    >();
    const thread = goldenThread(person.plan.personId, person, { asOf });
    expectTypeOf(thread.findings).toEqualTypeOf<readonly EvidenceFinding[]>();
    for (const f of thread.findings) {
      if (f.code === 'chain_decision_without_input')
        expectTypeOf(f.reviewId).toEqualTypeOf<string>();
    }
  });
  it('need the day the thread is drawn as of', () => {
    // @ts-expect-error goldenThread takes its options, with asOf
    goldenThread('p-1', {});
  });
});
