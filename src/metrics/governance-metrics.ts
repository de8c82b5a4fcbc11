import * as z from 'zod';
import { GoldenThreadError } from '../core/index.js';
import {
  describeValue,
  plusMonths,
  requireIterable,
  requireOptions,
  requireWholeNumber,
  unexpected,
} from '../core/internal/index.js';
import type { AnsweredBy, ReviewSchedule, ReviewTriggerRule } from '../reviews/index.js';
import {
  type Accumulator,
  combineAccumulators,
  groupedBy,
  type ResultsOf,
  type StatesOf,
} from './accumulator.js';
import {
  type ActionCompletion,
  type ActionCompletionState,
  actionCompletionMetric,
} from './action-completion.js';
// Issue #18 items 5–6: you said, we did; evidence coverage; change impact.
import { type ChangeImpact, type ChangeImpactState, changeImpactMetric } from './change-impact.js';
import {
  type CommunityParticipation,
  type CommunityParticipationState,
  communityParticipationMetric,
} from './community-participation.js';
import {
  firstSeen,
  type GovernanceNotice,
  groupKeyNotices,
  initSeen,
  mergeSeen,
  repeatNotices,
  type SeenIds,
  seenIdsSchema,
} from './duplicates.js';
import {
  type EventRate,
  type EventRateState,
  eventRateMetric,
  unplannedAdmissionsMetric,
} from './event-rate.js';
import {
  type EvidenceCoverage,
  type EvidenceCoverageState,
  evidenceCoverageMetric,
} from './evidence-coverage.js';
import {
  type GoalAchievement,
  type GoalAchievementState,
  goalAchievementMetric,
} from './goal-achievement.js';
import { MAX_SERIES_MONTHS } from './limits.js';
import {
  type OutcomesNotImproved,
  type OutcomesNotImprovedState,
  outcomesNotImprovedMetric,
} from './outcomes-not-improved.js';
import { type RatingTrends, type RatingTrendsState, ratingTrendsMetric } from './rating-trends.js';
import type { ProviderRecord } from './records.js';
import {
  type RestrictionMetric,
  type RestrictionMetricState,
  restrictionMetric,
} from './restriction-metrics.js';
import {
  type ReviewQualityMetric,
  type ReviewQualityState,
  reviewQualityMetric,
} from './review-quality.js';
import {
  type ReviewTimeliness,
  type ReviewTimelinessState,
  reviewTimelinessMetric,
} from './review-timeliness.js';
import { uncheckedFinish, uncheckedMerge, withStateSchema } from './state.js';
import { countSchema, type StateSchema } from './state-schemas.js';
import {
  type WellbeingAreas,
  type WellbeingAreasState,
  wellbeingAreasMetric,
} from './wellbeing-areas.js';
import { type MetricsWindow, requireWindow } from './window.js';
import {
  type WorkAndLearning,
  type WorkAndLearningState,
  workAndLearningMetric,
} from './work-and-learning.js';
import {
  type YouSaidWeDidMetric,
  type YouSaidWeDidState,
  youSaidWeDidMetric,
} from './you-said-we-did.js';

/**
 * Options for {@link governanceMetrics}.
 *
 * @example
 * ```ts
 * const options: GovernanceMetricsOptions = { window: { from: '2026-07-01', to: '2026-10-01' }, groupBy: 'team' };
 * ```
 * @category Governance metrics
 */
export interface GovernanceMetricsOptions {
  /** The reporting window, such as a quarter. */
  readonly window: MetricsWindow;
  /**
   * How many months of monthly figures to chart, ending with the window. Default 24: enough
   * points (at least 15) for a control chart's limits to mean something. At most 1,200. A
   * trend window that would start before 0001-01-01 starts on that day.
   */
  readonly trendMonths?: number;
  /** The key of the records' `groups` to break the figures down by. Default `'service'`. */
  readonly groupBy?: string;
  /** The review schedule. Default {@link DEFAULT_REVIEW_SCHEDULE}. */
  readonly schedule?: ReviewSchedule;
  /** The review trigger rules. Default {@link defaultReviewTriggerRules}. */
  readonly rules?: readonly ReviewTriggerRule[];
  /** Which review answers a trigger (see {@link ReviewsDueOptions}). Default `next_review`. */
  readonly answeredBy?: AnsweredBy;
  /** How many rows the lists (most overdue reviews, flagged restrictions and outcomes) keep. Default 50. */
  readonly limit?: number;
  /** The confidence level of every interval. Default 0.95. */
  readonly confidence?: number;
  /**
   * Whether to compute `evidenceCoverage` ({@link evidenceCoverageMetric}). Default `false`:
   * it derives every person's golden thread, which takes about twice as long as every other
   * figure of the report together (`npm run bench -- governance`). When `false` the report's
   * `evidenceCoverage` is `null`; a nightly job can turn it on, a dashboard refreshed on
   * every page load may not want to.
   */
  readonly evidenceCoverage?: boolean;
  /**
   * What to do with a record whose person id (or setting id) was read before — the same
   * person exported by two systems, or a file loaded twice. `count_once` (the default)
   * counts each id once, from the first record read, and reports the repeats in the
   * report's `notices`; the state then holds every id (see {@link SeenIds} for the memory
   * this takes). `count_all` counts every record and keeps no ids.
   */
  readonly duplicates?: 'count_once' | 'count_all';
}

/**
 * How many records of each type an accumulator read.
 *
 * @example
 * ```ts
 * const counts: RecordCounts = { people: 120, settings: 9 };
 * ```
 * @category Governance metrics
 */
export interface RecordCounts {
  /** Person records. */
  people: number;
  /** Setting records. */
  settings: number;
}

/**
 * Counts the person and setting records read — so a report can say what it was computed
 * from, and a job can check that no partition was lost.
 *
 * @returns An accumulator whose state and result are {@link RecordCounts}.
 * @example
 * ```ts
 * computeMetrics(records, { records: recordCountMetric() }).records; // => { people: 120, settings: 9 }
 * ```
 * @category Governance metrics
 */
export function recordCountMetric(): Accumulator<RecordCounts, RecordCounts> {
  return withStateSchema(
    {
      name: 'records',
      init: () => ({ people: 0, settings: 0 }),
      add: (state, record: ProviderRecord) => {
        if (record.type === 'person') state.people += 1;
        else state.settings += 1;
        return state;
      },
      merge: (state, other) => {
        state.people += other.people;
        state.settings += other.settings;
        return state;
      },
      finish: (state) => ({ people: state.people, settings: state.settings }),
    },
    recordCountsSchema,
  );
}

/** A figure the options did not ask for: its state and result are `null`. */
function notComputed(name: string): Accumulator<null, null> {
  return withStateSchema(
    {
      name,
      init: () => null,
      add: (state) => state,
      merge: (state) => state,
      finish: () => null,
    },
    z.null(),
  );
}

const recordCountsSchema: StateSchema<RecordCounts> = z.strictObject({
  people: countSchema,
  settings: countSchema,
});

/** The accumulators of {@link governanceMetrics} (not in the index: tests check each has a state schema). */
export function metricSet(options: GovernanceMetricsOptions): {
  trendWindow: MetricsWindow;
  set: GovernanceSet;
} {
  const fn = 'governanceMetrics';
  const window = requireWindow(fn, requireOptions(fn, options).window);
  const trendMonths = requireWholeNumber(fn, 'trendMonths', options.trendMonths, 24, 1);
  if (trendMonths > MAX_SERIES_MONTHS) {
    throw new GoldenThreadError(
      'limit_exceeded',
      `${fn}: trendMonths is ${trendMonths}; a monthly series holds at most ${MAX_SERIES_MONTHS} months.`,
    );
  }
  // A trend window reaching before 0001-01-01 starts there (a window at the calendar's start).
  const trendWindow: MetricsWindow = { from: plusMonths(window.to, -trendMonths), to: window.to };
  const limit = requireWholeNumber(fn, 'limit', options.limit, 50, 0);
  const confidence = options.confidence === undefined ? {} : { confidence: options.confidence };
  return {
    trendWindow,
    set: {
      records: recordCountMetric(),
      goalAchievement: goalAchievementMetric({ window, ...confidence }),
      reviewTimeliness: reviewTimelinessMetric({
        window,
        ...confidence,
        limit,
        ...(options.schedule === undefined ? {} : { schedule: options.schedule }),
        ...(options.rules === undefined ? {} : { rules: options.rules }),
        ...(options.answeredBy === undefined ? {} : { answeredBy: options.answeredBy }),
      }),
      reviewQuality: reviewQualityMetric({
        window,
        ...confidence,
        ...(options.rules === undefined ? {} : { rules: options.rules }),
      }),
      actionCompletion: actionCompletionMetric({ window, ...confidence }),
      restrictions: restrictionMetric({ window, ...confidence, limit }),
      unplannedAdmissions: unplannedAdmissionsMetric({ window, ...confidence }),
      ratingTrends: ratingTrendsMetric({ window, limit }),
      wellbeingAreas: wellbeingAreasMetric({ window, ...confidence }),
      outcomesNotImproved: outcomesNotImprovedMetric({ window, ...confidence }),
      workAndLearning: workAndLearningMetric({ window, ...confidence }),
      communityParticipation: communityParticipationMetric({ window: trendWindow }),
      incidentTrend: eventRateMetric({ window: trendWindow, kinds: ['incident'], ...confidence }),
      admissionTrend: eventRateMetric({
        window: trendWindow,
        kinds: ['hospital_admission_unplanned'],
        ...confidence,
      }),
      // Issue #18 items 5–6.
      youSaidWeDid: youSaidWeDidMetric({ window, ...confidence }),
      evidenceCoverage:
        options.evidenceCoverage === true
          ? evidenceCoverageMetric({ window, ...confidence })
          : notComputed('evidence coverage'),
      changeImpact: changeImpactMetric({ window, kinds: ['incident'], ...confidence, limit }),
    },
  };
}

/**
 * The named accumulators {@link governanceMetrics} computes for each group: `records`,
 * `goalAchievement`, `reviewTimeliness`, `reviewQuality`, `actionCompletion`, `restrictions`,
 * `unplannedAdmissions`, `ratingTrends`, `wellbeingAreas`, `outcomesNotImproved`,
 * `workAndLearning`, `communityParticipation`, `incidentTrend`, `admissionTrend`,
 * `youSaidWeDid`, `evidenceCoverage` and `changeImpact`.
 *
 * @example
 * ```ts
 * type Names = keyof GovernanceSet; // 'records' | 'goalAchievement' | …
 * ```
 * @category Governance metrics
 */
export type GovernanceSet = {
  /** Person and setting records read. */
  readonly records: Accumulator<RecordCounts, RecordCounts>;
  /** {@link goalAchievementMetric} over the window. */
  readonly goalAchievement: Accumulator<GoalAchievementState, GoalAchievement>;
  /** {@link reviewTimelinessMetric} over the window. */
  readonly reviewTimeliness: Accumulator<ReviewTimelinessState, ReviewTimeliness>;
  /** {@link reviewQualityMetric} over the window. */
  readonly reviewQuality: Accumulator<ReviewQualityState, ReviewQualityMetric>;
  /** {@link actionCompletionMetric} over the window. */
  readonly actionCompletion: Accumulator<ActionCompletionState, ActionCompletion>;
  /** {@link restrictionMetric} over the window. */
  readonly restrictions: Accumulator<RestrictionMetricState, RestrictionMetric>;
  /** {@link unplannedAdmissionsMetric} over the window. */
  readonly unplannedAdmissions: Accumulator<EventRateState, EventRate>;
  /** {@link ratingTrendsMetric} over the window. */
  readonly ratingTrends: Accumulator<RatingTrendsState, RatingTrends>;
  /** {@link wellbeingAreasMetric} over the window. */
  readonly wellbeingAreas: Accumulator<WellbeingAreasState, WellbeingAreas>;
  /** {@link outcomesNotImprovedMetric} over the window. */
  readonly outcomesNotImproved: Accumulator<OutcomesNotImprovedState, OutcomesNotImproved>;
  /** {@link workAndLearningMetric} over the window. */
  readonly workAndLearning: Accumulator<WorkAndLearningState, WorkAndLearning>;
  /** {@link communityParticipationMetric} over the trend window. */
  readonly communityParticipation: Accumulator<CommunityParticipationState, CommunityParticipation>;
  /** Incidents per 1,000 person-days, monthly, over the trend window. */
  readonly incidentTrend: Accumulator<EventRateState, EventRate>;
  /** Unplanned admissions per 1,000 person-days, monthly, over the trend window. */
  readonly admissionTrend: Accumulator<EventRateState, EventRate>;
  /** {@link youSaidWeDidMetric} over the window. */
  readonly youSaidWeDid: Accumulator<YouSaidWeDidState, YouSaidWeDidMetric>;
  /**
   * {@link evidenceCoverageMetric} at the window's end, or `null` unless the options ask for
   * it (`evidenceCoverage: true`).
   */
  readonly evidenceCoverage: Accumulator<EvidenceCoverageState | null, EvidenceCoverage | null>;
  /** {@link changeImpactMetric}: incidents 90 days before and after decisions in the window. */
  readonly changeImpact: Accumulator<ChangeImpactState, ChangeImpact>;
};

/**
 * Every governance metric for one group of records (or for all of them), by name.
 *
 * @example
 * ```ts
 * const figures: GovernanceFigures = report.overall;
 * figures.reviewTimeliness.proportion.value; // => 0.75
 * ```
 * @category Governance metrics
 */
export type GovernanceFigures = ResultsOf<GovernanceSet>;

/**
 * The state of {@link governanceMetrics}: each group's metric states and the ids read,
 * plain JSON.
 *
 * @example
 * ```ts
 * const state: GovernanceState = governanceMetrics({ window }).init();
 * ```
 * @category Governance metrics
 */
export interface GovernanceState {
  /** Each group's metric states, by group. */
  groups: Record<string, StatesOf<GovernanceSet>>;
  /** The ids read, to count each person and setting once; `null` with `duplicates: 'count_all'`. */
  ids: SeenIds | null;
}

/**
 * What {@link governanceMetrics} returns: the figures for all records and for each group.
 *
 * @example
 * ```ts
 * const { overall, groups }: GovernanceReport = computeMetrics(records, { report: governanceMetrics({ window }) }).report;
 * ```
 * @category Governance metrics
 */
export interface GovernanceReport {
  /** The reporting window. */
  readonly window: MetricsWindow;
  /** The window of the monthly figures and charts. */
  readonly trendWindow: MetricsWindow;
  /** The key the groups are by. */
  readonly groupBy: string;
  /** Every metric over all records. */
  readonly overall: GovernanceFigures;
  /** Every metric for each group, in code-point order of the group names. */
  readonly groups: Readonly<Record<string, GovernanceFigures>>;
  /**
   * What the reader of the figures must know about the records: person or setting ids read
   * more than once (`repeated_person_ids`, `repeated_setting_ids`). Empty when there is
   * nothing to say, and always with `duplicates: 'count_all'`.
   */
  readonly notices: readonly GovernanceNotice[];
}

/**
 * The governance metrics a registered manager, a board or a commissioner reads, in one
 * accumulator: for the reporting window, goal achievement, review timeliness and quality,
 * action completion, restrictive practices, unplanned admissions, rating trends, people and
 * outcomes by wellbeing area, outcomes that did not improve, work and learning, "you said,
 * we did" completion, evidence-chain coverage (when asked) and incidents before and after
 * co-produced changes; over
 * the trend window, community participation and monthly incident and admission rates with
 * their control charts — for all records and for each group (service by default).
 *
 * @remarks
 * One pass computes every group; the overall figures are the groups' states merged, so no
 * record is read twice and every list (most overdue reviews, flagged restrictions and
 * outcomes) is the same as if computed over all records at once. The state is plain JSON
 * and merges like any {@link Accumulator}: partition the records by anything (not only by
 * group) and merge. See each metric for its definition: {@link goalAchievementMetric},
 * {@link reviewTimelinessMetric}, {@link reviewQualityMetric}, {@link actionCompletionMetric},
 * {@link restrictionMetric}, {@link unplannedAdmissionsMetric}, {@link ratingTrendsMetric},
 * {@link communityParticipationMetric}, {@link eventRateMetric}, {@link youSaidWeDidMetric},
 * {@link evidenceCoverageMetric}, {@link changeImpactMetric}, {@link wellbeingAreasMetric},
 * {@link outcomesNotImprovedMetric}, {@link workAndLearningMetric}.
 * @param options - The window and the policy.
 * @returns An accumulator whose result is a {@link GovernanceReport}.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * option.
 * @example
 * ```ts
 * const { report } = computeMetrics(records, {
 *   report: governanceMetrics({ window: { from: '2026-07-01', to: '2026-10-01' } }),
 * });
 * report.overall.goalAchievement.proportion.value; // => 0.43
 * report.groups['svc-north']?.restrictions.uses.rate?.value; // => 1.8 per 1,000 support days
 * ```
 * @category Governance metrics
 */
export function governanceMetrics(
  options: GovernanceMetricsOptions,
): Accumulator<GovernanceState, GovernanceReport> {
  const { trendWindow, set } = metricSet(options);
  const window = requireWindow('governanceMetrics', options.window);
  const groupBy = options.groupBy ?? 'service';
  const once = requireDuplicates(options.duplicates);
  const inner = combineAccumulators(set);
  const grouped = groupedBy(groupBy, inner);
  const merge = uncheckedMerge(inner);
  const mergeGroups = uncheckedMerge(grouped);
  const finishInner = uncheckedFinish(inner);
  const finishGroups = uncheckedFinish(grouped);
  const metric: Accumulator<GovernanceState, GovernanceReport> = {
    name: 'governance metrics',
    init: () => ({ groups: grouped.init(), ids: once ? initSeen() : null }),
    add: (state, record) => {
      if (state.ids === null || firstSeen(state.ids, record)) grouped.add(state.groups, record);
      return state;
    },
    merge: (state, other) => {
      state.groups = mergeGroups(state.groups, other.groups);
      if (state.ids !== null && other.ids !== null) state.ids = mergeSeen(state.ids, other.ids);
      return state;
    },
    finish: (state) => {
      let all = inner.init();
      for (const part of Object.values(state.groups)) all = merge(all, part);
      return {
        window,
        trendWindow,
        groupBy,
        overall: finishInner(all),
        groups: finishGroups(state.groups),
        notices: Object.freeze([
          ...repeatNotices(state.ids),
          ...groupKeyNotices(groupBy, recordsIn(state.groups[NOT_RECORDED]), recordsIn(all)),
        ]),
      };
    },
  };
  const schema = z.strictObject({
    groups: grouped.stateSchema as StateSchema<GovernanceState['groups']>,
    ids: once ? seenIdsSchema : z.null(),
  }) as unknown as StateSchema<GovernanceState>;
  return withStateSchema(metric, schema);
}

/** The group of records without the key (`groupedBy`'s default). */
const NOT_RECORDED = '(not recorded)';

/** How many records a group's state counted. */
function recordsIn(part: { readonly records: RecordCounts } | undefined): number {
  return part === undefined ? 0 : part.records.people + part.records.settings;
}

function requireDuplicates(duplicates: GovernanceMetricsOptions['duplicates']): boolean {
  if (duplicates === undefined || duplicates === 'count_once') return true;
  if (duplicates === 'count_all') return false;
  throw new GoldenThreadError(
    'invalid_argument',
    `governanceMetrics: duplicates must be 'count_once' or 'count_all', but it is ${describeValue(duplicates)}.`,
  );
}

/**
 * Computes the governance report over provider records in one pass: a shortcut for
 * `computeMetrics(records, { report: governanceMetrics(options) }).report`.
 *
 * @param records - Parsed provider records (an array or any iterable).
 * @param options - The window and the policy.
 * @returns The report.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * option.
 * @example
 * ```ts
 * const report = governanceReport(records, { window: { from: '2026-07-01', to: '2026-10-01' } });
 * report.overall.actionCompletion.proportion; // => { numerator: 31, denominator: 36, value: 0.86, … }
 * ```
 * @category Governance metrics
 */
export function governanceReport(
  records: Iterable<ProviderRecord>,
  options: GovernanceMetricsOptions,
): GovernanceReport {
  requireIterable('governanceReport', 'records', records);
  const metric = governanceMetrics(options);
  try {
    let state = metric.init();
    for (const record of records) state = metric.add(state, record);
    return metric.finish(state);
  } catch (error) {
    throw unexpected('governanceReport', error);
  }
}
