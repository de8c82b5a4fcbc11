import { test } from '@fast-check/vitest';
import type { Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProviderRecords } from '../../test/arbitraries/metrics.js';
import { arbHostileText } from '../../test/arbitraries/visuals.js';
import { thrownCode } from '../../test/support/thrown.js';
import { parseXml, svgProblems } from '../../test/support/xml.js';
import { type GovernanceReport, governanceReport } from '../metrics/index.js';
import { cleanText } from './escape.js';
import { governanceReportHtml } from './governance-report-html.js';

const window = { from: '2025-07-01', to: '2025-10-01' } as const;
// The largest of a few samples, so the page has charts to draw whatever the arbitraries' shape.
const records = fc
  .sample(arbProviderRecords(30), { seed: 7, numRuns: 10 })
  .reduce((a, b) => (b.length > a.length ? b : a), []);
const report = governanceReport(records, { window, trendMonths: 18 });
const empty = governanceReport([], { window, trendMonths: 12 });

/** The page as XML: it is written as well-formed XHTML-compatible markup after the doctype. */
const parsePage = (html: string) => parseXml(html.replace(/^<!DOCTYPE html>\n/, ''), 'text/xml');
const textOf = (html: string) => parsePage(html).documentElement?.textContent ?? '';

describe('governanceReportHtml', () => {
  describe('with a provider’s records', () => {
    const html = governanceReportHtml(report, {
      title: 'Elm Care: July to September 2025',
      groupNames: { 'svc-north': 'North' },
    });
    const doc = parsePage(html);

    it('is one self-contained page: inline style and SVG, no script, nothing fetched', () => {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      expect(doc.getElementsByTagName('link')).toHaveLength(0);
      expect(doc.getElementsByTagName('img')).toHaveLength(0);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)|@import|url\(/);
    });
    it('prints on A4', () => {
      expect(doc.getElementsByTagName('style')[0]?.textContent).toMatch(
        /@media print\{\n@page\{size:A4;/,
      );
    });
    it('titles the page and names the period', () => {
      expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(
        'Elm Care: July to September 2025',
      );
      expect(textOf(html)).toContain('1 July 2025 to 30 September 2025');
    });
    it('shows each key figure with its numerator, denominator, interval and method', () => {
      const p = report.overall.reviewTimeliness.proportion;
      const row = Array.from(doc.getElementsByTagName('tr')).find((tr) =>
        tr.textContent?.startsWith('Scheduled reviews held on time'),
      );
      const cells = Array.from(row?.getElementsByTagName('td') ?? []).map((td) => td.textContent);
      expect(cells[0]).toBe(String(p.numerator));
      expect(cells[1]).toBe(String(p.denominator));
      expect(cells[4]).toBe('Wilson score interval');
    });
    it('draws the three monthly control charts as safe inline SVG with their own ids', () => {
      const svgs = Array.from(doc.getElementsByTagName('svg'));
      expect(svgs.map((s) => s.getAttribute('id'))).toEqual([
        'reviews-funnel',
        'goals-funnel',
        'incidents-funnel',
        'incidents-chart',
        'admissions-chart',
        'participation-chart',
      ]);
      for (const svg of svgs) expect(svg.getAttribute('role')).toBe('img');
      const chart = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
      expect(svgProblems(parseXml(chart))).toEqual([]);
    });
    it('lists the overdue reviews, restriction findings and outcomes to look at', () => {
      const headings = Array.from(doc.getElementsByTagName('h2')).map((h) => h.textContent);
      const lists = [
        'Key figures for the quarter, 1 July 2025 to 30 September 2025',
        'Comparing each service',
        'Monthly trends and control charts, 1 April 2024 to 30 September 2025',
        'Community participation over 18 months',
        'Reviews overdue on 30 September 2025',
        'Restrictive practices, 1 July 2025 to 30 September 2025',
        'Outcomes to look at, 1 July 2025 to 30 September 2025',
        'By service, 1 July 2025 to 30 September 2025',
      ];
      expect(headings.filter((h) => lists.includes(h ?? ''))).toEqual(lists);
      for (const r of report.overall.reviewTimeliness.overdueAtEnd.mostOverdue) {
        expect(textOf(html)).toContain(r.planId);
      }
    });
    it('has a row for each group', () => {
      const groupTable = Array.from(doc.getElementsByTagName('caption')).find(
        (c) =>
          c.textContent ===
          'Key figures for each service, quarter 1 July 2025 to 30 September 2025',
      );
      expect((groupTable?.parentNode as Element | null)?.getElementsByTagName('tr').length).toBe(
        Object.keys(report.groups).length + 1,
      );
    });
  });

  describe('the presentation', () => {
    const html = governanceReportHtml(report);
    const text = textOf(html);
    it('reconciles the people in the records with the people behind each denominator', () => {
      const o = report.overall;
      const rows = Array.from(parsePage(html).getElementsByTagName('tr')).map((tr) =>
        Array.from(tr.childNodes).map((n) => n.textContent),
      );
      expect(rows).toContainEqual([
        'Person records read',
        String(o.records.people),
        'everyone in the data, whenever they were supported',
      ]);
      expect(rows).toContainEqual([
        'Supported on 30 September 2025',
        String(o.reviewTimeliness.overdueAtEnd.people.denominator),
        'the denominator of reviews overdue and of people with a restriction at the end',
      ]);
      expect(text).toContain(
        `${o.goalAchievement.peopleWithoutOutcomes} people had no agreed outcome`,
      );
    });
    it('states the dropped actions left out of the denominator', () => {
      expect(text).toContain(
        `${report.overall.actionCompletion.dropped} more were dropped (decided against) and are left out of the denominator.`,
      );
    });
    it('names the charted months apart from the quarter', () => {
      expect(text).toContain('18 months: 1 April 2024 to 30 September 2025');
    });
    it('writes p-values as journals do, never p = 0.', () => {
      expect(text).toMatch(/Mann–Kendall (p < 0\.001|p = 0\.\d\d\d?|p > 0\.99|no Mann)/);
      expect(text).not.toMatch(/p = 0\.(?!\d)|p = 0\.000/);
    });
    it('says the control limits are held at 0 for rates', () => {
      expect(text).toContain(
        'A rate cannot be below 0, so a limit that would fall below it is held at 0 (natural bounds, as Making Data Count does)',
      );
    });
    it('compares the services on funnel plots and says who lies outside the limits', () => {
      expect(text).toContain('with exact 95% (dashed) and 99.8% (dotted) limits');
      expect(text).toMatch(/Every service lies inside the 95% limits|Outside the limits: /);
    });
  });

  describe('with a hostile report', () => {
    const hostile = (
      change: (r: { overall: Record<string, unknown> } & Record<string, unknown>) => void,
    ) => {
      const copy = structuredClone(report) as unknown as {
        overall: Record<string, unknown>;
      } & Record<string, unknown>;
      change(copy);
      return copy as unknown as GovernanceReport;
    };
    const goal = (r: { overall: Record<string, unknown> }) =>
      (r.overall['goalAchievement'] as { proportion: Record<string, unknown> }).proportion;
    it('throws invalid_argument for a string, NaN or Infinity where a figure belongs', () => {
      for (const bad of ['12', Number.NaN, Number.POSITIVE_INFINITY, null, {}]) {
        const r = hostile((c) => {
          goal(c)['numerator'] = bad;
        });
        expect(
          thrownCode(() => governanceReportHtml(r)),
          String(bad),
        ).toBe('invalid_argument');
      }
    });
    it('throws invalid_argument for a count that is not a number', () => {
      const r = hostile((c) => {
        (c.overall['records'] as Record<string, unknown>)['people'] = '<b>400</b>';
      });
      expect(thrownCode(() => governanceReportHtml(r))).toBe('invalid_argument');
    });
    it('throws invalid_argument for a report that is not one', () => {
      expect(thrownCode(() => governanceReportHtml(null as unknown as GovernanceReport))).toBe(
        'invalid_argument',
      );
      expect(thrownCode(() => governanceReportHtml({} as GovernanceReport))).toBe(
        'invalid_argument',
      );
    });
    it('writes <script> in group codes, ids and people’s words as text', () => {
      const evil = '<script>alert(1)</script>';
      const r = hostile((c) => {
        const groups = c['groups'] as Record<string, unknown>;
        const first = Object.keys(groups)[0] as string;
        groups[evil] = groups[first];
        delete groups[first];
        const trends = c.overall['ratingTrends'] as { flagged: Record<string, unknown>[] };
        trends.flagged = [
          {
            ...(trends.flagged[0] ?? {
              first: { on: '2025-07-01', score: 3 },
              latest: { on: '2025-09-01', score: 2 },
              groups: {},
            }),
            personId: evil,
            words: `"${evil}'`,
            movement: evil,
          },
        ];
      });
      const html = governanceReportHtml(r);
      expect(html).not.toContain('<script');
      expect(parsePage(html).getElementsByTagName('script')).toHaveLength(0);
      expect(textOf(html)).toContain(evil);
    });
    it('throws invalid_argument for a name that is not text', () => {
      const r = hostile((c) => {
        const trends = c.overall['ratingTrends'] as { flagged: Record<string, unknown>[] };
        trends.flagged = [
          {
            ...(trends.flagged[0] ?? {}),
            personId: 42,
            words: 'x',
            movement: 'stagnating',
            first: { on: '2025-07-01', score: 3 },
            latest: { on: '2025-09-01', score: 3 },
            groups: {},
          },
        ];
      });
      expect(thrownCode(() => governanceReportHtml(r))).toBe('invalid_argument');
    });
  });

  describe('with no records', () => {
    const html = governanceReportHtml(empty);
    it('shows — for figures with nothing to count, never NaN or 0%', () => {
      expect(html).not.toMatch(/NaN|Infinity|undefined|null/);
      expect(textOf(html)).toContain('—');
      expect(textOf(html)).toContain('No review was overdue.');
      expect(textOf(html)).toContain('No data yet');
    });
    it('uses the default title', () => {
      expect(parsePage(html).getElementsByTagName('h1')[0]?.textContent).toBe('Governance report');
    });
  });

  describe('with bad arguments', () => {
    it('throws invalid_argument for a title that is not text', () => {
      expect(thrownCode(() => governanceReportHtml(empty, { title: 1 as unknown as string }))).toBe(
        'invalid_argument',
      );
    });
    it('throws invalid_argument for a group name that is not text', () => {
      const groupNames = { a: 2 } as unknown as Record<string, string>;
      expect(thrownCode(() => governanceReportHtml(empty, { groupNames }))).toBe(
        'invalid_argument',
      );
    });
    it('throws invalid_argument when a chart and its months disagree', () => {
      const broken: GovernanceReport = {
        ...report,
        overall: {
          ...report.overall,
          incidentTrend: { ...report.overall.incidentTrend, monthly: [] },
        },
      };
      expect(thrownCode(() => governanceReportHtml(broken))).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    test.prop([arbProviderRecords(8)], { numRuns: 25 })(
      'is well-formed markup with safe charts for any records, and the same bytes twice',
      (recs) => {
        const r = governanceReport(recs, { window, trendMonths: 6 });
        const html = governanceReportHtml(r);
        const doc = parsePage(html);
        for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
          expect(svgProblems(parseXml(svg))).toEqual([]);
        }
        expect(doc.getElementsByTagName('script')).toHaveLength(0);
        expect(governanceReportHtml(structuredClone(r))).toBe(html);
      },
    );
    test.prop([arbHostileText, arbHostileText], { numRuns: 50 })(
      'shows the title and group names only as text',
      (title, name) => {
        const html = governanceReportHtml(report, {
          title,
          groupNames: Object.fromEntries(Object.keys(report.groups).map((g) => [g, name])),
        });
        const doc = parsePage(html);
        expect(doc.getElementsByTagName('h1')[0]?.textContent).toBe(cleanText(title));
        expect(doc.getElementsByTagName('script')).toHaveLength(0);
      },
    );
  });
});
