import { requireOptions } from '../core/internal/index.js';
import type { ProviderRecord } from '../metrics/index.js';
import { resolveOptions, type SyntheticProviderOptions } from './options.js';
import { generatePerson, spanOf } from './person.js';
import {
  planSettings,
  replacementId,
  replacesBlanket,
  type SettingPlan,
  settingIndexOf,
  settingRecord,
} from './setting.js';

/**
 * Streams a realistic, made-up provider dataset: one setting record per setting (with its
 * blanket restrictions), then one person record per person, each of which passes
 * `parseProviderRecord`.
 *
 * @remarks Deterministic: the same options always give the same records, on any machine and
 * in any time zone; nothing reads the clock or `Math.random`. Person `i` depends only on the
 * seed, the realism knobs, the services and settings, and `i` — not on how many people there
 * are — so workers can each generate a slice (`from`/`to`) and the slices concatenated equal
 * the whole (setting records come with the slice that starts at 0; see `includeSettings`). Records are generated one at a time, so a million people never sit in memory
 * together. Records are new plain objects (not frozen), ready for `JSON.stringify`. The data
 * is invented: ids are `p-<index>`, `plan-<index>`, `<service>-house-<n>`; see the guide
 * "Synthetic data" for the realism choices and their rates.
 * @param options - `seed`, `people` and `asOf`, with optional services, settings, history
 * length, slice and realism knobs ({@link SyntheticProviderOptions}).
 * @returns A generator of provider records: the settings first (by default only when the
 * slice starts at person 0), then people in index order.
 * @throws `GoldenThreadError` `invalid_argument` for a seed that is not a safe integer,
 * a negative or fractional `people`, a bad slice, service list or knob; `invalid_date` when
 * `asOf` is not a calendar date; `date_out_of_range` when it is before 1900 or after 9000.
 * The options are checked when the function is called, before the first record.
 * @example
 * ```ts
 * for (const record of providerRecords({ seed: 42, people: 100_000, asOf: '2026-11-01' })) {
 *   out.write(`${JSON.stringify(record)}\n`);
 * }
 * ```
 * @category Synthetic data
 */
export function providerRecords(
  options: SyntheticProviderOptions,
): Generator<ProviderRecord, void, undefined> {
  const o = resolveOptions('providerRecords', requireOptions('providerRecords', options));
  const settings = planSettings(o);
  return (function* records(): Generator<ProviderRecord, void, undefined> {
    if (o.includeSettings) {
      const replacedBy = replacements(o, settings);
      for (const setting of settings) yield settingRecord(o, setting, replacedBy);
    }
    for (let index = o.from; index < o.to; index += 1) yield generatePerson(o, index, settings);
  })();
}

/** For each replaced blanket restriction, the ids of the (first 100) individual plans that replaced it. */
function replacements(
  o: Parameters<typeof settingIndexOf>[0],
  settings: readonly SettingPlan[],
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (!settings.some((s) => s.blankets.some((b) => b.end !== undefined))) return found;
  for (let index = 0; index < o.people; index += 1) {
    const setting = settings[settingIndexOf(o, index)] as SettingPlan;
    for (const b of setting.blankets) {
      if (b.end === undefined || !replacesBlanket(o, index, b)) continue;
      const { start, end } = spanOf(o, index);
      if (b.end < start || b.end > Math.min(end ?? o.asOf, o.asOf)) continue;
      const ids = found.get(b.id) ?? [];
      if (ids.length < 100) ids.push(replacementId(b, `p-${index}`));
      found.set(b.id, ids);
    }
  }
  return found;
}
