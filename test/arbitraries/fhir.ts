import fc from 'fast-check';
import type { Outcome } from '../../src/outcomes/index.js';
import { arbOutcome, arbText } from './outcomes.js';

/**
 * An outcome with the parts the shared arbitrary leaves out filled in at random: names and
 * notes on agreements, fractional and negative indicator numbers, units without a target.
 */
export const arbOutcomeForFhir: fc.Arbitrary<Outcome> = fc
  .tuple(
    arbOutcome,
    fc.array(
      fc.record({
        name: fc.option(arbText(20), { nil: undefined }),
        note: fc.option(arbText(40), { nil: undefined }),
      }),
      {
        minLength: 3,
        maxLength: 3,
      },
    ),
    fc.option(fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), {
      nil: undefined,
    }),
  )
  .map(([outcome, extras, fraction]) => {
    const agreements = outcome.agreements?.map((a, i) => {
      const extra: { name?: string | undefined; note?: string | undefined } = extras[i] ?? {};
      return {
        ...a,
        ...(extra.name === undefined ? {} : { name: extra.name }),
        ...(extra.note === undefined ? {} : { note: extra.note }),
      };
    });
    const indicator =
      outcome.indicator !== undefined &&
      fraction !== undefined &&
      !['count', 'frequency', 'prompts', 'duration'].includes(outcome.indicator.measure ?? '')
        ? { ...outcome.indicator, target: Object.is(fraction, -0) ? 0 : fraction }
        : outcome.indicator;
    return {
      ...outcome,
      ...(agreements === undefined ? {} : { agreements }),
      ...(indicator === undefined ? {} : { indicator }),
    } as Outcome;
  });

/**
 * What a Goal carries of an outcome: everything but its ratings, with an empty list of
 * owners or agreements written (and read back) as no list.
 */
export const withoutRatings = (outcome: Outcome): Outcome => {
  const { ratings: _ratings, ...rest } = outcome;
  const out: Record<string, unknown> = { ...rest };
  for (const key of ['owners', 'agreements']) {
    const value = out[key];
    if (Array.isArray(value) && value.length === 0) delete out[key];
  }
  return out as Outcome;
};
