import { formatLongDate, type IsoDate } from '../core/index.js';
import {
  asSentence,
  requireCalendarDate,
  requireRecord,
  unexpected,
  youSaidLine,
} from '../core/internal/index.js';
import { isAchieved, isOpen, type Outcome } from '../outcomes/index.js';
import { formatNumber } from './numbers.js';
import {
  type DrawnScale,
  ratingsInDateOrder,
  type ScaleLabel,
  scaleOf,
  scoreWithLabel,
} from './ratings.js';

/**
 * Options for {@link easyReadProgress}.
 *
 * @example
 * ```ts
 * const options: EasyReadProgressOptions = { asOf: '2026-11-23' };
 * ```
 * @category Easy read
 */
export interface EasyReadProgressOptions {
  /** The day the summary is written for: later ratings are left out, and a review date before it is called late. Default: use every rating and say nothing about lateness. */
  readonly asOf?: IsoDate;
  /** What each score means; default the labels of the outcome's rating scale. */
  readonly scaleLabels?: readonly ScaleLabel[];
}

/**
 * Writes how a person is getting on with one outcome as short easy-read sentences, one idea
 * per line, to print beside a rating timeline.
 *
 * @remarks The lines say, in order: the person's goal in their words (`You said: “…”`, or
 * who said it for them); where the ratings started and where they are now, with dates and
 * the host's scale labels ("On 9 November 2026 it was 4 out of 5 (On my own with a friend).");
 * whether that is up, down or the same; the latest example of what happened; whether the goal
 * was reached; and when it will be looked at again. A score is written "out of" the top of
 * the scale when the scale starts at 0 or 1, otherwise with the scale's range. Dates are
 * written in full without `Intl`, so the text is the same on every machine.
 * @param outcome - A parsed outcome.
 * @param options - `asOf` and `scaleLabels`.
 * @returns The lines, in reading order.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_date` when `asOf` or a rating's day is not a
 * calendar date; `invalid_argument` when a scale label is for a score not on the scale or a
 * score is not a finite number.
 * @example
 * ```ts
 * easyReadProgress(outcome, { asOf: '2026-11-23' });
 * // => ['You said: “I want to go to the art group on my own”',
 * //     'On 14 September 2026 it was 2 out of 5 (With staff).',
 * //     'On 9 November 2026 it was 4 out of 5 (With a friend).',
 * //     'It has gone up.',
 * //     'What happened: Went on the bus with Jo.',
 * //     'We will look at this again by 7 December 2026.']
 * ```
 * @category Easy read
 */
export function easyReadProgress(
  outcome: Outcome,
  options: EasyReadProgressOptions = {},
): string[] {
  try {
    requireRecord('easyReadProgress', 'outcome', outcome);
    requireRecord('easyReadProgress', 'options', options);
    const fn = 'easyReadProgress';
    const asOf =
      options.asOf === undefined ? undefined : requireCalendarDate(fn, 'asOf', options.asOf);
    const scale = scaleOf(fn, outcome, options.scaleLabels);
    const ratings = ratingsInDateOrder(fn, outcome, asOf);
    const lines = [youSaidLine(outcome.expressedBy, outcome.words)];
    const say = (score: number) => scoreWithLabel(score, scale, (n) => outOf(n, scale));

    const first = ratings[0];
    const last = ratings.at(-1);
    if (first === undefined || last === undefined) {
      lines.push('We have not rated how it is going yet.');
    } else if (ratings.length === 1) {
      lines.push(`On ${formatLongDate(first.on)} it was ${say(first.score)}.`);
    } else {
      lines.push(
        `On ${formatLongDate(first.on)} it was ${say(first.score)}.`,
        `On ${formatLongDate(last.on)} it was ${say(last.score)}.`,
        last.score > first.score
          ? 'It has gone up.'
          : last.score < first.score
            ? 'It has gone down.'
            : 'It is the same as at the start.',
      );
    }
    const example = last?.example?.trim();
    if (example !== undefined && example !== '')
      lines.push(`What happened: ${asSentence(example)}`);

    if (isAchieved(outcome)) {
      lines.push(
        outcome.achievedOn === undefined
          ? 'You reached this goal.'
          : `You reached this goal on ${formatLongDate(outcome.achievedOn)}.`,
      );
    } else if (isOpen(outcome) && outcome.timeframe !== undefined) {
      const by = outcome.timeframe.reviewBy;
      if (asOf !== undefined && by < asOf) {
        lines.push(
          `We said we would look at this again by ${formatLongDate(by)}.`,
          'That day has passed.',
        );
      } else {
        lines.push(`We will look at this again by ${formatLongDate(by)}.`);
      }
    }
    return lines;
  } catch (error) {
    throw unexpected('easyReadProgress', error);
  }
}

function outOf(score: number, scale: DrawnScale): string {
  return scale.min === 0 || scale.min === 1
    ? `${formatNumber(score)} out of ${formatNumber(scale.max)}`
    : `${formatNumber(score)} on a scale from ${formatNumber(scale.min)} to ${formatNumber(scale.max)}`;
}
