import { describe, expect, it } from 'vitest';
import { AS_OF, goodOutcome } from '../../../test/fixtures/outcomes.js';
import { checkOutcome } from '../check-outcome.js';
import type { Outcome } from '../schemas/index.js';

const WORDING_CODES = new Set([
  'wording_not_checked',
  'generic_wording',
  'generic_wording_translated',
  'generic_indicator',
  'service_led_outcome',
  'service_led_indicator',
  'words_about_person',
]);

/** The wording findings for words said to be the person's, with no indicator yet. */
function wording(words: string, patch: Partial<Outcome> = {}): [string, string][] {
  const { indicator: _none, ...draft } = goodOutcome;
  return checkOutcome({ ...draft, words, ...patch } as Outcome, { asOf: AS_OF })
    .filter((f) => WORDING_CODES.has(f.code))
    .map((f) => [f.code, 'phrase' in f ? String(f.phrase) : '']);
}
const codes = (words: string, patch: Partial<Outcome> = {}) =>
  wording(words, patch).map(([c]) => c);

describe('the wording rules of checkOutcome', () => {
  describe('on the texts practitioners quoted (issue #17)', () => {
    it('reports the generic aims, however they are written', () => {
      expect(wording('Increase his independence')).toEqual([
        ['generic_wording', 'Increase his independence'],
        ['words_about_person', 'Increase'],
      ]);
      expect(wording('Improve her wellbeing')).toEqual([
        ['generic_wording', 'Improve her wellbeing'],
        ['words_about_person', 'Improve her'],
      ]);
      expect(wording('Feel more confident')).toEqual([['generic_wording', 'Feel more confident']]);
      expect(wording('Keep me safe')).toEqual([['generic_wording', 'Keep me safe']]);
      expect(wording('Maximise independence')).toEqual([
        ['generic_wording', 'Maximise independence'],
        ['words_about_person', 'Maximise'],
      ]);
    });
    it('judges the words and a generic indicator separately: "improve my wellbeing" measured by a wellbeing rating', () => {
      const outcome: Outcome = {
        ...goodOutcome,
        words: 'I want to improve my wellbeing',
        indicator: {
          description: 'Wellbeing rating 2 → 4',
          measure: 'rating',
          baseline: 2,
          target: 4,
          direction: 'increase',
        },
      };
      expect(checkOutcome(outcome, { asOf: AS_OF })).toMatchObject([
        { code: 'generic_wording', severity: 'warning', phrase: 'improve my wellbeing' },
        { code: 'generic_indicator', severity: 'warning', phrase: 'Wellbeing rating' },
      ]);
    });
    it('leaves the specific, positive-risk outcomes alone', () => {
      expect(
        codes(
          'I don’t want to be safe all the time, I want to take risks like going to the pub alone',
        ),
      ).toEqual([]);
      expect(
        codes('Develop skills in using the microwave safely so I can heat my own tea'),
      ).toEqual([]);
      expect(codes('I want to heat my own tea in the microwave safely')).toEqual([]);
    });
    it('reports words about the person that are recorded as the person’s own', () => {
      const cases: [string, string][] = [
        ['John wants to go to the football', 'John'],
        ['Mohammed would like to pray at the mosque on Fridays', 'Mohammed'],
        ['We will support Sarah to do her shopping', 'We will'],
        ['Encourage Tom to make his own breakfast', 'Encourage Tom'],
        ['SU to be encouraged to attend the day centre', 'SU'],
        ['Aisha to be prompted to brush her teeth twice a day', 'Aisha'],
      ];
      for (const [words, phrase] of cases) {
        expect(wording(words), words).toEqual([['words_about_person', phrase]]);
      }
    });
    it('reports compliance and behaviour-management wording as service-led, and about the person', () => {
      expect(wording('Comply with medication regime')).toEqual([
        ['service_led_outcome', 'Comply'],
        ['words_about_person', 'Comply'],
      ]);
      expect(wording('Reduce challenging behaviour')).toEqual([
        ['generic_wording', 'Reduce challenging behaviour'],
        ['service_led_outcome', 'Reduce challenging behaviour'],
        ['words_about_person', 'Reduce'],
      ]);
    });
    it('reads easy-read words with no pronoun as the person’s', () => {
      expect(codes('See mum every Sunday at her house')).toEqual([]);
      expect(codes('See mum every Sunday')).toEqual([]);
    });
    it('reports a staff task counted as calls delivered as service-led, not only an info', () => {
      const outcome = {
        ...goodOutcome,
        words: 'To receive support with personal care each morning',
        expressedBy: 'staff',
        indicator: {
          description: 'Calls delivered',
          measure: 'count',
          baseline: 0,
          target: 30,
          direction: 'increase',
        },
      } as Outcome;
      expect(checkOutcome(outcome, { asOf: AS_OF }).map((f) => [f.code, f.severity])).toEqual([
        ['service_led_outcome', 'warning'],
        ['service_led_indicator', 'warning'],
        ['expressed_on_behalf', 'info'],
      ]);
    });
  });

  describe('generic_wording and generic_wording_translated', () => {
    it('drops to an info when a specific, measurable indicator translates the words', () => {
      expect(
        checkOutcome({ ...goodOutcome, words: 'I want to be more confident' }, { asOf: AS_OF }),
      ).toMatchObject([{ code: 'generic_wording_translated', severity: 'info' }]);
    });
    it('stays a warning when the indicator is measurable but generic itself', () => {
      const indicator = { ...goodOutcome.indicator, description: 'Increased confidence' };
      const found = checkOutcome(
        { ...goodOutcome, words: 'I want to be more confident', indicator } as Outcome,
        { asOf: AS_OF },
      );
      expect(found.map((f) => f.code)).toEqual(['generic_wording', 'generic_indicator']);
    });
    it('leaves specific words alone', () => {
      expect(codes('I want to go swimming at the leisure centre on Tuesdays')).toEqual([]);
    });
  });

  describe('service_led_outcome', () => {
    it('reports task wording whoever expressed it', () => {
      for (const expressedBy of ['person', 'family', 'staff'] as const) {
        expect(
          codes('I need two carers to help me with personal care every morning', { expressedBy }),
        ).toContain('service_led_outcome');
      }
    });
    it('leaves a person’s aim that names support to do something alone', () => {
      expect(codes('Staff will help me get to the gym on Mondays')).toEqual([]);
    });
  });

  describe('service_led_indicator', () => {
    it('leaves an indicator that counts what the person does alone', () => {
      expect(
        codes('I want to see my brother more', {
          indicator: { description: 'Visits to or from family' },
        }),
      ).toEqual([]);
    });
  });

  describe('words_about_person', () => {
    it('is only for words said to be the person’s', () => {
      expect(codes('John wants to go to the football', { expressedBy: 'family' })).toEqual([]);
    });
    it('leaves first-person words alone, even when they mention other people', () => {
      expect(
        codes('My daughter wants me to move into a home but I want to stay here with my cat'),
      ).toEqual([]);
    });
  });

  describe('wording_not_checked', () => {
    it('runs no English wording rule on words in another language', () => {
      const found = checkOutcome(
        { ...goodOutcome, words: 'Chcę sam chodzić na basen we wtorki' },
        { asOf: AS_OF, language: 'pl' },
      );
      expect(found.map((f) => f.code)).toEqual(['wording_not_checked']);
    });
    it('is not reported for English words', () => {
      expect(codes('Increase his independence', {})).not.toContain('wording_not_checked');
    });
  });
});
