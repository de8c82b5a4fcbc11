import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEverydayRecords } from '../../test/arbitraries/evidence.js';
import { thrownCode } from '../../test/support/thrown.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import type { IsoDate } from '../core/index.js';
import { type Action, type Feedback, parseFeedback, type Review } from '../reviews/index.js';
import {
  type FeedbackThemesOptions,
  feedbackThemes,
  type ThemeDefinition,
  type ThemeRecords,
} from './feedback-themes.js';
import { holdsPhrase } from './themes/mentions.js';

// The seed's domiciliary care service: "feeling rushed" comes up again and again in the first
// quarter; the rota is changed in April; the comments fall away.
const rushed: ThemeDefinition = {
  id: 'feeling-rushed',
  label: 'Feeling rushed',
  phrases: ['rushed', 'in a hurry'],
};
const said = (
  id: string,
  personId: string,
  on: IsoDate,
  words: string,
  themes?: string[],
): Feedback => ({
  id,
  personId,
  on,
  from: 'person',
  words,
  ...(themes === undefined ? {} : { themes }),
});
const feedback: Feedback[] = [
  said('fb-1', 'p-1', '2026-01-12', 'I always feel rushed in the mornings', [
    'feeling-rushed',
    'what_is_difficult',
  ]),
  said('fb-2', 'p-2', '2026-02-03', 'The carers are in a hurry when they come at seven'),
  said('fb-3', 'p-1', '2026-03-02', 'Still rushed, they leave before I have had my tea', [
    'feeling-rushed',
  ]),
  said('fb-4', 'p-4', '2026-05-19', 'Mornings feel rushed again on Sundays'),
  said('fb-5', 'p-5', '2026-08-01', 'My carer brushed my hair gently'),
];
const review: Review = {
  id: 'rev-3',
  personId: 'p-3',
  on: '2026-03-20',
  person: { involvement: 'led' },
  views: { words: 'I like my carers but everything is rushed', expressedBy: 'person' },
  improved: ['My carers know how I like my tea'],
  difficult: ['Feeling rushed at breakfast'],
  wantsToChange: ['Later morning calls'],
  actions: [
    {
      id: 'act-later',
      description: 'Ask the office for a later call on weekdays',
      owner: { role: 'keyworker' },
      dueOn: '2026-04-03',
      status: 'done',
      completedOn: '2026-04-01',
    },
  ],
};
const rota: Action = {
  id: 'act-rota',
  description: 'Flexible arrival windows on the morning rota for the people who asked',
  owner: { role: 'manager', name: 'Registered manager' },
  dueOn: '2026-04-30',
  status: 'done',
  completedOn: '2026-04-20',
  feedbackIds: ['fb-1', 'fb-2', 'fb-3'],
};
const records: ThemeRecords = { feedback, reviews: [review], actions: [rota] };
const year: FeedbackThemesOptions = { from: '2026-01-01', to: '2027-01-01', themes: [rushed] };

describe('feedbackThemes', () => {
  describe('the seed: "feeling rushed" and the rota change', () => {
    const view = feedbackThemes(records, year);
    const theme = view.themes.find((t) => t.theme === 'feeling-rushed');
    it('counts the theme across people and quarters', () => {
      expect(view.periods.map((p) => p.label)).toEqual([
        '2026-Q1',
        '2026-Q2',
        '2026-Q3',
        '2026-Q4',
      ]);
      expect(theme).toMatchObject({ label: 'Feeling rushed', kind: 'tag', mentions: 6, people: 4 });
      expect(theme?.byPeriod.map((p) => [p.mentions, p.people])).toEqual([
        [5, 3],
        [1, 1],
        [0, 0],
        [0, 0],
      ]);
    });
    it('finds it by tag, and by its phrases in untagged feedback, review answers and views', () => {
      expect(theme?.said.map((m) => [m.record.id, m.item, m.via])).toEqual([
        ['fb-1', null, 'tag'],
        ['fb-2', null, 'phrase'],
        ['fb-3', null, 'tag'],
        ['rev-3', 'difficult.0', 'phrase'],
        ['rev-3', 'views', 'phrase'],
        ['fb-4', null, 'phrase'],
      ]);
    });
    it('links it to the actions taken: the rota change it answers, and the review’s action', () => {
      expect(theme?.actions).toEqual([
        {
          actionId: 'act-later',
          description: 'Ask the office for a later call on weekdays',
          agreedOn: '2026-03-20',
          dueOn: '2026-04-03',
          state: 'done',
          completedOn: '2026-04-01',
          via: 'review',
        },
        {
          actionId: 'act-rota',
          description: 'Flexible arrival windows on the morning rota for the people who asked',
          agreedOn: null,
          dueOn: '2026-04-30',
          state: 'done',
          completedOn: '2026-04-20',
          via: 'feedback',
        },
      ]);
    });
    it('counts the three review questions as themes, first and in their order', () => {
      expect(view.themes.slice(0, 3).map((t) => [t.theme, t.label, t.kind, t.mentions])).toEqual([
        ['what_works', 'What works', 'question', 1],
        ['what_is_difficult', 'What is difficult', 'question', 2],
        ['what_would_you_change', 'What would you change', 'question', 1],
      ]);
      expect(view.themes.map((t) => t.theme)).toEqual([
        'what_works',
        'what_is_difficult',
        'what_would_you_change',
        'feeling-rushed',
      ]);
    });
    it('matches whole words only: "brushed" is not "rushed"', () => {
      expect(theme?.said.some((m) => m.record.id === 'fb-5')).toBe(false);
      expect(holdsPhrase('My carer brushed my hair', 'rushed')).toBe(false);
      expect(holdsPhrase('RUSHED!', 'rushed')).toBe(true);
      expect(holdsPhrase('they are in a hurry', 'In a Hurry')).toBe(true);
      expect(holdsPhrase('anything', '  ')).toBe(false);
    });
  });

  describe('periods and actions as they stood', () => {
    it('counts by month, and by the UK financial year’s quarters', () => {
      const months = feedbackThemes(records, { ...year, to: '2026-04-01', period: 'month' });
      expect(months.periods.map((p) => p.label)).toEqual(['2026-01', '2026-02', '2026-03']);
      const financial = feedbackThemes(records, {
        ...year,
        from: '2026-02-15',
        to: '2026-08-01',
        yearStartMonth: 4,
      });
      expect(financial.periods).toEqual([
        { from: '2026-02-15', to: '2026-04-01', label: '2025/26-Q4' },
        { from: '2026-04-01', to: '2026-07-01', label: '2026/27-Q1' },
        { from: '2026-07-01', to: '2026-08-01', label: '2026/27-Q2' },
      ]);
    });
    it('tells an action done after the window as still open', () => {
      const q1 = feedbackThemes(records, { ...year, to: '2026-04-01' });
      const actions = q1.themes.find((t) => t.theme === 'feeling-rushed')?.actions;
      expect(actions?.map((a) => [a.actionId, a.state, a.completedOn])).toEqual([
        ['act-later', 'open', null],
        ['act-rota', 'open', null],
      ]);
    });
    it('counts a theme defined but never mentioned, and a host tag never defined', () => {
      const quiet = feedbackThemes(
        { feedback: [said('fb-9', 'p-9', '2026-06-01', 'Lovely', ['music'])] },
        year,
      );
      expect(quiet.themes.map((t) => [t.theme, t.label, t.mentions])).toEqual([
        ['what_works', 'What works', 0],
        ['what_is_difficult', 'What is difficult', 0],
        ['what_would_you_change', 'What would you change', 0],
        ['music', 'music', 1],
        ['feeling-rushed', 'Feeling rushed', 0],
      ]);
    });
    it('counts a record given twice once, and leaves out records outside the window', () => {
      const twice = feedbackThemes({ ...records, feedback: [...feedback, ...feedback] }, year);
      expect(twice).toEqual(feedbackThemes(records, year));
      const later = feedbackThemes(records, { ...year, from: '2026-07-01' });
      expect(later.themes.find((t) => t.theme === 'feeling-rushed')?.mentions).toBe(0);
    });
  });

  describe('the themes of a feedback record', () => {
    it('are host tags or review questions, at most 20, each an id', () => {
      expect(parseFeedback(feedback[0]).success).toBe(true);
      const bad = parseFeedback({ ...feedback[0], themes: [' rushed'] });
      expect(!bad.success && bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_id', 'themes.0'],
      ]);
      const many = parseFeedback({
        ...feedback[0],
        themes: Array.from({ length: 21 }, (_, k) => `t-${k}`),
      });
      expect(!many.success && many.issues.map((i) => i.code)).toEqual(['too_big']);
    });
  });

  describe('arguments', () => {
    it('throws GoldenThreadError for bad dates, windows, periods and themes', () => {
      expect(
        thrownCode(() => feedbackThemes(records, { ...year, from: '2026-13-01' as IsoDate })),
      ).toBe('invalid_date');
      expect(thrownCode(() => feedbackThemes(records, { ...year, to: '2026-01-01' }))).toBe(
        'invalid_argument',
      );
      expect(
        thrownCode(() => feedbackThemes(records, { ...year, to: '9999-12-31', period: 'month' })),
      ).toBe('limit_exceeded');
      expect(
        thrownCode(() => feedbackThemes(records, { ...year, period: 'week' as 'month' })),
      ).toBe('invalid_argument');
      expect(thrownCode(() => feedbackThemes(records, { ...year, themes: [rushed, rushed] }))).toBe(
        'invalid_argument',
      );
      expect(thrownCode(() => feedbackThemes(records, { ...year, themes: [{ id: '' }] }))).toBe(
        'invalid_argument',
      );
      expect(thrownCode(() => feedbackThemes(null as unknown as ThemeRecords, year))).toBe(
        'invalid_argument',
      );
      expect(
        thrownCode(() => feedbackThemes({ feedback: {} } as unknown as ThemeRecords, year)),
      ).toBe('invalid_argument');
    });
    it('counts up to the last day a date can have', () => {
      const view = feedbackThemes(records, { ...year, from: '9999-01-01', to: '9999-12-31' });
      expect(view.periods.at(-1)).toEqual({
        from: '9999-10-01',
        to: '9999-12-31',
        label: '9999-Q4',
      });
    });
  });

  describe('properties', () => {
    const arbSplit = fc
      .integer({ min: 1, max: 11 })
      .map((m) => `2026-${String(m + 1).padStart(2, '0')}-01` as IsoDate);
    const many = arbEverydayRecords.map((r) => ({
      feedback: r.feedback.map((f, k) => ({
        ...f,
        personId: `p-${k % 3}`,
        ...(k % 2 === 0 ? { themes: ['music'] } : {}),
      })),
      reviews: r.reviews,
      actions: r.actions,
    }));
    test.prop([many])(
      'the counts of the periods add up to the count of the window, for every theme',
      (r) => {
        for (const t of feedbackThemes(r, { ...year, period: 'month' }).themes) {
          expect(t.byPeriod.reduce((n, p) => n + p.mentions, 0)).toBe(t.mentions);
          expect(t.said).toHaveLength(t.mentions);
          expect(t.people).toBeLessThanOrEqual(t.mentions);
        }
      },
    );
    test.prop([many, arbSplit])(
      'counting two windows gives the counts of the whole',
      (r, split) => {
        const whole = feedbackThemes(r, year);
        const left = feedbackThemes(r, { ...year, to: split });
        const right = feedbackThemes(r, { ...year, from: split });
        const mentions = (v: typeof whole, id: string) =>
          v.themes.find((t) => t.theme === id)?.mentions ?? 0;
        for (const t of whole.themes)
          expect(mentions(left, t.theme) + mentions(right, t.theme)).toBe(t.mentions);
      },
    );
    test.prop([many, fc.boolean()])('the order records are given in does not matter', (r, flip) => {
      const reversed = {
        feedback: [...r.feedback].reverse(),
        reviews: [...r.reviews].reverse(),
        actions: flip ? [...r.actions].reverse() : r.actions,
      };
      expect(feedbackThemes(reversed, year)).toEqual(feedbackThemes(r, year));
    });
    test.prop([many, fc.constantFrom(...ZONES)])(
      'never changes its records, and does not depend on the time zone',
      (r, zone) => {
        const before = JSON.stringify(r);
        const here = feedbackThemes(r, year);
        expect(withTimeZone(zone, () => feedbackThemes(r, year))).toEqual(here);
        expect(JSON.stringify(r)).toBe(before);
        expect(Object.isFrozen(here.themes[0])).toBe(true);
      },
    );
  });
});
