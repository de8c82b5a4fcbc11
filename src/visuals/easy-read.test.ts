import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOutcome } from '../../test/arbitraries/outcomes.js';
import { arbAction, arbFeedback } from '../../test/arbitraries/reviews.js';
import { arbHostileText } from '../../test/arbitraries/visuals.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { thrownCode } from '../../test/support/thrown.js';
import { parseXml } from '../../test/support/xml.js';
import type { IsoDate } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import { type Action, type Feedback, youSaidWeDid } from '../reviews/index.js';
import { easyReadHtml } from './easy-read-html.js';
import { easyReadProgress } from './easy-read-progress.js';
import { easyReadYouSaidWeDid } from './easy-read-you-said-we-did.js';
import { cleanText } from './escape.js';

const labelled: Outcome = {
  ...goodOutcome,
  ratingScale: {
    min: 1,
    max: 5,
    labels: [
      { score: 2, label: 'With staff' },
      { score: 4, label: 'With a friend' },
    ],
  },
  ratings: [
    { on: '2026-11-09', score: 4, ratedBy: 'person', example: 'Went on the bus with Jo' },
    { on: '2026-09-14', score: 2, ratedBy: 'person' },
  ],
};

describe('easyReadProgress', () => {
  describe('with ratings going up', () => {
    it('says where it started, where it is now and that it went up, one idea per line', () => {
      expect(easyReadProgress(labelled, { asOf: '2026-11-23' })).toEqual([
        'You said: “I want to go to the art group on my own”',
        'On 14 September 2026 it was 2 out of 5 (With staff).',
        'On 9 November 2026 it was 4 out of 5 (With a friend).',
        'It has gone up.',
        'What happened: Went on the bus with Jo.',
        'We will look at this again by 7 December 2026.',
      ]);
    });
  });
  describe('with ratings going down or level', () => {
    it('says it has gone down', () => {
      const down = {
        ...goodOutcome,
        ratings: (goodOutcome.ratings ?? []).map((r, i) => ({ ...r, score: 3 - i })),
      };
      expect(easyReadProgress(down)).toContain('It has gone down.');
    });
    it('says it is the same as at the start', () => {
      const level = {
        ...goodOutcome,
        ratings: (goodOutcome.ratings ?? []).map((r) => ({ ...r, score: 3 })),
      };
      expect(easyReadProgress(level)).toContain('It is the same as at the start.');
    });
  });
  describe('with no ratings', () => {
    it('says they have not been rated yet', () => {
      expect(easyReadProgress({ ...goodOutcome, ratings: [] })).toContain(
        'We have not rated how it is going yet.',
      );
    });
  });
  describe('with one rating', () => {
    it('gives that rating with its date', () => {
      const one = {
        ...goodOutcome,
        ratings: [{ on: '2026-10-12' as IsoDate, score: 3, ratedBy: 'person' as const }],
      };
      expect(easyReadProgress(one)).toContain('On 12 October 2026 it was 3 out of 5.');
    });
  });
  describe('with a scale that does not start at 0 or 1', () => {
    it('names the scale’s range', () => {
      const gas: Outcome = {
        ...goodOutcome,
        ratingScale: { min: -2, max: 2 },
        ratings: [{ on: '2026-10-12', score: 0, ratedBy: 'person' }],
      };
      expect(easyReadProgress(gas)).toContain(
        'On 12 October 2026 it was 0 on a scale from -2 to 2.',
      );
    });
  });
  describe('with words said by someone else', () => {
    it('says who said them', () => {
      expect(easyReadProgress({ ...goodOutcome, expressedBy: 'family' })[0]).toMatch(
        /^Your family said: /,
      );
    });
  });
  describe('when the review day has passed', () => {
    it('says so in two short lines', () => {
      expect(easyReadProgress(goodOutcome, { asOf: '2026-12-08' }).slice(-2)).toEqual([
        'We said we would look at this again by 7 December 2026.',
        'That day has passed.',
      ]);
    });
  });
  describe('when the goal was reached', () => {
    it('says when', () => {
      const done: Outcome = {
        ...goodOutcome,
        achievementStatus: 'achieved',
        achievedOn: '2026-11-20',
      };
      expect(easyReadProgress(done).at(-1)).toBe('You reached this goal on 20 November 2026.');
      const { achievedOn: _, ...undated } = done;
      expect(easyReadProgress(undated).at(-1)).toBe('You reached this goal.');
    });
  });
  describe('with bad arguments', () => {
    it('throws invalid_date for an asOf that is not a date', () => {
      expect(thrownCode(() => easyReadProgress(goodOutcome, { asOf: 'today' as IsoDate }))).toBe(
        'invalid_date',
      );
    });
  });
  describe('properties', () => {
    test.prop([arbOutcome])('gives the same lines twice and never changes its input', (outcome) => {
      const before = structuredClone(outcome);
      expect(easyReadProgress(outcome)).toEqual(easyReadProgress(outcome));
      expect(outcome).toEqual(before);
    });
    test.prop([arbOutcome])(
      'writes short sentences: every line ends a sentence or is a quote',
      (outcome) => {
        for (const line of easyReadProgress(outcome)) expect(line).toMatch(/[.!?”]$/);
      },
    );
  });
});

const fb = (id: string, from: Feedback['from'] = 'person'): Feedback => ({
  id,
  personId: 'p-1',
  on: '2026-09-01',
  from,
  words: `Words ${id}`,
});
const act = (id: string, feedbackId: string, over: Partial<Action> = {}): Action => ({
  id,
  description: `Do ${id}`,
  owner: { role: 'manager' },
  dueOn: '2026-10-20',
  status: 'open',
  feedbackIds: [feedbackId],
  ...over,
});
const period = { from: '2026-08-01', to: '2026-11-01' } as const;

describe('easyReadYouSaidWeDid', () => {
  describe('with feedback in every state', () => {
    const result = youSaidWeDid(
      [fb('a'), fb('b'), fb('c'), fb('d')],
      [
        act('x', 'a', { status: 'done', completedOn: '2026-10-01' }),
        act('y', 'b'),
        act('z', 'd', { status: 'dropped' }),
      ],
      period,
    );
    const groups = easyReadYouSaidWeDid(result);
    it('opens with a summary that leaves out nothing and no zero', () => {
      expect(groups[0]).toEqual([
        'You told us 4 things.',
        'We did 1 of them.',
        'We are still working on 1.',
        'We have not started 1 yet.',
        'We decided not to do 1.',
      ]);
    });
    it('follows with each entry’s own lines', () => {
      expect(groups.slice(1)).toEqual(result.entries.map((e) => e.lines));
    });
    it('copies the lines', () => {
      groups[1]?.push('changed');
      expect(result.entries[0]?.lines).not.toContain('changed');
    });
  });
  describe('when family spoke too', () => {
    it('says "We were told"', () => {
      const groups = easyReadYouSaidWeDid(youSaidWeDid([fb('a', 'family')], [], period));
      expect(groups[0]).toEqual(['We were told 1 thing.', 'We have not started 1 yet.']);
    });
  });
  describe('with no feedback', () => {
    it('says nobody told us anything', () => {
      expect(easyReadYouSaidWeDid(youSaidWeDid([], [], period))).toEqual([
        ['Nobody told us anything new in this time.'],
      ]);
    });
  });
  describe('properties', () => {
    test.prop([
      fc.array(arbFeedback('p-1', '2026-08-01', 80), { maxLength: 6 }),
      fc.array(arbAction('2026-08-01'), { maxLength: 6 }),
    ])('has one group per entry after the summary', (feedback, actions) => {
      const result = youSaidWeDid(feedback, actions, period);
      expect(easyReadYouSaidWeDid(result)).toHaveLength(1 + result.entries.length);
    });
  });
});

describe('easyReadHtml', () => {
  describe('with lines', () => {
    it('writes one paragraph per line in a section', () => {
      expect(
        easyReadHtml(['You said: “A key”', 'We did this: Fit a lock.'], {
          heading: 'You said, we did',
        }),
      ).toBe(
        '<section class="easy-read"><h2>You said, we did</h2><div class="easy-read-group"><p>You said: “A key”</p><p>We did this: Fit a lock.</p></div></section>',
      );
    });
  });
  describe('with groups of lines', () => {
    it('writes a div per group', () => {
      const html = easyReadHtml([['a'], ['b', 'c']], { headingLevel: 3 });
      expect(html).toBe(
        '<section class="easy-read"><div class="easy-read-group"><p>a</p></div><div class="easy-read-group"><p>b</p><p>c</p></div></section>',
      );
    });
  });
  describe('with bad arguments', () => {
    it.each([
      ['a heading level of 7', ['a'], { headingLevel: 7 }],
      ['a line that is not text', [1 as unknown as string], {}],
      ['a heading that is not text', ['a'], { heading: 2 as unknown as string }],
    ])('throws invalid_argument for %s', (_, lines, options) => {
      expect(thrownCode(() => easyReadHtml(lines, options))).toBe('invalid_argument');
    });
  });
  describe('properties', () => {
    test.prop([
      fc.array(fc.array(arbHostileText, { maxLength: 4 }), { maxLength: 4 }),
      arbHostileText,
    ])('is well-formed markup that reads back as the cleaned lines', (groups, heading) => {
      const doc = parseXml(easyReadHtml(groups, { heading }), 'text/xml');
      const paragraphs = Array.from(doc.getElementsByTagName('p')).map((p) => p.textContent);
      expect(paragraphs).toEqual(groups.flat().map(cleanText));
      expect(doc.getElementsByTagName('h2')[0]?.textContent).toBe(cleanText(heading));
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
    });
  });
});
