/**
 * What every section of the governance report reads (internal to `visuals`): the report, the
 * windows written out in words, and the groups' readable names. A section is a small function
 * from this context to HTML; the report is the sections in order (`sections.ts`).
 */
import { addDays, formatLongDate, GoldenThreadError } from '../../core/index.js';
import type { GovernanceFigures, GovernanceReport, MetricsWindow } from '../../metrics/index.js';
import { capital, FN, text } from './format.js';

/** The report and what its sections say about it. */
export interface ReportContext {
  readonly report: GovernanceReport;
  readonly overall: GovernanceFigures;
  /** The reporting window in words: `1 July 2026 to 30 September 2026`. */
  readonly period: string;
  /** The window's first day, in words. */
  readonly firstDay: string;
  /** The window's last day, in words. */
  readonly lastDay: string;
  /** The window of the monthly charts in words. */
  readonly trendPeriod: string;
  /** How many months the charts cover. */
  readonly trendMonths: number;
  /** The group key with a capital letter (`Service`), escaped when written. */
  readonly groupLabel: string;
  /** A group's readable name. */
  readonly nameOf: (code: string) => string;
  /** The groups, in the report's order. */
  readonly groups: readonly (readonly [string, GovernanceFigures])[];
}

/** One part of the report: a heading and what follows it, or `''` to leave it out. */
export type ReportSection = (context: ReportContext) => string;

const last = (window: MetricsWindow): string => formatLongDate(addDays(window.to, -1));

function monthsBetween(window: MetricsWindow): number {
  const [fy, fm] = window.from.split('-').map(Number) as [number, number];
  const [ty, tm] = window.to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** Checks the group names and builds the context. */
export function reportContext(
  report: GovernanceReport,
  groupNames: Readonly<Record<string, string>>,
): ReportContext {
  for (const [code, name] of Object.entries(groupNames)) {
    if (typeof name !== 'string') {
      throw new GoldenThreadError(
        'invalid_argument',
        `${FN}: the name of group ${JSON.stringify(code)} must be text.`,
      );
    }
  }
  const { window, trendWindow } = report;
  text(report.groupBy, 'the group key');
  return {
    report,
    overall: report.overall,
    period: `${formatLongDate(window.from)} to ${last(window)}`,
    firstDay: formatLongDate(window.from),
    lastDay: last(window),
    trendPeriod: `${formatLongDate(trendWindow.from)} to ${last(trendWindow)}`,
    trendMonths: monthsBetween(trendWindow),
    groupLabel: capital(report.groupBy),
    nameOf: (code) =>
      Object.hasOwn(groupNames, code) ? (groupNames[code] as string) : String(code),
    groups: Object.entries(report.groups),
  };
}
