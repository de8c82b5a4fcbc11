import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbSpecificDetail, arbWordingText } from '../../../test/arbitraries/wording.js';
import { analyseWording, compileWordingPatterns, WORDING_LANGUAGE } from './analyse.js';
import { DEFAULT_WORDING_PATTERNS, type WordingPattern } from './patterns.js';
import { defaultCompiled, read } from './read.js';

const generic = (text: string) => analyseWording(text).generic.map((m) => m.text);
const patterns = (text: string) => analyseWording(text).generic.map((m) => m.pattern);
const voice = (text: string) => analyseWording(text).voice;

describe('analyseWording', () => {
  describe('normalisation', () => {
    it('ignores case, punctuation and quotation marks', () => {
      expect(generic('INCREASE HIS INDEPENDENCE!!')).toEqual(['INCREASE HIS INDEPENDENCE']);
      expect(generic('I want to be “more confident”')).toEqual(['be “more confident']);
      expect(generic('Improve her well-being.')).toEqual(['Improve her well-being']);
    });
    it('reads every pronoun, and a possessive, as the slot for whose aim it is', () => {
      for (const who of ['his', 'her', 'their', 'my', 'Jamal’s', "Jamal's", 'the'])
        expect(patterns(`Increase ${who} independence`), who).toEqual(['change_abstract']);
      expect(patterns('Keep me safe')).toEqual(['state_quality']);
      expect(patterns('Keep Doris safe')).toEqual(['state_quality']);
    });
    it('reads simple inflections and comparatives', () => {
      for (const text of [
        'Improving his wellbeing',
        'Improved wellbeing',
        'Improves her wellbeing',
        'Increased confidence',
        'To be happier',
        'Feel more confident',
        'Maximize independence',
      ]) {
        expect(generic(text), text).toHaveLength(1);
      }
    });
    it('splits contractions, whatever the apostrophe', () => {
      expect(analyseWording('I’d like to be happier').voice).toBe('first_person');
      expect(analyseWording("I don't want to be safe all the time").generic).toEqual([]);
      expect(analyseWording('I don’t want to feel lonely').generic).toHaveLength(1);
    });
  });

  describe('generic aims', () => {
    it('finds each kind of generic aim, with its pattern', () => {
      const cases: [string, string][] = [
        ['Increase his independence', 'change_abstract'],
        ['Their independence will increase', 'abstract_change'],
        ['Be more confident', 'state_quality'],
        ['To live a fulfilling life', 'good_life'],
        ['Be the best I can be', 'best_can_be'],
        ['To access the community', 'access_community'],
        ['To be part of her local community', 'part_of_community'],
        ['Engage in meaningful activities', 'engage_activities'],
        ['Engage with services', 'engage_services'],
        ['I want to go out more', 'go_out_more'],
        ['I want to make new friends', 'new_people'],
        ['I want to have more friends', 'more_friends'],
        ['I want to socialise more', 'socialise'],
        ['I want to exercise more', 'exercise_more'],
        ['I want to do more for myself', 'more_for_self'],
        ['More choice in her daily life', 'degree_abstract'],
        ['Wellbeing rating', 'abstract_measure'],
        ['Level of independence', 'measure_of_abstract'],
        ['Health and wellbeing', 'abstract_heading'],
      ];
      for (const [text, pattern] of cases) expect(patterns(text), text).toContain(pattern);
    });
    it('reports the matched words and where they are', () => {
      expect(analyseWording('I want to Improve my wellbeing').generic).toEqual([
        {
          pattern: 'change_abstract',
          kind: 'generic',
          text: 'Improve my wellbeing',
          span: { start: 10, end: 30 },
        },
      ]);
    });
    it('does not read an aim the person says they do not want', () => {
      expect(generic('I don’t want to be kept safe')).toEqual([]);
      expect(generic('I never want to be more social')).toEqual([]);
    });
    it('keeps an aim to feel less of something, even when negated', () => {
      expect(patterns('I don’t want to feel so lonely')).toEqual(['state_quality']);
    });
    it('does not read an abstract word that names a service or a place as an aim', () => {
      expect(generic('To engage with the community mental health team')).toEqual([]);
      expect(generic('Access the community centre')).toEqual([]);
    });
    it('never matches across the end of a sentence or a dash', () => {
      expect(generic('I want to be. Happy days')).toEqual([]);
      expect(generic('Aim - increase his independence')).toEqual(['increase his independence']);
    });
  });

  describe('specific detail', () => {
    it('lets any specific detail outweigh a generic word, and says which', () => {
      const cases: [string, string][] = [
        ['I want to feel more confident going to the pub', 'place'],
        ['I want to be more confident with swimming', 'activity'],
        ['I want to be happier seeing my sister', 'person'],
        ['I want to feel safe on Sundays', 'time'],
        ['I want to be more active twice a week', 'frequency'],
        ['I want to be healthier and walk 10 minutes', 'count'],
        ['I want to be more confident at Tesco', 'name'],
      ];
      for (const [text, kind] of cases) {
        const analysis = analyseWording(text);
        expect(analysis.generic, text).toEqual([]);
        expect(analysis.outweighed, text).toHaveLength(1);
        expect(
          analysis.signals.map((s) => s.kind),
          text,
        ).toContain(kind);
      }
    });
    it('leaves the positive-risk outcomes practitioners quote alone', () => {
      for (const text of [
        'I don’t want to be safe all the time, I want to take risks like going to the pub alone',
        'Develop skills in using the microwave safely so I can heat my own tea',
      ]) {
        expect(analyseWording(text).generic, text).toEqual([]);
      }
    });
    it('does not count care-plan words, the person’s own name or a bare period as detail', () => {
      for (const text of [
        'Increase his independence in the community and at home',
        'Maintain her dignity during personal care',
        'Tomasz wants to be more confident',
        'To have more meaningful activity in his week',
        'Develop her daily living skills',
      ]) {
        expect(analyseWording(text).generic, text).toHaveLength(1);
      }
    });
    it('reads a named skill as detail, and a vague skill as none', () => {
      expect(generic('Develop his cooking skills')).toEqual([]);
      expect(generic('Improve Makaton skills')).toEqual([]);
      expect(generic('Develop his social skills')).toEqual(['Develop his social skills']);
    });
  });

  describe('service-led wording', () => {
    it('finds compliance and behaviour-management wording', () => {
      for (const [text, pattern] of [
        ['Comply with medication regime', 'comply'],
        ['Incidents of challenging behaviour', 'challenging_behaviour'],
        ['Behaviours that challenge', 'behaviour_that_challenges'],
        ['Manage his behaviour', 'manage_behaviour'],
        ['SU to accept support with personal care', 'accept_support'],
        ['Tomasz to follow staff instructions when out', 'follow_instructions'],
        ['To engage with the community mental health team', 'engage_with_team'],
        ['I will take my medication as prescribed', 'as_prescribed'],
        ['To tolerate staff supporting him with showering', 'tolerate_support'],
        ['Promote positive behaviour', 'positive_behaviour'],
        ['Ensure Peter takes his medication', 'ensure_medication'],
      ] as const) {
        expect(
          analyseWording(text).serviceLed.map((m) => [m.kind, m.pattern]),
          text,
        ).toContainEqual(['compliance', pattern]);
      }
    });
    it('finds task-delivery wording', () => {
      for (const [text, pattern] of [
        ['To receive support with personal care each morning', 'receive_support'],
        ['Staff to assist with washing and dressing', 'support_with_task'],
        ['Personal care to be completed by staff', 'task_done'],
        ['Staff to administer medication at 8am', 'staff_do_task'],
        ['To have her care calls at the agreed times', 'care_calls'],
        ['Calls delivered on time', 'service_output'],
        ['Hours of support', 'hours_of_support'],
      ] as const) {
        expect(
          analyseWording(text).serviceLed.map((m) => [m.kind, m.pattern]),
          text,
        ).toContainEqual(['task', pattern]);
      }
    });
    it('leaves a person’s own aims about their life alone', () => {
      for (const text of [
        'I want to tolerate the noise in the canteen so I can eat with my class',
        'I want to stop self-harming and tell someone when I feel like it',
        'Help mum with the shopping',
        'We will support Sarah to do her shopping',
        'I don’t want to receive support with personal care from men',
      ]) {
        expect(analyseWording(text).serviceLed, text).toEqual([]);
      }
    });
  });

  describe('voice', () => {
    it('reads first-person words as the person’s', () => {
      expect(voice('I want to go to the art group on my own')).toBe('first_person');
      expect(voice('Staff will help me get to the gym on Mondays')).toBe('first_person');
      expect(voice('We want to go on holiday together to Spain')).toBe('first_person');
    });
    it('reads short plain words with no pronoun as the person’s, in easy read', () => {
      for (const text of [
        'See mum every Sunday at her house',
        'Visit nan and take her some flowers',
        'Go to Priya’s house and watch films with her',
        'Help mum with the shopping',
        'Dance class every Thursday night',
      ]) {
        expect(voice(text), text).toBe('easy_read');
      }
    });
    it('reads third-person and service wording as about the person, with the cue', () => {
      const cases: [string, string, string][] = [
        ['SU to attend the day centre', 'service_person', 'SU'],
        ['Staff will support Kofi to go to the gym', 'staff_subject', 'Staff will'],
        ['We will support Sarah to do her shopping', 'staff_subject', 'We will'],
        ['Personal care to be completed by staff', 'staff_subject', 'by staff'],
        ['Aisha to be prompted to brush her teeth', 'third_person_subject', 'Aisha'],
        ['Mr Hughes would like to go to the lunch club', 'third_person_subject', 'Mr Hughes'],
        ['John wants to go to the football', 'third_person_subject', 'John'],
        ['Wants to attend a football match', 'third_person_subject', 'Wants'],
        ['Be supported to live a meaningful life', 'passive_directive', 'Be supported'],
        ['Encourage Tom to make his own breakfast', 'staff_directive', 'Encourage Tom'],
        ['Maximise independence', 'staff_directive', 'Maximise'],
        ['To attend college on Tuesdays', 'infinitive_aim', 'To attend'],
        ['Go swimming with him on Fridays', 'third_person', 'him'],
        ['Double-up call for hoisting morning and evening', 'service_language', 'Double-up'],
        ['Be as independent as possible', 'service_language', 'as possible'],
      ];
      for (const [text, cue, words] of cases) {
        const analysis = analyseWording(text);
        expect(analysis.voice, text).toBe('about_person');
        expect(analysis.aboutPerson, text).toMatchObject({ cue, text: words });
      }
    });
    it('has no voice for an indicator', () => {
      expect(
        analyseWording('Aisha will increase independence', { part: 'indicator' }),
      ).toMatchObject({
        voice: 'unclear',
        generic: [{ text: 'increase independence' }],
      });
    });
    it('does not count an indicator’s numbers as detail', () => {
      expect(analyseWording('Wellbeing rating 2 → 4', { part: 'indicator' }).generic).toHaveLength(
        1,
      );
      expect(analyseWording('Wellbeing rating 2 → 4').generic).toEqual([]);
    });
  });

  describe('language', () => {
    it('says it reads English', () => {
      expect(WORDING_LANGUAGE).toBe('en');
      expect(analyseWording('Increase his independence', { language: 'en-GB' }).checked).toBe(true);
    });
    it('checks nothing in another language, and says so', () => {
      expect(analyseWording('Cynyddu ei annibyniaeth', { language: 'cy' })).toEqual({
        checked: false,
        notChecked: 'language',
        language: 'cy',
        generic: [],
        outweighed: [],
        serviceLed: [],
        signals: [],
        voice: 'unclear',
      });
    });
    it('checks nothing in a text with no Latin letters', () => {
      expect(analyseWording('میں اکیلے آرٹ گروپ جانا چاہتا ہوں')).toMatchObject({
        checked: false,
        notChecked: 'script',
        language: 'en',
      });
      expect(analyseWording('12:30 😊').checked).toBe(true);
    });
    it('throws invalid_argument for a language that is not a language tag', () => {
      expect(() => analyseWording('x', { language: 'English' })).toThrow(/language tag/);
      expect(() => analyseWording(7 as never)).toThrow(/text must be a string/);
    });
  });

  describe('patterns', () => {
    const mine: WordingPattern = { id: 'feel_at_home', kind: 'generic', phrase: 'feel at home' };
    it('adds a host’s pattern and removes a default one', () => {
      expect(patterns('I want to feel at home')).toEqual([]);
      const added = analyseWording('I want to feel at home', {
        patterns: [...DEFAULT_WORDING_PATTERNS, mine],
      });
      expect(added.generic.map((m) => m.pattern)).toEqual(['feel_at_home']);
      const removed = DEFAULT_WORDING_PATTERNS.filter((p) => p.id !== 'state_quality');
      expect(analyseWording('Be more confident', { patterns: removed }).generic).toEqual([]);
    });
    it('gives the same analysis from a compiled matcher as from the list', () => {
      const list = [...DEFAULT_WORDING_PATTERNS, mine];
      const matcher = compileWordingPatterns(list);
      expect(Object.isFrozen(matcher) && Object.isFrozen(matcher.patterns)).toBe(true);
      for (const text of ['I want to feel at home', 'Keep me safe', 'See mum on Sunday'])
        expect(analyseWording(text, { patterns: matcher })).toEqual(
          analyseWording(text, { patterns: list }),
        );
      // A plain object with the matcher's shape is compiled on the spot.
      const copy = { patterns: list, language: 'en' as const };
      expect(analyseWording('I want to feel at home', { patterns: copy }).generic).toHaveLength(1);
    });
    it('supports word classes, alternatives, optional and repeated elements and anchors', () => {
      // Task patterns are reported whatever the detail, so each match shows.
      const only = (phrase: string, text: string) =>
        analyseWording(text, { patterns: [{ id: 'p', kind: 'task', phrase }] }).serviceLed.map(
          (m) => m.text,
        );
      expect(only('{state} {degree}* {quality}', 'to be much more settled')).toEqual([
        'be much more settled',
      ]);
      expect(only('live|lead my? best life', 'Leading his best life')).toEqual([
        'Leading his best life',
      ]);
      expect(only('^ be happy $', 'Be happy')).toEqual(['Be happy']);
      expect(only('^ be happy $', 'I want to be happy')).toEqual([]);
      expect(only('{number}+ lengths', 'swim ten lengths')).toEqual(['ten lengths']);
      expect(only('see {any} {prep} {pronoun}? sunday', 'see mum on a Sunday')).toEqual([
        'see mum on a Sunday',
      ]);
      expect(only('{task}', 'help with showering')).toEqual(['showering']);
      expect(only('{staff} will', 'Carers will call')).toEqual(['Carers will']);
      expect(only('{measure} of {abstract}', 'score of wellbeing')).toEqual(['score of wellbeing']);
      expect(only('happy {and} healthy', 'happy or healthy')).toEqual(['happy or healthy']);
      expect(only('{modifier}+ care', 'personal daily care')).toEqual(['personal daily care']);
      expect(only('reach {who} potential', 'reach Amir’s potential')).toEqual([
        'reach Amir’s potential',
      ]);
      expect(only('{change} {abstract}', 'improve  confidence')).toEqual(['improve  confidence']);
    });
    it('throws invalid_argument for a pattern list it cannot compile, naming the pattern', () => {
      const bad = (pattern: unknown) => () => compileWordingPatterns([pattern as WordingPattern]);
      expect(bad({ id: 'x', kind: 'generic', phrase: '{feelings} more' })).toThrow(
        /pattern "x" uses \{feelings\}, which is not a word class/,
      );
      expect(bad({ id: 'x', kind: 'generic', phrase: 'be* more?' })).toThrow(
        /could match no words/,
      );
      expect(bad({ id: 'x', kind: 'generic', phrase: '? more' })).toThrow(/nothing before it/);
      expect(bad({ id: 'x', kind: 'generic', phrase: 'be||happy' })).toThrow(/empty alternative/);
      expect(bad({ id: 'x', kind: 'generic', phrase: 'be ^ happy' })).toThrow(
        /\^ or \$ in the middle/,
      );
      expect(bad({ id: 'x', kind: 'generic', phrase: 'be (happy)' })).toThrow(/not a word/);
      expect(bad({ id: 'x', kind: 'generic', phrase: '  ' })).toThrow(/no words to match/);
      expect(bad({ id: 'x', kind: 'generic', phrase: 'a '.repeat(17) })).toThrow(/more than 16/);
      expect(bad({ id: 'x', kind: 'advice', phrase: 'be happy' })).toThrow(/kind/);
      expect(bad({ id: 'x', kind: 'generic' })).toThrow(/has no phrase/);
      expect(bad({ kind: 'generic', phrase: 'be happy' })).toThrow(/needs an id/);
      expect(() =>
        compileWordingPatterns([
          { id: 'x', kind: 'generic', phrase: 'a' },
          { id: 'x', kind: 'generic', phrase: 'b' },
        ]),
      ).toThrow(/appears twice/);
      expect(() => compileWordingPatterns('be happy' as never)).toThrow(/must be a list/);
      expect(() => analyseWording('x', { patterns: 7 as never })).toThrow(/patterns must be/);
    });
  });

  describe('properties', () => {
    test.prop([arbWordingText, arbSpecificDetail, fc.boolean()])(
      'adding a specific detail never adds a generic finding',
      (text, detail, before) => {
        const withDetail = before ? `${detail} ${text}` : `${text} ${detail}`;
        expect(analyseWording(withDetail).generic.length).toBeLessThanOrEqual(
          analyseWording(text).generic.length,
        );
      },
    );
    const restyle = (text: string, flips: readonly boolean[]) =>
      [...text]
        .map((c, i) => {
          const flip = flips[i % flips.length] ?? false;
          if (c === "'" || c === '’') return flip ? '’' : "'";
          if (c === '"' || c === '“' || c === '”') return flip ? '“' : '"';
          return /[a-z]/i.test(c) && flip
            ? c === c.toLowerCase()
              ? c.toUpperCase()
              : c.toLowerCase()
            : c;
        })
        .join('');
    const shape = (text: string) => {
      const a = analyseWording(text);
      const where = (ms: readonly { pattern: string; span: object }[]) =>
        ms.map((m) => [m.pattern, m.span]);
      return {
        generic: where(a.generic),
        outweighed: where(a.outweighed),
        serviceLed: where(a.serviceLed),
        signals: a.signals.map((s) => [s.kind, s.span]),
        voice: a.voice,
        cue: a.aboutPerson?.cue,
      };
    };
    test.prop([arbWordingText, fc.array(fc.boolean(), { minLength: 1, maxLength: 9 })])(
      'case and quote style never change the result',
      (text, flips) => {
        expect(shape(restyle(text, flips))).toEqual(shape(text));
      },
    );
    test.prop([fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 40 })])(
      'the work per word is bounded by a constant, so the time is linear in the text',
      (text, times) => {
        const compiled = defaultCompiled();
        // The most token tests a pattern can make from one starting word.
        const perStart = compiled.patterns.reduce(
          (sum, p) =>
            sum +
            p.elements.reduce((n, e) => n * (e.max + 1), 1) *
              p.elements.reduce((n, e) => n + e.max, 0),
          0,
        );
        const reading = read(text.repeat(times), compiled, 'words');
        expect(reading.work.steps).toBeLessThanOrEqual(perStart * reading.tokens.length);
      },
    );
    test.prop([
      fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
    ])(
      'never throws, its result is frozen, and every span points at the words it reports',
      (text) => {
        const analysis = analyseWording(text);
        expect(Object.isFrozen(analysis) && Object.isFrozen(analysis.generic)).toBe(true);
        for (const m of [
          ...analysis.generic,
          ...analysis.outweighed,
          ...analysis.serviceLed,
          ...analysis.signals,
        ]) {
          expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
        }
      },
    );
    test.prop([arbWordingText])('is deterministic', (text) => {
      expect(analyseWording(text)).toEqual(analyseWording(`${text}`));
    });
  });
});
