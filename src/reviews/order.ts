import { compareText } from '../core/internal/index.js';
import type { EventSeverity } from './schemas/index.js';

/**
 * The first record of each id in `(key, id)` order, returned in that order — so a record
 * repeated with the same id is counted once, whatever the input order.
 *
 * @internal
 */
export function firstById<T extends { readonly id: string }>(
  items: readonly T[],
  key: (item: T) => string,
): T[] {
  const sorted = [...items].sort((a, b) => compareText(key(a), key(b)) || compareText(a.id, b.id));
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of sorted) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push(item);
  }
  return out;
}

/**
 * The order of event severities, lowest first.
 *
 * @internal
 */
export const SEVERITY_RANK: Readonly<Record<EventSeverity, number>> = {
  low: 0,
  medium: 1,
  high: 2,
  critical: 3,
};
