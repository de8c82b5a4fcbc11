/**
 * `npm run demo`: a made-up provider of 400 people in four services, and the quarterly
 * governance report its registered manager takes to the board — every figure with its
 * numerator, denominator and interval, control-chart signals, the reviews that are overdue,
 * the restrictions that fail their checks and the outcomes to escalate. It also writes the
 * report as one printable HTML page (from `golden-thread/visuals`) and prints its path.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type EventRate,
  formatLongDate,
  type GovernanceReport,
  governanceReport,
  type Proportion,
  type Ratio,
} from 'golden-thread';
import { providerRecords } from 'golden-thread/synthetic';
import { governanceReportHtml } from 'golden-thread/visuals';

const asOf = '2026-10-07';
const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const records = [
  ...providerRecords({
    seed: 20261123,
    people: 400,
    asOf,
    services: ['elm-court', 'riverside', 'oak-lodge', 'community-team'],
  }),
];
const report: GovernanceReport = governanceReport(records, {
  window,
  groupBy: 'service',
  limit: 8,
});
const o = report.overall;

const line = (text = '') => console.log(text);
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(0)}%`);
const num = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
const share = (p: Proportion) =>
  `${pct(p.value)}  (${p.numerator} of ${p.denominator}; 95% CI ${pct(p.lower)}–${pct(p.upper)})`;
const ratio = (r: Ratio, digits = 2) =>
  `${num(r.value, digits)}  (${r.numerator} ÷ ${r.denominator})`;
const rate = (e: EventRate) =>
  `${num(e.rate.rate?.value ?? null, 2)} per 1,000 person-days  (${e.rate.count} in ${e.rate.rate?.exposure ?? 0} days; 95% CI ${num(e.rate.rate?.lower ?? null, 2)}–${num(e.rate.rate?.upper ?? null, 2)})`;
const heading = (text: string) => {
  line();
  line(text);
  line('-'.repeat(text.length));
};

line(`Quarterly governance report: ${formatLongDate(window.from)} to 30 September 2026`);
line('='.repeat(72));
line(
  `${o.records.people} people and ${o.records.settings} settings, made up by providerRecords (seed 20261123).`,
);
line('Every figure shows what it counts: numerator of denominator, with a 95% interval.');

heading('Outcomes and reviews');
line(`People achieving at least one goal      ${share(o.goalAchievement.proportion)}`);
line(`Scheduled reviews held on time          ${share(o.reviewTimeliness.proportion)}`);
line(
  `  held late ${o.reviewTimeliness.heldLate}, not held ${o.reviewTimeliness.notHeld}, median ${num(o.reviewTimeliness.daysLate.median, 0)} days late`,
);
line(`Reviews meeting every quality check     ${share(o.reviewQuality.proportion)}`);
const failed = Object.entries(o.reviewQuality.failedChecks).filter(([, n]) => n > 0);
line(`  checks failed: ${failed.map(([check, n]) => `${check} ${n}`).join(', ') || 'none'}`);
line(`Actions done by their due date          ${share(o.actionCompletion.proportion)}`);
line(
  `  late ${o.actionCompletion.late}, still open ${o.actionCompletion.open}, dropped ${o.actionCompletion.dropped}`,
);

heading('Progress ratings this quarter');
const m = o.ratingTrends.movements;
line(
  `Improving ${m.improving}, steady ${m.steady}, stagnating ${m.stagnating}, deteriorating ${m.deteriorating}, too few ratings ${m.not_enough_ratings}`,
);
line(`People with a deteriorating outcome     ${ratio(o.ratingTrends.peopleDeteriorating)}`);
for (const f of o.ratingTrends.flagged.slice(0, 4)) {
  line(
    `  ${f.movement === 'deteriorating' ? 'ESCALATE' : 'ask why '} ${f.personId} (${f.groups['service'] ?? '—'}): “${f.words}” ${f.first.score} → ${f.latest.score}`,
  );
}

heading('Restrictive practices');
const r = o.restrictions;
line(
  `In place at the end of the quarter      ${r.activeAtEnd.individual} individual, ${r.activeAtEnd.blanket} blanket (start: ${r.activeAtStart.individual} and ${r.activeAtStart.blanket})`,
);
line(`People with an individual restriction   ${share(r.peopleRestricted)}`);
line(
  `Uses per 1,000 support days             ${num(r.uses.rate?.value ?? null, 2)}  (${r.uses.count} uses; 95% CI ${num(r.uses.rate?.lower ?? null, 2)}–${num(r.uses.rate?.upper ?? null, 2)})`,
);
line(
  `Change against the quarter before       rate ratio ${num(r.reduction.ratio, 2)} (95% CI ${num(r.reduction.lower, 2)}–${num(r.reduction.upper, 2)}, p = ${num(r.reduction.pValue, 3)})`,
);
for (const [group, label] of [
  ['linked', 'Linked to an enablement outcome'],
  ['unlinked', 'Not linked to one'],
] as const) {
  const e = r.enablement[group];
  line(
    `${label.padEnd(40)}${e.restrictions} in place, ${share(e.reducedOrStopped)} reduced or stopped; uses per day in place ×${num(e.reduction.ratio, 2)} on the quarter before`,
  );
}
line(`Restrictions failing a legal check      ${share(r.withErrors)}`);
for (const f of r.flagged.slice(0, 4)) {
  line(`  ${f.restrictionId} (${f.scope}, ${f.subjectId}): ${f.codes.join(', ')}`);
}

heading('Health and community');
line(`Unplanned hospital admissions           ${rate(o.unplannedAdmissions)}`);
const c = o.communityParticipation;
line(
  `Community activities per person a month ${ratio(c.perPersonPerMonth)} over ${c.monthly.length} months`,
);
line(
  `  trend ${num(c.trend.slope.slope, 3)} a month (Theil–Sen); Mann–Kendall p = ${num(c.trend.test.pValue, 3)}`,
);

heading('Control charts (monthly, Making Data Count XmR)');
for (const [name, chart] of [
  ['Incidents per 1,000 person-days', o.incidentTrend.chart],
  ['Unplanned admissions per 1,000 person-days', o.admissionTrend.chart],
  ['Community activities per person', c.chart],
] as const) {
  const signals = chart.points.filter((p) => p.variation !== 'common_cause').length;
  line(
    `${name}: mean ${num(chart.mean, 2)}, limits ${num(chart.lowerProcessLimit, 2)}–${num(chart.upperProcessLimit, 2)}; latest month ${chart.variation ?? '—'}; ${signals} of ${chart.n} months show special cause`,
  );
}

heading('Reviews overdue on 30 September 2026');
const overdue = o.reviewTimeliness.overdueAtEnd;
line(`People with an overdue review           ${share(overdue.people)}`);
line(
  `  first ${overdue.byReason.first_review}, scheduled ${overdue.byReason.scheduled}, asked for by a trigger rule ${overdue.byReason.rule}; median ${num(overdue.daysOverdue.median, 0)} days overdue`,
);
for (const d of overdue.mostOverdue.slice(0, 5)) {
  line(
    `  ${d.personId} (${d.groups['service'] ?? '—'}): ${d.reason}${d.ruleId === null ? '' : ` "${d.ruleId}"`}, due ${formatLongDate(d.dueOn)}, ${d.daysOverdue} days overdue`,
  );
}

heading('By service');
line(
  `${'service'.padEnd(16)}${'people'.padStart(7)}${'goal'.padStart(7)}${'reviews'.padStart(9)}${'actions'.padStart(9)}${'restricted'.padStart(12)}`,
);
for (const [service, g] of Object.entries(report.groups)) {
  line(
    `${service.padEnd(16)}${String(g.records.people).padStart(7)}${pct(g.goalAchievement.proportion.value).padStart(7)}${pct(g.reviewTimeliness.proportion.value).padStart(9)}${pct(g.actionCompletion.proportion.value).padStart(9)}${pct(g.restrictions.peopleRestricted.value).padStart(12)}`,
  );
}
line();
line('Small numbers: read each figure with its interval before comparing services.');

const page = join(mkdtempSync(join(tmpdir(), 'golden-thread-demo-')), 'governance-report.html');
writeFileSync(
  page,
  governanceReportHtml(report, { title: 'Quarterly governance report: July to September 2026' }),
);
line(`The report as a web page (prints on A4): ${page}`);
