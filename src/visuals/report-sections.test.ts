import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../test/support/thrown.js';
import { parseXml } from '../../test/support/xml.js';
import { type GovernanceReport, governanceReport } from '../metrics/index.js';
import { proportionInterval, rateRatio } from '../stats/index.js';
import { governanceReportHtml } from './governance-report-html.js';

const window = { from: '2025-07-01', to: '2025-10-01' } as const;
const p = (numerator: number, denominator: number) => proportionInterval(numerator, denominator);
const textOf = (html: string) =>
  parseXml(html.replace(/^<!DOCTYPE html>\n/, ''), 'text/xml').documentElement?.textContent ?? '';

type Loose = Record<string, unknown>;
/** The empty report with the new figures of a small provider written in by hand. */
function small(change: (overall: Loose, report: Loose) => void = () => {}): GovernanceReport {
  const r = structuredClone(
    governanceReport([], { window, trendMonths: 12, evidenceCoverage: true }),
  ) as unknown as Loose & { overall: Loose };
  const o = r.overall;
  const w = o['wellbeingAreas'] as { areas: Record<string, Loose> } & Loose;
  w['people'] = 8;
  w['outcomes'] = 12;
  w['undated'] = 1;
  Object.assign(w.areas['relationships'] as Loose, {
    people: p(2, 8),
    outcomes: p(3, 12),
    achieved: p(1, 3),
    notAchieved: p(1, 3),
  });
  Object.assign(o['outcomesNotImproved'] as Loose, {
    outcomes: 12,
    notImproved: p(3, 12),
    completedNotAchieved: p(1, 12),
    cancelled: p(2, 12),
    cancelledByReason: {
      ...((o['outcomesNotImproved'] as Loose)['cancelledByReason'] as Loose),
      person_chose: 1,
      not_recorded: 1,
    },
    rated: 8,
    stagnating: p(2, 8),
    deteriorating: p(0, 8),
    people: p(1, 4),
  });
  Object.assign(o['workAndLearning'] as Loose, {
    proportion: p(1, 4),
    byKind: { paid_work: 1, volunteering: 0 },
    unkinded: 0,
  });
  Object.assign(o['youSaidWeDid'] as Loose, {
    proportion: p(3, 12),
    daysToAction: { count: 3, total: 30, mean: 10, median: 9, max: 14 },
    open: 8,
    inProgress: 5,
    noAction: 3,
    dropped: 1,
  });
  Object.assign(o['changeImpact'] as Loose, {
    decisionCount: 4,
    rateRatio: rateRatio({ count: 6, exposure: 900 }, { count: 2, exposure: 900 }),
    caution: true,
    cautionMessage: 'Only 8 incidents: too few to tell a change from chance.',
  });
  o['evidenceCoverage'] = {
    window,
    proportion: p(3, 12),
    brokenAt: { input: 0, decision: 6, action: 2, check: 1 },
    mostOftenMissing: 'decision',
  };
  change(o, r);
  return r as unknown as GovernanceReport;
}

describe('governanceReportHtml', () => {
  describe('with the figures of a small provider', () => {
    const text = textOf(governanceReportHtml(small()));
    it('shows each wellbeing area with outcomes as x% (n of d; 95% CI a–b)', () => {
      expect(text).toContain('Relationships');
      expect(text).toContain('25% (2 of 8; 95% CI 7.1%–59.1%)');
      expect(text).toContain('25% (3 of 12; 95% CI 8.9%–53.2%)');
      expect(text).toContain('1 finished outcomes have no date for their end');
    });
    it('shows the outcomes that did not improve and the reasons for cancelling', () => {
      expect(text).toContain('Outcomes that did not improve, 1 July 2025 to 30 September 2025');
      expect(text).toContain('Ratings stagnating (of outcomes rated twice or more)25% (2 of 8;');
      expect(text).toContain(
        'Cancelled, by reason: The person decided it no longer matters to them 1; No reason recorded 1.',
      );
    });
    it('shows work and learning by kind', () => {
      expect(text).toContain(
        '25% (1 of 4; 95% CI 4.6%–69.9%). By kind: paid work 1; volunteering 0.',
      );
    });
    it('shows feedback acted on with the median days to action', () => {
      expect(text).toContain(
        'Feedback acted on by 30 September 2025: 25% (3 of 12; 95% CI 8.9%–53.2%). Median 9 days from the feedback to the action (over 3 acted on). Still open: 8 (5 with an action under way, 3 with none); 1 not acted on because the action was dropped.',
      );
    });
    it('shows the pooled rate ratio with its exact interval, p-value and caution', () => {
      expect(text).toContain('4 decisions taken with the person changed their plan.');
      expect(text).toContain('before: 6 over 900 person-days');
      // 2 of 8 under Binomial(8, ½): 2 × 37/256 = 0.289.
      expect(text).toContain('Rate after ÷ rate before: 0.33 (95% CI 0.03 to 1.86; p = 0.29');
      expect(text).toContain('Caution: Only 8 incidents: too few to tell a change from chance.');
    });
    it('shows the complete golden threads and the step missing most often', () => {
      expect(text).toContain('25% (3 of 12; 95% CI 8.9%–53.2%).');
      expect(text).toContain(
        'Where the other threads break first: what was decided 6; what was changed 2; how it was checked 1. The step missing most often: what was decided.',
      );
    });
    it('shows the share of trigger reviews nobody held', () => {
      expect(text).toContain('Reviews a trigger asked for that nobody held');
    });
  });

  describe('with nothing to count', () => {
    const empty = governanceReport([], { window, trendMonths: 12 });
    const text = textOf(governanceReportHtml(empty));
    it('leaves out the areas, not-improved and work sections and evidence chains not asked for', () => {
      expect(text).not.toContain('Outcomes by wellbeing area');
      expect(text).not.toContain('Outcomes that did not improve');
      expect(text).not.toContain('Work and learning');
      expect(text).not.toContain('Evidence chains');
      expect(text).not.toContain('Before reading the figures');
    });
    it('says in words that no feedback and no co-produced decision were recorded', () => {
      expect(text).toContain('No feedback was recorded in the quarter.');
      expect(text).toContain('No co-produced decision changed a plan in the quarter.');
    });
    it('says no thread was checked when evidence coverage was asked for with no outcomes', () => {
      const asked = governanceReport([], { window, trendMonths: 12, evidenceCoverage: true });
      expect(textOf(governanceReportHtml(asked))).toContain(
        'No outcome was active on the last day, so no thread to check.',
      );
    });
  });

  describe('with notices', () => {
    it('lists each notice’s message near the top', () => {
      const html = governanceReportHtml(
        small((_, r) => {
          r['notices'] = [{ code: 'repeated_person_ids', message: '2 person ids are read twice.' }];
        }),
      );
      expect(textOf(html)).toContain('Before reading the figures:2 person ids are read twice.');
      expect(html.indexOf('Before reading')).toBeLessThan(html.indexOf('Key figures'));
    });
  });

  describe('with a hostile report', () => {
    const setters: [string, (o: Loose, r: Loose) => void][] = [
      [
        'an area share',
        (o) => {
          (
            (o['wellbeingAreas'] as { areas: Record<string, Loose> }).areas[
              'relationships'
            ] as Loose
          )['people'] = { ...p(2, 8), value: Number.NaN };
        },
      ],
      [
        'an area label',
        (o) => {
          (
            (o['wellbeingAreas'] as { areas: Record<string, Loose> }).areas[
              'relationships'
            ] as Loose
          )['label'] = 7;
        },
      ],
      [
        'a cancelled count',
        (o) => {
          ((o['outcomesNotImproved'] as Loose)['cancelledByReason'] as Loose)['other'] = '3';
        },
      ],
      [
        'a kind count',
        (o) => {
          ((o['workAndLearning'] as Loose)['byKind'] as Loose)['paid_work'] =
            Number.POSITIVE_INFINITY;
        },
      ],
      [
        'a median',
        (o) => {
          ((o['youSaidWeDid'] as Loose)['daysToAction'] as Loose)['median'] = '9';
        },
      ],
      [
        'a rate ratio',
        (o) => {
          ((o['changeImpact'] as Loose)['rateRatio'] as Loose)['ratio'] = Number.NaN;
        },
      ],
      [
        'a caution',
        (o) => {
          (o['changeImpact'] as Loose)['cautionMessage'] = 42;
        },
      ],
      [
        'a broken step',
        (o) => {
          ((o['evidenceCoverage'] as Loose)['brokenAt'] as Loose)['check'] = Number.NaN;
        },
      ],
      [
        'a missed share',
        (o) => {
          ((o['reviewTimeliness'] as Loose)['triggers'] as Loose)['missedShare'] = {
            ...p(1, 2),
            lower: 'x',
          };
        },
      ],
      [
        'a notice',
        (_, r) => {
          r['notices'] = [{ code: 'x', message: 5 }];
        },
      ],
    ];
    for (const [what, set] of setters) {
      it(`throws invalid_argument for ${what} that is not what the report holds`, () => {
        expect(thrownCode(() => governanceReportHtml(small(set)))).toBe('invalid_argument');
      });
    }
    it('writes <script> in a caution, a notice and a kind as text', () => {
      const evil = '<script>alert(1)</script>';
      const html = governanceReportHtml(
        small((o, r) => {
          (o['changeImpact'] as Loose)['cautionMessage'] = evil;
          ((o['workAndLearning'] as Loose)['byKind'] as Loose)[evil] = 1;
          r['notices'] = [{ code: 'x', message: evil }];
        }),
      );
      expect(html).not.toContain('<script');
      expect(textOf(html).split(evil).length).toBe(4);
    });
  });
});
