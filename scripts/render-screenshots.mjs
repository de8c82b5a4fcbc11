#!/usr/bin/env node
// Renders example pictures to PNG with headless Chromium so that a person can look at them.
// Not part of CI or `npm test`: it needs a browser (Debian package `chromium`). It runs on
// the sources with tsx, and draws the governance report of the synthetic provider that
// `npm run demo` uses:
//
//   npx tsx scripts/render-screenshots.mjs [output folder]
//
// Writes each SVG or HTML page and its PNG to the folder (default reports/screenshots), and
// the governance reports printed to PDF on A4 (look at them with any PDF viewer).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { governanceReport, xmrChart } from '../src/index.ts';
import { providerRecords } from '../src/synthetic/index.ts';
import {
  easyReadHtml,
  easyReadProgress,
  governanceReportHtml,
  ratingTimelineSvg,
  xmrChartSvg,
} from '../src/visuals/index.ts';

const out = resolve(process.argv[2] ?? 'reports/screenshots');
mkdirSync(out, { recursive: true });
const browser = process.env.CHROMIUM ?? 'chromium';

const outcome = {
  id: 'o-1',
  personId: 'p-1',
  words: 'I want to go to the art group on my own',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  timeframe: { start: '2026-09-01', reviewBy: '2026-12-07' },
  ratingScale: {
    min: 1,
    max: 5,
    labels: [
      { score: 1, label: 'I do not go yet' },
      { score: 3, label: 'Staff meet me there' },
      { score: 5, label: 'I go on my own, every week' },
    ],
  },
  ratings: [
    { on: '2026-09-14', score: 2, ratedBy: 'person' },
    { on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Took the bus, Sam met me there' },
    { on: '2026-10-12', score: 2, ratedBy: 'keyworker' },
    { on: '2026-11-09', score: 4, ratedBy: 'person', example: 'Went on the bus with Jo' },
  ],
};
const milestones = [
  { on: '2026-10-05', label: 'Review: Aisha chose to try the bus' },
  { on: '2026-11-01', label: 'Jo offered to travel with her' },
];
const incidents = [9, 7, 8, 10, 8, 9, 7, 11, 8, 9, 6, 5, 4, 5, 3, 4, 4, 3, 2, 4];
const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const months = incidents.map((_, i) => `${names[i % 12]} ${2025 + Math.floor(i / 12)}`);
const hostile =
  '</svg><script>alert(1)</script> "onload=x ]]> \u0000 \uD800 Supercalifragilisticexpialidocious';

const reportOf = (profile) =>
  governanceReport(
    providerRecords({
      seed: 20261123,
      people: 400,
      asOf: '2026-10-07',
      profile,
      services: ['elm-court', 'riverside', 'oak-lodge', 'community-team'],
    }),
    { window: { from: '2026-07-01', to: '2026-10-01' }, limit: 8, evidenceCoverage: true },
  );

const pages = {
  'governance-report.html': governanceReportHtml(reportOf('reasonable'), {
    title: 'Quarterly governance report (synthetic provider)',
  }),
  'governance-report-struggling.html': governanceReportHtml(reportOf('struggling'), {
    title: 'Quarterly governance report (synthetic provider, struggling profile)',
  }),
  'timeline.svg': ratingTimelineSvg(outcome, { milestones }),
  'timeline-empty.svg': ratingTimelineSvg({ ...outcome, ratings: [] }),
  'timeline-one.svg': ratingTimelineSvg({ ...outcome, ratings: [outcome.ratings[0]] }),
  'timeline-hostile.svg': ratingTimelineSvg(
    { ...outcome, words: hostile },
    { width: 480, milestones: [{ on: '2026-10-01', label: hostile }] },
  ),
  'xmr.svg': xmrChartSvg(xmrChart(incidents, { improvement: 'decrease' }), {
    title: 'Incidents each month, Elm House',
    xLabels: months,
    yAxisLabel: 'Incidents',
    xAxisLabel: 'Month',
  }),
  'xmr-concern.svg': xmrChartSvg(xmrChart([3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'decrease' }), {
    title: 'Restraints each month',
    xLabels: months.slice(0, 8),
  }),
  'xmr-empty.svg': xmrChartSvg(xmrChart([], { improvement: 'decrease' }), { title: 'No data' }),
  'xmr-one.svg': xmrChartSvg(xmrChart([7], { improvement: 'increase' }), { title: 'One month' }),
  'easy-read.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Easy read</title>
<style>body{font:20px/1.5 Arial,sans-serif;max-width:50em;margin:1em}</style></head><body>
${ratingTimelineSvg(outcome, { milestones })}
${easyReadHtml(easyReadProgress(outcome, { asOf: '2026-11-23' }), { heading: 'How it is going' })}
</body></html>`,
};

for (const [name, content] of Object.entries(pages)) {
  const file = join(out, name);
  writeFileSync(file, content);
  const png = file.replace(/\.(svg|html)$/, '.png');
  const height = /height="(\d+)"/.exec(content)?.[1] ?? '1000';
  execFileSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--window-size=${name.startsWith('governance') ? '1000,12000' : `820,${name.endsWith('.html') ? 1400 : Number(height) + 16}`}`,
      `--screenshot=${png}`,
      pathToFileURL(file).href,
    ],
    { stdio: 'ignore' },
  );
  console.log(png);
  if (name.startsWith('governance')) {
    // The page as printed on A4, to check that the print rules keep tables and charts whole.
    const pdf = file.replace(/\.html$/, '.pdf');
    execFileSync(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(file).href,
      ],
      { stdio: 'ignore' },
    );
    console.log(pdf);
  }
}
