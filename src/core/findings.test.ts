import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFinding, defineFindings, type Finding } from './findings.js';
import { localize } from './messages.js';

const findings = defineFindings({
  generic_wording: {
    severity: 'warning',
    message: 'The words "{phrase}" do not say what will be seen or counted.',
    description: 'Generic aims need an observable indicator.',
  },
  review_overdue: {
    severity: 'error',
    message: (f) => `The review is ${String(f.days)} day${f.days === 1 ? '' : 's'} overdue.`,
    description: 'A review date has passed.',
  },
});

describe('defineFindings', () => {
  it('freezes the catalogue and keeps its codes', () => {
    expect(Object.isFrozen(findings)).toBe(true);
    expect(Object.keys(findings)).toEqual(['generic_wording', 'review_overdue']);
  });
  it('throws invalid_argument for a code that is not snake_case', () => {
    expect(() =>
      defineFindings({ GenericWording: { severity: 'info', message: 'x', description: 'x' } }),
    ).toThrow(/not a snake_case code/);
    expect(() =>
      defineFindings({ 'generic-wording': { severity: 'info', message: 'x', description: 'x' } }),
    ).toThrow();
  });
});

describe('createFinding', () => {
  it('builds a frozen finding with the catalogue severity and message', () => {
    const finding = createFinding(findings, 'generic_wording', ['words'], {
      phrase: 'improve wellbeing',
    });
    expect(finding).toEqual({
      code: 'generic_wording',
      severity: 'warning',
      path: ['words'],
      phrase: 'improve wellbeing',
      message: 'The words "improve wellbeing" do not say what will be seen or counted.',
    });
    expect(Object.isFrozen(finding)).toBe(true);
    expect(Object.isFrozen(finding.path)).toBe(true);
  });
  it('uses function templates for wording that branches', () => {
    expect(createFinding(findings, 'review_overdue', [], { days: 1 }).message).toBe(
      'The review is 1 day overdue.',
    );
    expect(createFinding(findings, 'review_overdue', [], { days: 3 }).message).toBe(
      'The review is 3 days overdue.',
    );
  });
  it('does not let details override the code, severity or path', () => {
    const finding = createFinding(findings, 'generic_wording', ['words'], {
      code: 'x',
      severity: 'info',
      path: ['y'],
      phrase: 'p',
    });
    expect(finding).toMatchObject({
      code: 'generic_wording',
      severity: 'warning',
      path: ['words'],
    });
  });
  it('can be translated with localize', () => {
    const finding: Finding = createFinding(findings, 'generic_wording', ['words'], {
      phrase: 'be happy',
    });
    expect(
      localize([finding], { generic_wording: 'Mae "{phrase}" yn rhy gyffredinol.' })[0]?.message,
    ).toBe('Mae "be happy" yn rhy gyffredinol.');
  });

  describe('properties', () => {
    test.prop([
      fc.string({ maxLength: 300 }),
      fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 5 }),
    ])('a finding is JSON round-trippable', (phrase, path) => {
      const finding = createFinding(findings, 'generic_wording', path, { phrase });
      expect(JSON.parse(JSON.stringify(finding))).toEqual(finding);
    });
    test.prop([fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 5 })])(
      'never mutates the path it is given',
      (path) => {
        const copy = [...path];
        createFinding(findings, 'review_overdue', path, { days: 2 });
        expect(path).toEqual(copy);
      },
    );
  });
});
