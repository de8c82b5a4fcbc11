import * as z from 'zod';
import { createParser, IdSchema, IsoDateSchema, isIsoDate, textSchema } from '../../core/index.js';
import { isRecord } from '../../core/internal/index.js';
import {
  AchievementStatusSchema,
  ExpressedBySchema,
  LifecycleStatusSchema,
  PrioritySchema,
} from './codes.js';
import { GasSchema } from './gas.js';
import { IndicatorSchema } from './indicator.js';
import { always, issue, outcomeIssueCatalogue } from './issues.js';
import { AgreementSchema, OwnerSchema } from './parties.js';
import { DEFAULT_RATING_SCALE, RatingScaleSchema, RatingSchema, usableScale } from './rating.js';
import { TimeframeSchema } from './timeframe.js';
import { CancelledReasonSchema, WellbeingAreaSchema } from './wellbeing.js';

const ACHIEVED: ReadonlySet<string> = new Set(['achieved', 'sustaining']);
const ACHIEVEMENT: ReadonlySet<unknown> = new Set(AchievementStatusSchema.options);
const OPEN: ReadonlySet<unknown> = new Set([
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
]);

type Ctx = z.core.$RefinementCtx<unknown>;

/** Each rating's score is on the outcome's scale (when the scale itself is sound). */
function scoresOnScale(outcome: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const given = outcome['ratingScale'];
  const scale = given === undefined ? DEFAULT_RATING_SCALE : usableScale(given);
  if (scale === undefined || !Array.isArray(outcome['ratings'])) return;
  for (const [index, rating] of outcome['ratings'].entries()) {
    const score = isRecord(rating) ? rating['score'] : undefined;
    if (
      typeof score === 'number' &&
      Number.isInteger(score) &&
      (score < scale.min || score > scale.max)
    ) {
      issue(ctx, 'score_outside_scale', ['ratings', index, 'score'], {
        minimum: scale.min,
        maximum: scale.max,
      });
    }
  }
}

/** An achieved date needs an achieved status, and cannot be before the start. */
function achievedDate(outcome: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const achievedOn = outcome['achievedOn'];
  if (!isIsoDate(achievedOn)) return;
  const status = outcome['achievementStatus'];
  // An unrecognised status has its own issue: say nothing about it here.
  if (status === undefined || (ACHIEVEMENT.has(status) && !ACHIEVED.has(status as string))) {
    issue(ctx, 'achieved_on_without_achievement', ['achievedOn']);
  }
  const timeframe = outcome['timeframe'];
  const start = isRecord(timeframe) ? timeframe['start'] : undefined;
  if (isIsoDate(start) && achievedOn < start) {
    issue(ctx, 'achieved_before_start', ['achievedOn'], { start });
  }
}

/** Each wellbeing area once. */
function areasOnce(outcome: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const areas = outcome['wellbeingAreas'];
  if (!Array.isArray(areas)) return;
  const seen = new Set<unknown>();
  for (const [index, area] of areas.entries()) {
    if (typeof area !== 'string') continue;
    if (seen.has(area)) issue(ctx, 'duplicate_wellbeing_area', ['wellbeingAreas', index]);
    seen.add(area);
  }
}

/** A cancellation reason or note needs a cancelled outcome; a closed date a closed one. */
function closure(outcome: Readonly<Record<string, unknown>>, ctx: Ctx): void {
  const status = outcome['lifecycleStatus'];
  // An unrecognised status has its own issue: say nothing about it here.
  const known = LifecycleStatusSchema.safeParse(status).success;
  if (known && status !== 'cancelled') {
    for (const key of ['cancelledReason', 'cancelledNote'] as const) {
      if (outcome[key] !== undefined) issue(ctx, 'cancelled_reason_without_cancellation', [key]);
    }
  }
  const closedOn = outcome['closedOn'];
  if (!isIsoDate(closedOn)) return;
  if (known && OPEN.has(status)) issue(ctx, 'closed_on_while_open', ['closedOn']);
  const timeframe = outcome['timeframe'];
  const start = isRecord(timeframe) ? timeframe['start'] : undefined;
  if (isIsoDate(start) && closedOn < start) {
    issue(ctx, 'closed_before_start', ['closedOn'], { start });
  }
}

/**
 * One person-led outcome as a host stores it: the person's own words, a practical
 * indicator, a timeframe, owners, status, agreements, progress ratings and optional GAS
 * levels.
 *
 * @remarks The schema checks structure and cross-field consistency; whether an outcome is a
 * *good* one (specific, owned, agreed, current) is for {@link checkOutcome}. Drafts are
 * accepted: indicator, timeframe, owners and ratings may be missing while a plan is written.
 * @example
 * ```ts
 * const result = OutcomeSchema.safeParse(row);
 * ```
 * @category Outcomes
 */
export const OutcomeSchema = z
  .strictObject({
    /** The host's id for the outcome. */
    id: IdSchema,
    /** The host's id for the person it belongs to. */
    personId: IdSchema,
    /** What the person said, word for word. */
    words: textSchema({ max: 2000 }),
    /** Who said the words. */
    expressedBy: ExpressedBySchema,
    /** The person's own name for the area of life (`Getting out`, `Music`), if any. */
    domain: textSchema({ max: 100 }).optional(),
    /**
     * The Care Act 2014 wellbeing areas the outcome serves (see `WELLBEING_AREAS`), each
     * at most once.
     */
    wellbeingAreas: z.array(WellbeingAreaSchema).max(9).optional(),
    /** How much it matters now. */
    priority: PrioritySchema.optional(),
    /** Where the outcome is in its life (FHIR Goal lifecycle codes). */
    lifecycleStatus: LifecycleStatusSchema,
    /** How far it has been reached (FHIR Goal achievement codes). */
    achievementStatus: AchievementStatusSchema.optional(),
    /** The day it was achieved, when `achievementStatus` is `achieved` or `sustaining`. */
    achievedOn: IsoDateSchema.optional(),
    /**
     * The day the outcome was completed, cancelled or rejected, when it has been; lets a report
     * place it in a window.
     */
    closedOn: IsoDateSchema.optional(),
    /** Why it was cancelled, when `lifecycleStatus` is `cancelled`. */
    cancelledReason: CancelledReasonSchema.optional(),
    /** More about why it was cancelled, in words, when `lifecycleStatus` is `cancelled`. */
    cancelledNote: textSchema({ max: 1000 }).optional(),
    /** What will be seen, heard or counted. */
    indicator: IndicatorSchema.optional(),
    /** Start and review-by dates. */
    timeframe: TimeframeSchema.optional(),
    /** Who does what. */
    owners: z.array(OwnerSchema).max(20).optional(),
    /** Who agreed it, and when. */
    agreements: z.array(AgreementSchema).max(200).optional(),
    /** The scale progress is rated on; 1–5 when absent. */
    ratingScale: RatingScaleSchema.optional(),
    /** Progress ratings, in any order. */
    ratings: z.array(RatingSchema).max(1000).optional(),
    /** Goal Attainment Scaling levels, if used. */
    gas: GasSchema.optional(),
  })
  .superRefine((outcome: unknown, ctx) => {
    if (!isRecord(outcome)) return;
    scoresOnScale(outcome, ctx);
    achievedDate(outcome, ctx);
    areasOnce(outcome, ctx);
    closure(outcome, ctx);
  }, always);

/**
 * A parsed person-led outcome. Derived from {@link OutcomeSchema}.
 *
 * @example
 * ```ts
 * const outcome: Outcome = parsed.data;
 * outcome.words; // 'I want to go to the art group on my own'
 * ```
 * @category Outcomes
 */
export type Outcome = z.output<typeof OutcomeSchema>;

/**
 * An outcome as a host may send it (before parsing). Derived from {@link OutcomeSchema}.
 *
 * @example
 * ```ts
 * const draft: OutcomeInput = { id: 'o-1', personId: 'p-1', words: '…', expressedBy: 'person', lifecycleStatus: 'proposed' };
 * ```
 * @category Outcomes
 */
export type OutcomeInput = z.input<typeof OutcomeSchema>;

/**
 * Reads an untrusted outcome record.
 *
 * @param input - Anything: a form post, a database row, a message.
 * @returns The typed outcome, or every issue found: core codes (`required`, `invalid_date`,
 * `invalid_value`, `unrecognized_keys`, …) and the outcome codes in
 * {@link outcomeIssueCatalogue}. Never throws.
 * @example
 * ```ts
 * const result = parseOutcome(JSON.parse(body));
 * if (result.success) save(result.data);
 * else showIssues(result.issues);
 * ```
 * @category Outcomes
 */
export const parseOutcome = createParser(OutcomeSchema, { issues: outcomeIssueCatalogue });
