/**
 * `npm run demo`: a made-up provider of 400 people in four services, and the quarterly
 * governance report its registered manager takes to the board — every figure with its
 * numerator, denominator and interval, who each figure counts, the services compared on
 * funnel plots, control-chart signals, the reviews that are overdue, the restrictions that
 * fail their checks and the outcomes to escalate. It also writes the report as one printable
 * HTML page (from `golden-thread/visuals`) and prints its path.
 *
 * Options: `--out <folder>` (default `reports/demo/`, which git ignores) and
 * `--profile reasonable|struggling` (default `reasonable`: a decent service with some
 * problems). For example `npm run demo -- --profile struggling --out /tmp/board`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type EventRate,
  type FunnelUnit,
  formatLongDate,
  formatPValue,
  funnelPlot,
  type GovernanceFigures,
  type GovernanceReport,
  governanceReport,
  type Proportion,
  type Ratio,
} from 'golden-thread';
import { providerRecords, type SyntheticProfile } from 'golden-thread/synthetic';
import { governanceReportHtml } from 'golden-thread/visuals';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'reports/demo' },
    profile: { type: 'string', default: 'reasonable' },
  },
});
if (args.profile !== 'reasonable' && args.profile !== 'struggling') {
  console.error(`--profile must be reasonable or struggling, not ${args.profile}.`);
  process.exit(2);
}
const profile: SyntheticProfile = args.profile;

const asOf = '2026-10-07';
const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const quarter = `${formatLongDate(window.from)} to 30 September 2026`;
const seed = 20261123;
const records = [
  ...providerRecords({
    seed,
    people: 400,
    asOf,
    profile,
    services: ['elm-court', 'riverside', 'oak-lodge', 'community-team'],
  }),
];
const report: GovernanceReport = governanceReport(records, {
  window,
  groupBy: 'service',
  limit: 8,
  evidenceCoverage: true,
});
const o = report.overall;

const line = (text = '') => console.log(text);
const n = (v: number) => Math.round(v).toLocaleString('en-GB');
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(0)}%`);
const num = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
const share = (p: Proportion) =>
  `${pct(p.value)}  (${n(p.numerator)} of ${n(p.denominator)}; 95% CI ${pct(p.lower)}–${pct(p.upper)})`;
const ratio = (r: Ratio, digits = 2) =>
  `${num(r.value, digits)}  (${n(r.numerator)} ÷ ${n(r.denominator)})`;
const rate = (e: EventRate) =>
  `${num(e.events.rate?.value ?? null, 2)} per 1,000 person-days  (${n(e.events.count)} in ${n(e.events.rate?.exposure ?? 0)} days; 95% CI ${num(e.events.rate?.lower ?? null, 2)}–${num(e.events.rate?.upper ?? null, 2)})`;
const heading = (text: string) => {
  line();
  line(text);
  line('-'.repeat(text.length));
};

line(`Quarterly governance report: ${quarter}`);
line('='.repeat(72));
line(
  `Made up by providerRecords (seed ${seed}, profile '${profile}'${profile === 'reasonable' ? ': a decent service with some problems' : ': a provider in difficulty'}).`,
);
line('Every figure shows what it counts: numerator of denominator, with a 95% interval.');
line('Figures are for the quarter unless they say otherwise.');

heading('Who is counted');
line(
  `Person records                          ${n(o.records.people)} (and ${n(o.records.settings)} settings)`,
);
line(
  `  supported in the quarter              ${n(o.unplannedAdmissions.people)} (the others left before 1 July or joined later)`,
);
line(
  `  supported on 30 September 2026        ${n(o.reviewTimeliness.overdueAtEnd.people.denominator)} (overdue reviews, restrictions at the end)`,
);
line(
  `  in the quarter with an agreed outcome ${n(o.goalAchievement.people)} (goal achievement; ${n(o.goalAchievement.peopleWithoutOutcomes)} had none)`,
);
line(
  `  with an outcome rated twice or more   ${n(o.ratingTrends.peopleDeteriorating.denominator)} (falling and stalled outcomes)`,
);

if (report.notices.length > 0) {
  heading('Before reading the figures');
  for (const notice of report.notices) line(notice.message);
}

heading('Outcomes and reviews');
line(`People achieving at least one goal      ${share(o.goalAchievement.proportion)}`);
line(`Scheduled reviews held on time          ${share(o.reviewTimeliness.proportion)}`);
line(
  `  held late ${n(o.reviewTimeliness.heldLate)}, not held ${n(o.reviewTimeliness.notHeld)}, median ${num(o.reviewTimeliness.daysLate.median, 0)} days late`,
);
const t = o.reviewTimeliness.triggers;
line(`Reviews asked for by a trigger, on time ${share(t.answeredOnTime)}`);
line(`  nobody held (left to the routine one) ${share(t.missedShare)}`);
line(
  `  ${n(t.raised)} raised; late ${n(t.answeredLate)}, missed (left to the next routine review) ${n(t.missed)}, overdue now ${n(t.overdue)}, not yet due ${n(t.notYetDue)}`,
);
line(`Reviews meeting every quality check     ${share(o.reviewQuality.proportion)}`);
const failed = Object.entries(o.reviewQuality.failedChecks).filter(([, k]) => k > 0);
line(`  checks failed: ${failed.map(([check, k]) => `${check} ${n(k)}`).join(', ') || 'none'}`);
const a = o.actionCompletion;
line(`Actions done by their due date          ${share(a.proportion)}`);
line(
  `  late ${n(a.late)}, still open ${n(a.open)}; ${n(a.dropped)} more were dropped (decided against) and are not in the ${n(a.proportion.denominator)}`,
);

heading('Progress ratings this quarter');
const m = o.ratingTrends.movements;
line(
  `Improving ${n(m.improving)}, steady ${n(m.steady)}, stagnating ${n(m.stagnating)}, deteriorating ${n(m.deteriorating)}, too few ratings ${n(m.not_enough_ratings)}`,
);
line(
  `People with an outcome that fell and stayed down ${share(o.ratingTrends.peopleDeteriorating)}`,
);
line(
  `  ${n(o.ratingTrends.fellOnce)} more outcomes fell once: worth a conversation, not an escalation`,
);
for (const f of o.ratingTrends.flagged.slice(0, 4)) {
  line(
    `  ${f.movement === 'deteriorating' ? 'ESCALATE' : 'ask why '} ${f.personId} (${f.groups['service'] ?? '—'}): “${f.words}” ${f.first.score} → ${f.latest.score}`,
  );
}

heading('Outcomes by wellbeing area (people, outcomes, achieved)');
const w = o.wellbeingAreas;
line(`${n(w.outcomes)} outcomes active in the quarter, held by ${n(w.people)} people`);
for (const area of [...Object.values(w.areas), w.noArea].filter((x) => x.outcomes.numerator > 0)) {
  line(
    `${area.label.padEnd(40)}${n(area.people.numerator)} people, ${n(area.outcomes.numerator)} outcomes; achieved ${share(area.achieved)}`,
  );
}

heading('Outcomes that did not improve');
const ni = o.outcomesNotImproved;
line(`Outcomes that did not improve           ${share(ni.notImproved)}`);
line(`  completed without being achieved      ${share(ni.completedNotAchieved)}`);
line(`  cancelled                             ${share(ni.cancelled)}`);
const reasons = Object.entries(ni.cancelledByReason).filter(([, k]) => k > 0);
line(`    reasons: ${reasons.map(([why, k]) => `${why} ${n(k)}`).join(', ') || 'none'}`);
line(`  ratings stagnating                    ${share(ni.stagnating)}`);
line(`  ratings deteriorating                 ${share(ni.deteriorating)}`);
const wl = o.workAndLearning;
line(`People in work or learning              ${share(wl.proportion)}`);
line(
  `  ${Object.entries(wl.byKind)
    .map(([kind, k]) => `${kind.replaceAll('_', ' ')} ${n(k)}`)
    .join(', ')}; ${n(wl.unkinded)} with activities of no recorded kind`,
);

heading('You said, we did');
const y = o.youSaidWeDid;
line(`Feedback acted on                       ${share(y.proportion)}`);
line(
  `  median ${num(y.daysToAction.median, 0)} days to action; open ${n(y.open)} (${n(y.inProgress)} under way, ${n(y.noAction)} with no action); dropped ${n(y.dropped)}`,
);

heading('After co-produced changes (incidents before and after)');
const ci = o.changeImpact;
const rr = ci.rateRatio;
line(
  `${n(ci.decisionCount)} decisions; ${ci.days} days before: ${n(rr.before.count)} incidents in ${n(rr.before.exposure)} person-days; after: ${n(rr.after.count)} in ${n(rr.after.exposure)}`,
);
line(
  `Rate after ÷ before                     ${num(rr.ratio, 2)} (95% exact CI ${num(rr.lower, 2)}–${num(rr.upper, 2)}, ${formatPValue(rr.pValue)})`,
);
if (ci.cautionMessage !== null) line(`  Caution: ${ci.cautionMessage}`);

const ev = o.evidenceCoverage;
if (ev !== null) {
  heading('Evidence chains on 30 September 2026');
  line(`Outcomes with a complete golden thread  ${share(ev.proportion)}`);
  line(
    `  first step missing: ${Object.entries(ev.brokenAt)
      .map(([step, k]) => `${step} ${n(k)}`)
      .join(', ')}; most often ${ev.mostOftenMissing ?? 'none'}`,
  );
}

heading('Restrictive practices');
const r = o.restrictions;
line(
  `In place at the end of the quarter      ${n(r.activeAtEnd.individual)} individual, ${n(r.activeAtEnd.blanket)} blanket (start: ${n(r.activeAtStart.individual)} and ${n(r.activeAtStart.blanket)})`,
);
line(`People with an individual restriction   ${share(r.peopleRestricted)}`);
line(
  `Uses per 1,000 support days             ${num(r.uses.rate?.value ?? null, 2)}  (${n(r.uses.count)} uses; 95% CI ${num(r.uses.rate?.lower ?? null, 2)}–${num(r.uses.rate?.upper ?? null, 2)})`,
);
line(
  `Change against the quarter before       rate ratio ${num(r.reduction.ratio, 2)} (95% CI ${num(r.reduction.lower, 2)}–${num(r.reduction.upper, 2)}, ${formatPValue(r.reduction.pValue)})`,
);
for (const [group, label] of [
  ['linked', 'Linked to an enablement outcome'],
  ['unlinked', 'Not linked to one'],
] as const) {
  const e = r.enablement[group];
  line(
    `${label.padEnd(40)}${n(e.restrictions)} in place, ${share(e.reducedOrStopped)} reduced or stopped; uses per day in place ×${num(e.reduction.ratio, 2)} on the quarter before`,
  );
}
line(`Restrictions failing a legal check      ${share(r.withErrors)}`);
for (const f of r.flagged.slice(0, 4)) {
  line(`  ${f.restrictionId} (${f.scope}, ${f.subjectId}): ${f.codes.join(', ')}`);
}

heading('Health (the quarter)');
line(`Unplanned hospital admissions           ${rate(o.unplannedAdmissions)}`);

const c = o.communityParticipation;
const months = `${formatLongDate(report.trendWindow.from)} to 30 September 2026`;
heading(`Over the ${c.monthly.length} months charted (${months})`);
line(`Community activities per person a month ${ratio(c.perPersonPerMonth)}`);
line(
  `  trend ${num(c.trend.slope.slope, 3)} a month (Theil–Sen); Mann–Kendall ${formatPValue(c.trend.test.pValue)}`,
);
for (const [name, chart] of [
  ['Incidents per 1,000 person-days', o.incidentTrend.chart],
  ['Unplanned admissions per 1,000 person-days', o.admissionTrend.chart],
  ['Community activities per person', c.chart],
] as const) {
  const signals = chart.points.filter((p) => p.variation !== 'common_cause').length;
  const floored = chart.periods.some((p) => p.atBound.lower) ? ' (lower limit held at 0)' : '';
  line(
    `${name} (XmR): mean ${num(chart.mean, 2)}, limits ${num(chart.lowerProcessLimit, 2)}–${num(chart.upperProcessLimit, 2)}${floored}; latest month ${chart.variation ?? '—'}; ${signals} of ${chart.n} months show special cause`,
  );
}

heading('Reviews overdue on 30 September 2026');
const overdue = o.reviewTimeliness.overdueAtEnd;
line(`People with an overdue review           ${share(overdue.people)}`);
line(
  `  first ${n(overdue.byReason.first_review)}, scheduled ${n(overdue.byReason.scheduled)}, asked for by a trigger rule ${n(overdue.byReason.rule)}; median ${num(overdue.daysOverdue.median, 0)} days overdue`,
);
for (const d of overdue.mostOverdue.slice(0, 5)) {
  line(
    `  ${d.personId} (${d.groups['service'] ?? '—'}): ${d.reason}${d.ruleId === null ? '' : ` "${d.ruleId}"`}, due ${formatLongDate(d.dueOn)}, ${n(d.daysOverdue)} days overdue`,
  );
}

/** Incidents and person-days in the quarter, from the monthly figures. */
const incidentsInQuarter = (g: GovernanceFigures) => {
  const inQuarter = g.incidentTrend.monthly.filter(
    (x) => x.month >= '2026-07' && x.month < '2026-10',
  );
  return {
    numerator: inQuarter.reduce((s, x) => s + x.count, 0),
    denominator: inQuarter.reduce((s, x) => s + x.personDays, 0),
  };
};
const groups = Object.entries(report.groups);
const units = (
  pick: (g: GovernanceFigures) => { numerator: number; denominator: number },
): FunnelUnit[] => groups.map(([id, g]) => ({ id, ...pick(g) }));
heading('Comparing services (funnel plots, exact 95% and 99.8% limits)');
for (const [label, plot, show] of [
  [
    'Scheduled reviews on time',
    funnelPlot(
      units((g) => g.reviewTimeliness.proportion),
      { kind: 'proportion', improvement: 'increase' },
    ),
    pct,
  ],
  [
    'Goals achieved',
    funnelPlot(
      units((g) => g.goalAchievement.proportion),
      { kind: 'proportion', improvement: 'increase' },
    ),
    pct,
  ],
  [
    'Incidents per 1,000 person-days',
    funnelPlot(units(incidentsInQuarter), { kind: 'rate', per: 1000, improvement: 'decrease' }),
    (v: number | null) => num(v, 2),
  ],
] as const) {
  const outside = plot.outliers.map(
    (u) =>
      `${u.label} ${show(u.value)} (${u.outside?.side} of the ${u.outside?.beyond === 0.998 ? '99.8' : '95'}% limit: ${u.variation})`,
  );
  line(
    `${label.padEnd(32)}provider ${show(plot.target)}; ${outside.length === 0 ? 'every service inside the 95% limits' : `outside: ${outside.join('; ')}`}`,
  );
}

heading('By service (alphabetical, not a ranking)');
line(
  `${'service'.padEnd(16)}${'people'.padStart(7)}${'goal'.padStart(7)}${'reviews'.padStart(9)}${'actions'.padStart(9)}${'restricted'.padStart(12)}`,
);
for (const [service, g] of groups) {
  line(
    `${service.padEnd(16)}${n(g.unplannedAdmissions.people).padStart(7)}${pct(g.goalAchievement.proportion.value).padStart(7)}${pct(g.reviewTimeliness.proportion.value).padStart(9)}${pct(g.actionCompletion.proportion.value).padStart(9)}${pct(g.restrictions.peopleRestricted.value).padStart(12)}`,
  );
}
line();
line('Small numbers: compare services on the funnel plots, which allow for their sizes.');

const folder = resolve(args.out);
mkdirSync(folder, { recursive: true });
const page = join(folder, 'governance-report.html');
writeFileSync(
  page,
  governanceReportHtml(report, {
    title: `Quarterly governance report: July to September 2026 (synthetic, ${profile} profile)`,
  }),
);
line(`The report as a web page (prints on A4): ${page}`);
