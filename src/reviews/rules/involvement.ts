import type { Review, Supporter } from '../schemas/index.js';
import type { ReviewQualityRule } from './context.js';

type Participant = NonNullable<Review['others']>[number];

const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** A participant who may be the supporter: the same role, and the same name if both say. */
const mayBe = (p: Participant, s: Supporter): boolean =>
  p.role === s.role && (s.name === undefined || p.name === undefined || sameName(p.name, s.name));

/** A participant who is the supporter: by name when the plan names them, else by role. */
const is = (p: Participant, s: Supporter): boolean =>
  s.name === undefined
    ? p.role === s.role
    : p.name !== undefined && sameName(p.name, s.name) && (p.role === s.role || p.role === 'other');

const named = (s: Supporter) => ({
  role: s.role,
  ...(s.name === undefined ? {} : { name: s.name }),
});

/** The supporters the person chose took part when wanted, and not when not wanted. */
export const supportersRule: ReviewQualityRule = {
  group: 'involvement',
  codes: ['wanted_involvement_missing', 'unwanted_supporter_present'],
  applies: ({ given }) => (given.supporters ?? []).length > 0,
  check: ({ review, given }, report) => {
    const others = review.others ?? [];
    for (const supporter of given.supporters ?? []) {
      if (supporter.atReviews === 'wanted') {
        if (!others.some((p) => mayBe(p, supporter) || is(p, supporter)))
          report('wanted_involvement_missing', ['others'], named(supporter));
      } else if (others.some((p) => is(p, supporter))) {
        report('unwanted_supporter_present', ['others'], named(supporter));
      }
    }
  },
};
