import { addDays, formatLongDate, type IsoDate } from '../core/index.js';
import {
  asSentence,
  compareText,
  requireCalendarDate,
  requireOptions,
  unexpected,
  youSaidLine,
} from '../core/internal/index.js';
import { type ChainView, isDone, viewChain } from './analysis.js';
import type { ActionLink, InputLink } from './links.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Options for {@link serviceYouSaidWeDid}: the service and the period `[from, to)`.
 *
 * @example
 * ```ts
 * serviceYouSaidWeDid(chains, { serviceId: 'elm-house', from: '2026-04-01', to: '2026-10-01' });
 * ```
 * @category Evidence
 */
export interface ServiceYouSaidWeDidOptions {
  /** The service whose service-level chains are summarised. */
  readonly serviceId: string;
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The day after the period: inputs on or after it are left out, and the rest is told as it stood before it. */
  readonly to: IsoDate;
}

/**
 * What came of one input, at the end of the period.
 *
 * @example
 * ```ts
 * const open = summary.entries.filter((e: ServiceYouSaidWeDidEntry) => e.status !== 'checked');
 * ```
 * @category Evidence
 */
export interface ServiceYouSaidWeDidEntry {
  /** The chain. */
  readonly chainId: string;
  /** The input. */
  readonly inputId: string;
  /** The day it was said. */
  readonly on: IsoDate;
  /** Who said it. */
  readonly from: InputLink['from'];
  /** Their words. */
  readonly words: string;
  /**
   * `no_decision`, `decided` (no action yet), `in_progress` (an action still open), `done`
   * (every action done or dropped, not yet checked) or `checked` (a check of a done action).
   */
  readonly status: 'no_decision' | 'decided' | 'in_progress' | 'done' | 'checked';
  /** Short plain-language sentences, one idea per line, for a noticeboard or newsletter. */
  readonly lines: readonly string[];
}

/**
 * What {@link serviceYouSaidWeDid} returns.
 *
 * @example
 * ```ts
 * const { entries, counts }: ServiceYouSaidWeDid = serviceYouSaidWeDid(chains, options);
 * ```
 * @category Evidence
 */
export interface ServiceYouSaidWeDid {
  /** One entry per input in the period, by date, then chain and input id. */
  readonly entries: readonly ServiceYouSaidWeDidEntry[];
  /** How many entries have each status, and in all. */
  readonly counts: Readonly<Record<ServiceYouSaidWeDidEntry['status'] | 'total', number>>;
}

const CHECKED: Readonly<Record<'worked' | 'partly' | 'did_not_work', string>> = {
  worked: 'it worked',
  partly: 'it partly worked',
  did_not_work: 'it did not work, so we are looking at it again',
};

/**
 * Builds a service's "you said, we did" from its evidence chains: for each thing people said
 * in a period, what was decided, what was done (with dates) and how it was checked — in
 * short sentences for a noticeboard, a newsletter or a residents' meeting.
 *
 * @remarks Only chains at service level for `serviceId` are read. Everything is told as it
 * stood at the end of the period: links dated on or after `to` are left out and an action
 * done later is still being worked on. Dates are written in full ("3 October 2026").
 * @param chains - Parsed chains (of any service; others are ignored).
 * @param options - `serviceId`, and the period `[from, to)`.
 * @returns An entry per input, and the counts by status.
 * @throws {@link GoldenThreadError} `invalid_date` when `from` or `to` is not a calendar date.
 * @example
 * ```ts
 * serviceYouSaidWeDid(chains, { serviceId: 'elm-house', from: '2026-06-01', to: '2026-09-01' }).entries[0]?.lines;
 * // => ['You said: “I want a drink from the kitchen at night”',
 * //     'We decided: Unlock the kitchen at night.', 'We did this: Take the lock off the kitchen door.',
 * //     'Done on 28 June 2026.', 'We checked on 10 August 2026: it worked.']
 * ```
 * @category Evidence
 */
export function serviceYouSaidWeDid(
  chains: readonly EvidenceChain[],
  options: ServiceYouSaidWeDidOptions,
): ServiceYouSaidWeDid {
  try {
    requireOptions('serviceYouSaidWeDid', options);
    const from = requireCalendarDate('serviceYouSaidWeDid', 'from', options.from);
    const to = requireCalendarDate('serviceYouSaidWeDid', 'to', options.to);
    const before = addDays(to, -1);
    const entries: (ServiceYouSaidWeDidEntry & { readonly sort: string })[] = [];
    for (const chain of chains) {
      if (chain.level.kind !== 'service' || chain.level.serviceId !== options.serviceId) continue;
      const view = viewChain(chain, before);
      for (const { link: input } of view.inputs) {
        if (input.on < from) continue;
        const { lines, status } = storyOf(view, input, before, to);
        entries.push({
          chainId: chain.id,
          inputId: input.id,
          on: input.on,
          from: input.from,
          words: input.words,
          status,
          lines,
          sort: `${input.on}\u0000${chain.id}\u0000${input.id}`,
        });
      }
    }
    entries.sort((a, b) => compareText(a.sort, b.sort));
    return {
      entries: entries.map(({ sort: _sort, ...entry }) => entry),
      counts: countsOf(entries),
    };
  } catch (error) {
    throw unexpected('serviceYouSaidWeDid', error);
  }
}

type Status = ServiceYouSaidWeDidEntry['status'];

/** What came of one input as the chain stood on `before` (the last day of the period). */
function storyOf(
  view: ChainView,
  input: InputLink,
  before: IsoDate,
  to: IsoDate,
): { readonly lines: string[]; readonly status: Status } {
  const lines = [youSaidLine(input.from, input.words)];
  const decisions = view.decisionsOf.get(input.id) ?? [];
  if (decisions.length === 0) {
    lines.push(`You told us on ${formatLongDate(input.on)}.`);
    lines.push('We have not decided anything about this yet.');
    return { lines, status: 'no_decision' };
  }
  const tally = { actions: 0, open: 0, checked: 0 };
  for (const { link: decision } of decisions) {
    lines.push(`We decided: ${asSentence(decision.text)}`);
    for (const { link: action } of view.actionsOf.get(decision.id) ?? []) {
      tally.actions += 1;
      lines.push(...actionLines(view, action, before, to, tally));
    }
  }
  const status: Status =
    tally.actions === 0
      ? 'decided'
      : tally.open > 0
        ? 'in_progress'
        : tally.checked > 0
          ? 'checked'
          : 'done';
  return { lines, status };
}

/** The lines about one action and its checks; counts open actions and checks in `tally`. */
function actionLines(
  view: ChainView,
  action: ActionLink,
  before: IsoDate,
  to: IsoDate,
  tally: { open: number; checked: number },
): string[] {
  if (action.status === 'dropped') {
    return [`We decided not to do this: ${asSentence(action.description)}`];
  }
  if (!isDone(action, before)) {
    tally.open += 1;
    return [
      `We are working on this: ${asSentence(action.description)}`,
      action.dueOn < to
        ? `It was due on ${formatLongDate(action.dueOn)}. It is late.`
        : `We will do it by ${formatLongDate(action.dueOn)}.`,
    ];
  }
  const lines = [
    `We did this: ${asSentence(action.description)}`,
    `Done on ${formatLongDate(action.completedOn ?? action.dueOn)}.`,
  ];
  for (const { link: check } of view.checksOf.get(action.id) ?? []) {
    tally.checked += 1;
    lines.push(`We checked on ${formatLongDate(check.on)}: ${CHECKED[check.result]}.`);
  }
  return lines;
}

function countsOf(entries: readonly { readonly status: Status }[]): ServiceYouSaidWeDid['counts'] {
  const counts = {
    total: entries.length,
    no_decision: 0,
    decided: 0,
    in_progress: 0,
    done: 0,
    checked: 0,
  };
  for (const e of entries) counts[e.status] += 1;
  return counts;
}
