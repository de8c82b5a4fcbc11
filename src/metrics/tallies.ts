// Mergeable, plain-JSON building blocks for accumulator states.
import { compareText } from '../core/internal/index.js';

/**
 * A count of whole-number values, kept in accumulator states so that medians stay exact:
 * `{ "12": 3 }` means the value 12 was seen 3 times.
 *
 * @example
 * ```ts
 * const daysLate: Histogram = { '3': 2, '10': 1 };
 * ```
 * @category Governance metrics
 */
export type Histogram = Record<string, number>;

/**
 * Sets `map[key]` as an own property, whatever the key: on an ordinary object (a state
 * revived with `JSON.parse`) assigning `__proto__` would set its prototype instead.
 */
export function setKey<T>(map: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(map, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else map[key] = value;
}

/** Adds `n` to the count under `key` (own keys only: never `Object.prototype`'s). */
export function bump(counts: Record<string, number>, key: string, n: number): void {
  setKey(counts, key, (Object.hasOwn(counts, key) ? (counts[key] as number) : 0) + n);
}

/** Adds one whole-number value to a histogram. */
export function addToHistogram(histogram: Histogram, value: number): void {
  const key = String(value);
  histogram[key] = (histogram[key] ?? 0) + 1;
}

/** Adds every count of `other` into `histogram` (never changes `other`). */
export function mergeHistograms(histogram: Histogram, other: Histogram): Histogram {
  for (const key of Object.keys(other)) bump(histogram, key, other[key] as number);
  return histogram;
}

/**
 * A summary of whole-number values (such as days overdue).
 *
 * @example
 * ```ts
 * const daysLate: ValueSummary = { count: 4, total: 50, mean: 12.5, median: 9, max: 30 };
 * ```
 * @category Governance metrics
 */
export interface ValueSummary {
  /** How many values. */
  readonly count: number;
  /** Their sum. */
  readonly total: number;
  /** Their mean; `null` when there are none. */
  readonly mean: number | null;
  /** Their median (the mean of the two middle values for an even count); `null` when none. */
  readonly median: number | null;
  /** The largest; `null` when there are none. */
  readonly max: number | null;
}

/** Summarises a histogram exactly (its median too, since every value is kept). */
export function summarise(histogram: Histogram): ValueSummary {
  const entries = Object.entries(histogram)
    .map(([key, count]) => [Number(key), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  let count = 0;
  let total = 0;
  for (const [value, n] of entries) {
    count += n;
    total += value * n;
  }
  if (count === 0) return { count: 0, total: 0, mean: null, median: null, max: null };
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, n] of entries) {
      seen += n;
      if (rank < seen) return value;
    }
    return (entries.at(-1) as readonly [number, number])[0];
  };
  const median = count % 2 === 1 ? at((count - 1) / 2) : (at(count / 2 - 1) + at(count / 2)) / 2;
  return {
    count,
    total,
    mean: total / count,
    median,
    max: (entries.at(-1) as readonly [number, number])[0],
  };
}

/** Whether a list is in order (each item no later than the next). */
function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i += 1) {
    if (compare(items[i - 1] as T, items[i] as T) > 0) return false;
  }
  return true;
}

/** The index after the last item of a sorted list that is not later than `item`. */
function insertionPoint<T>(items: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(items[mid] as T, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Keeps the first `limit` items in a total order: merging two kept lists and cutting again
 * gives the same list as keeping from all the items at once.
 *
 * @remarks `items` is a list this function returned (kept in order); it is updated in place
 * and returned, as accumulator states are. `more` is never changed: it is sorted (a copy)
 * only when it is not already in order, and each of its items is placed by binary search,
 * stopping at the first that comes after a full list's last item. So adding one row to a
 * full list costs a comparison or a few, not a sort.
 */
export function keepFirst<T>(
  items: T[],
  more: readonly T[],
  compare: (a: T, b: T) => number,
  limit: number,
): T[] {
  const ordered = inOrder(more, compare) ? more : [...more].sort(compare);
  for (const item of ordered) {
    if (items.length >= limit) {
      const last = items[items.length - 1];
      if (last === undefined || compare(item, last) >= 0) break;
      items.pop();
    }
    items.splice(insertionPoint(items, item, compare), 0, item);
  }
  if (items.length > limit) items.length = limit;
  return items;
}

// The one code-point comparator is core's; the metrics read it from here too.
export { compareText };

/** Lists up to this long are checked for a repeated id pair by pair, with no map. */
const SHORT_LIST = 24;

/** Whether any id appears twice in a list (pair by pair for a short list, else with a set). */
function hasRepeatedId(items: readonly { readonly id: string }[]): boolean {
  const n = items.length;
  if (n <= SHORT_LIST) {
    for (let i = 1; i < n; i += 1) {
      const id = (items[i] as { readonly id: string }).id;
      for (let j = 0; j < i; j += 1)
        if ((items[j] as { readonly id: string }).id === id) return true;
    }
    return false;
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) return true;
    seen.add(item.id);
  }
  return false;
}

/**
 * Items of a list once per `id`, for records repeated by two systems. When copies differ, the
 * one kept is the first by its JSON text, so the choice does not depend on the list's order.
 *
 * @remarks A list without repeats (nearly every list) is returned as it is, not copied:
 * treat the result as read-only.
 */
export function oncePerId<T extends { readonly id: string }>(
  items: readonly T[] | undefined,
): readonly T[] {
  if (items === undefined || items.length === 0) return [];
  if (!hasRepeatedId(items)) return items;
  const byId = new Map<string, T>();
  for (const item of items) {
    const kept = byId.get(item.id);
    if (kept === undefined) byId.set(item.id, item);
    else if (compareText(JSON.stringify(item), JSON.stringify(kept)) < 0) byId.set(item.id, item);
  }
  return [...byId.values()];
}

/** Adds `[a, b]` to a month's pair of counts (creating it at `[a, b]`). */
export function addToMonth(
  months: Record<string, [number, number]>,
  month: string,
  a: number,
  b: number,
): void {
  const entry = Object.hasOwn(months, month) ? months[month] : undefined;
  if (entry === undefined) setKey(months, month, [a, b]);
  else {
    entry[0] += a;
    entry[1] += b;
  }
}
