import { requireOptions } from '../core/internal/index.js';
import type { ProviderRecord } from '../metrics/index.js';
import type { SyntheticProviderOptions } from './options.js';
import { providerRecords } from './provider-records.js';

/**
 * A made-up provider dataset held in memory: the records of {@link providerRecords}
 * collected into an array.
 *
 * @example
 * ```ts
 * const provider: SyntheticProvider = generateProvider({ seed: 1, people: 50, asOf: '2026-11-01' });
 * ```
 * @category Synthetic data
 */
export interface SyntheticProvider {
  /** Setting records first, then person records in index order. */
  readonly records: ProviderRecord[];
}

/**
 * Generates a realistic, made-up provider dataset in memory, for demos and tests.
 *
 * @remarks The same as collecting {@link providerRecords}; for large sizes (more than a few
 * tens of thousands of people) stream with {@link providerRecords} instead.
 * @param options - `seed`, `people` and `asOf`, with optional knobs
 * ({@link SyntheticProviderOptions}).
 * @returns `{ records }`: every setting, then every person of the slice.
 * @throws `GoldenThreadError` for bad options, as {@link providerRecords} does.
 * @example
 * ```ts
 * const { records } = generateProvider({ seed: 7, people: 200, asOf: '2026-11-01' });
 * const people = records.filter((r) => r.type === 'person').length; // => 200
 * ```
 * @category Synthetic data
 */
export function generateProvider(options: SyntheticProviderOptions): SyntheticProvider {
  return { records: [...providerRecords(requireOptions('generateProvider', options))] };
}
