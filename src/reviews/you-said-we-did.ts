import { formatLongDate, type IsoDate } from '../core/index.js';
import {
  asSentence,
  requireCalendarDate,
  requireList,
  requireOptions,
  unexpected,
  youSaidLine,
} from '../core/internal/index.js';
import { firstById } from './order.js';
import type { Action, Feedback } from './schemas/index.js';

/**
 * Options for {@link youSaidWeDid}: the period `[from, to)`.
 *
 * @example
 * ```ts
 * youSaidWeDid(feedback, actions, { from: '2026-08-01', to: '2026-11-01' });
 * ```
 * @category Reviews
 */
export interface YouSaidWeDidOptions {
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The day after the period: feedback on or after it is left out, and actions are judged as they stood before it. */
  readonly to: IsoDate;
}

/**
 * One action answering a piece of feedback, as it stood at the end of the period.
 *
 * @example
 * ```ts
 * const done = entry.actions.filter((a: YouSaidWeDidAction) => a.state === 'done');
 * ```
 * @category Reviews
 */
export interface YouSaidWeDidAction {
  /** The action. */
  readonly actionId: string;
  /** What is being done. */
  readonly description: string;
  /** The day it is due by. */
  readonly dueOn: IsoDate;
  /** `done` (before the end of the period), `open`, or `dropped`. */
  readonly state: 'done' | 'open' | 'dropped';
  /** The day it was done; `null` unless `state` is `done`. */
  readonly completedOn: IsoDate | null;
  /** An open action whose due date is before the end of the period. */
  readonly late: boolean;
}

/**
 * What happened about one piece of feedback.
 *
 * @example
 * ```ts
 * for (const entry of youSaidWeDid(feedback, actions, period).entries) print(entry.lines);
 * ```
 * @category Reviews
 */
export interface YouSaidWeDidEntry {
  /** The feedback. */
  readonly feedbackId: string;
  /** The day it was given. */
  readonly on: IsoDate;
  /** Who gave it. */
  readonly from: Feedback['from'];
  /** What they said. */
  readonly words: string;
  /**
   * `done` (every action that was not dropped is done), `in_progress` (an action is still
   * open), `dropped` (every action was dropped), or `no_action` (nothing assigned yet).
   */
  readonly status: 'done' | 'in_progress' | 'dropped' | 'no_action';
  /** The actions answering it, by due date. */
  readonly actions: YouSaidWeDidAction[];
  /** For `in_progress` and `no_action`: the day the feedback has been open since; otherwise `null`. */
  readonly openSince: IsoDate | null;
  /** Short plain-language sentences, one idea per line, for an easy-read review pack. */
  readonly lines: string[];
}

/**
 * What {@link youSaidWeDid} returns: an entry per piece of feedback and the counts.
 *
 * @example
 * ```ts
 * const { entries, counts }: YouSaidWeDid = youSaidWeDid(feedback, actions, period);
 * ```
 * @category Reviews
 */
export interface YouSaidWeDid {
  /** One entry per piece of feedback in the period, oldest first. */
  readonly entries: YouSaidWeDidEntry[];
  /** How many entries have each status, and in all. */
  readonly counts: Readonly<Record<YouSaidWeDidEntry['status'] | 'total', number>>;
}

/**
 * Builds "you said, we did": for each piece of feedback given in a period, what was done
 * about it (with dates) or that it is still open and since when — plus short sentences a
 * host can print in an easy-read review pack.
 *
 * @remarks Actions answer feedback through their `feedbackIds`. An action counts as done
 * when its status is `done` and it was completed before `to`; an action done later was still
 * open at the end of the period. Feedback or actions repeated with the same id are counted
 * once (the first by date). The sentences address the person ("You said…", "Your family
 * said…"), quote the words as given, and write dates in full ("3 October 2026").
 * @param feedback - Feedback records (any period; only `[from, to)` is used).
 * @param actions - Actions, from reviews or elsewhere.
 * @param options - The period: `from` and `to`.
 * @returns The entries, oldest first, and the counts by status.
 * @throws {@link GoldenThreadError} `invalid_date` when `from` or `to` is not a calendar
 * date.
 * @example
 * ```ts
 * const { entries } = youSaidWeDid(feedback, actions, { from: '2026-08-01', to: '2026-11-01' });
 * entries[0]?.lines;
 * // => ['You said: “I want to choose when I go to bed.”',
 * //     'We did this: Move the evening rota so you can choose your bedtime.',
 * //     'Done on 3 October 2026.']
 * ```
 * @category Reviews
 */
export function youSaidWeDid(
  feedback: readonly Feedback[],
  actions: readonly Action[],
  options: YouSaidWeDidOptions,
): YouSaidWeDid {
  requireList('youSaidWeDid', 'feedback', feedback);
  requireList('youSaidWeDid', 'actions', actions);
  requireOptions('youSaidWeDid', options);
  try {
    const from = requireCalendarDate('youSaidWeDid', 'from', options.from);
    const to = requireCalendarDate('youSaidWeDid', 'to', options.to);
    const byFeedback = new Map<string, Action[]>();
    for (const action of firstById(actions, (a) => a.dueOn)) {
      for (const id of new Set(action.feedbackIds ?? [])) {
        const list = byFeedback.get(id);
        if (list === undefined) byFeedback.set(id, [action]);
        else list.push(action);
      }
    }
    const inPeriod = firstById(
      feedback.filter((f) => f.on >= from && f.on < to),
      (f) => f.on,
    );
    const entries = inPeriod.map((item) => entry(item, byFeedback.get(item.id) ?? [], to));
    const counts = { total: entries.length, done: 0, in_progress: 0, dropped: 0, no_action: 0 };
    for (const e of entries) counts[e.status] += 1;
    return { entries, counts };
  } catch (error) {
    throw unexpected('youSaidWeDid', error);
  }
}

function entry(item: Feedback, answering: readonly Action[], to: IsoDate): YouSaidWeDidEntry {
  const actions = answering.map((a): YouSaidWeDidAction => {
    const done = a.status === 'done' && a.completedOn !== undefined && a.completedOn < to;
    const state = done ? 'done' : a.status === 'dropped' ? 'dropped' : 'open';
    return {
      actionId: a.id,
      description: a.description,
      dueOn: a.dueOn,
      state,
      completedOn: done ? (a.completedOn ?? null) : null,
      late: state === 'open' && a.dueOn < to,
    };
  });
  const live = actions.filter((a) => a.state !== 'dropped');
  const status =
    actions.length === 0
      ? 'no_action'
      : live.length === 0
        ? 'dropped'
        : live.every((a) => a.state === 'done')
          ? 'done'
          : 'in_progress';
  const lines = [youSaidLine(item.from, item.words)];
  if (status === 'no_action') {
    lines.push(
      `You told us on ${formatLongDate(item.on)}.`,
      'We have not done anything about this yet.',
    );
  }
  for (const a of actions) {
    if (a.state === 'done') {
      lines.push(
        `We did this: ${asSentence(a.description)}`,
        `Done on ${formatLongDate(a.completedOn ?? a.dueOn)}.`,
      );
    } else if (a.state === 'open') {
      lines.push(`We are working on this: ${asSentence(a.description)}`);
      lines.push(
        a.late
          ? `It was due on ${formatLongDate(a.dueOn)}. It is late.`
          : `We will do it by ${formatLongDate(a.dueOn)}.`,
      );
    } else {
      lines.push(`We decided not to do this: ${asSentence(a.description)}`);
    }
  }
  return {
    feedbackId: item.id,
    on: item.on,
    from: item.from,
    words: item.words,
    status,
    actions,
    openSince: status === 'in_progress' || status === 'no_action' ? item.on : null,
    lines,
  };
}
