// Mergeable, plain-JSON building blocks for accumulator states.

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

/** Adds one whole-number value to a histogram. */
export function addToHistogram(histogram: Histogram, value: number): void {
  const key = String(value);
  histogram[key] = (histogram[key] ?? 0) + 1;
}

/** Adds every count of `other` into `histogram` (never changes `other`). */
export function mergeHistograms(histogram: Histogram, other: Histogram): Histogram {
  for (const [key, count] of Object.entries(other)) histogram[key] = (histogram[key] ?? 0) + count;
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

/**
 * Keeps the first `limit` items in a total order: merging two kept lists and cutting again
 * gives the same list as keeping from all the items at once.
 */
export function keepFirst<T>(
  items: T[],
  more: readonly T[],
  compare: (a: T, b: T) => number,
  limit: number,
): T[] {
  if (more.length === 0 && items.length <= limit) return items;
  const all = items.concat(more).sort(compare);
  return all.length > limit ? all.slice(0, limit) : all;
}

/** Compares strings by code point (the same on every machine and locale). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Items of a list once per `id`, for records repeated by two systems. When copies differ, the
 * one kept is the first by its JSON text, so the choice does not depend on the list's order.
 */
export function oncePerId<T extends { readonly id: string }>(items: readonly T[] | undefined): T[] {
  if (items === undefined || items.length === 0) return [];
  const byId = new Map<string, T>();
  let repeated = false;
  for (const item of items) {
    const kept = byId.get(item.id);
    if (kept === undefined) byId.set(item.id, item);
    else {
      repeated = true;
      if (compareText(JSON.stringify(item), JSON.stringify(kept)) < 0) byId.set(item.id, item);
    }
  }
  return repeated ? [...byId.values()] : [...items];
}

/** Adds `[a, b]` to a month's pair of counts (creating it at `[a, b]`). */
export function addToMonth(
  months: Record<string, [number, number]>,
  month: string,
  a: number,
  b: number,
): void {
  const entry = months[month];
  if (entry === undefined) months[month] = [a, b];
  else {
    entry[0] += a;
    entry[1] += b;
  }
}
