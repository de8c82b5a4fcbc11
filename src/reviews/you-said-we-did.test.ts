import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAction, arbFeedback } from '../../test/arbitraries/reviews.js';
import { bedtimeAction, bedtimeFeedback } from '../../test/fixtures/reviews.js';
import { thrownCode } from '../../test/support/thrown.js';
import { addDays, type IsoDate } from '../core/index.js';
import type { Action, Feedback } from './schemas/index.js';
import { youSaidWeDid } from './you-said-we-did.js';

const period = { from: '2026-08-01', to: '2026-11-01' } as const;
const feedback = (id: string, on: IsoDate, over: Partial<Feedback> = {}): Feedback => ({
  id,
  personId: 'p-aisha',
  on,
  from: 'person',
  words: 'I want a key to my room',
  ...over,
});
const action = (id: string, over: Partial<Action> = {}): Action => ({
  id,
  description: 'Fit a lock and give Aisha a key',
  owner: { role: 'manager' },
  dueOn: '2026-10-20',
  status: 'open',
  feedbackIds: ['fb-key'],
  ...over,
});

describe('youSaidWeDid', () => {
  describe('feedback that was acted on', () => {
    it('says what was done and when, in short sentences', () => {
      const { entries, counts } = youSaidWeDid([bedtimeFeedback], [bedtimeAction], period);
      expect(entries).toEqual([
        {
          feedbackId: 'fb-bedtime',
          on: '2026-09-30',
          from: 'person',
          words: 'I want to choose when I go to bed',
          status: 'done',
          actions: [
            {
              actionId: 'act-rota',
              description: 'Move the evening rota so Aisha can choose her bedtime',
              dueOn: '2026-10-15',
              state: 'done',
              completedOn: '2026-10-03',
              late: false,
            },
          ],
          openSince: null,
          lines: [
            'You said: “I want to choose when I go to bed”',
            'We did this: Move the evening rota so Aisha can choose her bedtime.',
            'Done on 3 October 2026.',
          ],
        },
      ]);
      expect(counts).toEqual({ total: 1, done: 1, in_progress: 0, dropped: 0, no_action: 0 });
    });

    it('counts an action done after the period as still open then', () => {
      const doneLater = action('a1', {
        status: 'done',
        completedOn: '2026-11-05',
        dueOn: '2026-11-10',
      });
      const [entry] = youSaidWeDid([feedback('fb-key', '2026-09-01')], [doneLater], period).entries;
      expect(entry).toMatchObject({ status: 'in_progress', openSince: '2026-09-01' });
      expect(entry?.actions[0]).toMatchObject({ state: 'open', completedOn: null, late: false });
      expect(entry?.lines).toEqual([
        'You said: “I want a key to my room”',
        'We are working on this: Fit a lock and give Aisha a key.',
        'We will do it by 10 November 2026.',
      ]);
    });

    it('says an open action past its due date is late', () => {
      const [entry] = youSaidWeDid(
        [feedback('fb-key', '2026-09-01')],
        [action('a1')],
        period,
      ).entries;
      expect(entry?.actions[0]?.late).toBe(true);
      expect(entry?.lines.at(-1)).toBe('It was due on 20 October 2026. It is late.');
    });

    it('is done only when every action not dropped is done', () => {
      const actions = [
        action('a1', { status: 'done', completedOn: '2026-10-01' }),
        action('a2', { status: 'dropped', note: 'Aisha chose a keypad instead' }),
        action('a3'),
      ];
      const fb = [feedback('fb-key', '2026-09-01')];
      expect(youSaidWeDid(fb, actions, period).entries[0]?.status).toBe('in_progress');
      expect(youSaidWeDid(fb, actions.slice(0, 2), period).entries[0]?.status).toBe('done');
      const dropped = youSaidWeDid(fb, actions.slice(1, 2), period).entries[0];
      expect(dropped).toMatchObject({ status: 'dropped', openSince: null });
      expect(dropped?.lines.at(-1)).toBe(
        'We decided not to do this: Fit a lock and give Aisha a key.',
      );
    });

    it('keeps a description’s own full stop', () => {
      const [entry] = youSaidWeDid(
        [feedback('fb-key', '2026-09-01')],
        [action('a1', { description: 'Fit a lock!' })],
        period,
      ).entries;
      expect(entry?.lines[1]).toBe('We are working on this: Fit a lock!');
    });
  });

  describe('feedback with no action', () => {
    it('says it is still open and since when', () => {
      const fb = feedback('fb-tv', '2026-10-07', {
        from: 'family',
        words: 'She would like her own TV',
      });
      const { entries, counts } = youSaidWeDid([fb], [], period);
      expect(entries[0]).toMatchObject({
        status: 'no_action',
        openSince: '2026-10-07',
        actions: [],
      });
      expect(entries[0]?.lines).toEqual([
        'Your family said: “She would like her own TV”',
        'You told us on 7 October 2026.',
        'We have not done anything about this yet.',
      ]);
      expect(counts.no_action).toBe(1);
    });

    it('names advocates and staff', () => {
      const lines = youSaidWeDid(
        [
          feedback('a', '2026-09-01', { from: 'advocate' }),
          feedback('b', '2026-09-02', { from: 'staff' }),
        ],
        [],
        period,
      ).entries.map((e) => e.lines[0]);
      expect(lines).toEqual([
        'Your advocate said: “I want a key to my room”',
        'Staff said: “I want a key to my room”',
      ]);
    });
  });

  describe('the period', () => {
    it('takes feedback from `from` up to the day before `to`, oldest first', () => {
      const items = [
        feedback('late', '2026-11-01'),
        feedback('last', '2026-10-31'),
        feedback('first', '2026-08-01'),
        feedback('early', '2026-07-31'),
      ];
      expect(youSaidWeDid(items, [], period).entries.map((e) => e.feedbackId)).toEqual([
        'first',
        'last',
      ]);
    });

    it('counts feedback and actions repeated with one id once', () => {
      const fb = feedback('fb-key', '2026-09-01');
      const { entries } = youSaidWeDid([fb, fb], [action('a1'), action('a1')], period);
      expect(entries.length).toBe(1);
      expect(entries[0]?.actions.length).toBe(1);
    });

    it('throws invalid_date for a bad period', () => {
      expect(
        thrownCode(() => youSaidWeDid([], [], { from: '2026-13-01' as IsoDate, to: '2027-01-01' })),
      ).toBe('invalid_date');
    });
  });

  describe('properties', () => {
    const arbCase = fc
      .array(arbFeedback('p-1', '2026-01-05', 300), { maxLength: 8 })
      .chain((items) =>
        fc.tuple(
          fc.constant(items),
          fc.array(
            arbAction(
              '2026-02-01',
              items.map((f) => f.id),
            ),
            { maxLength: 8 },
          ),
          fc.integer({ min: 0, max: 300 }),
          fc.integer({ min: 1, max: 300 }),
        ),
      )
      .map(([items, actions, start, length]) => {
        const from = `2026-01-05` as IsoDate;
        return { items, actions, from: addDays(from, start), to: addDays(from, start + length) };
      });

    test.prop([arbCase])('the counts add up to the entries', ({ items, actions, from, to }) => {
      const { entries, counts } = youSaidWeDid(items, actions, { from, to });
      expect(counts.total).toBe(entries.length);
      expect(counts.done + counts.in_progress + counts.dropped + counts.no_action).toBe(
        counts.total,
      );
      for (const e of entries) expect(e.on >= from && e.on < to).toBe(true);
    });

    test.prop([arbCase])(
      'the order of feedback and actions does not matter',
      ({ items, actions, from, to }) => {
        expect(youSaidWeDid([...items].reverse(), [...actions].reverse(), { from, to })).toEqual(
          youSaidWeDid(items, actions, { from, to }),
        );
      },
    );

    test.prop([arbCase])(
      'an entry is open since its own date exactly when work remains',
      ({ items, actions, from, to }) => {
        for (const e of youSaidWeDid(items, actions, { from, to }).entries) {
          const open = e.status === 'in_progress' || e.status === 'no_action';
          expect(e.openSince).toBe(open ? e.on : null);
          expect(e.lines.length).toBeGreaterThanOrEqual(2);
        }
      },
    );
  });
});
