// The record ids a governance state has seen, so that a person (or setting) whose record
// arrives twice — from two systems, or an export run twice — is counted once (issue #19).
import * as z from 'zod';
import type { ProviderRecord } from './records.js';
import { dataMap, type StateSchema } from './state-schemas.js';
import { bump, compareText } from './tallies.js';

/**
 * How many times each record id was read, person and setting ids apart: the part of a
 * {@link GovernanceState} that finds repeated records.
 *
 * @remarks It holds every id, so it grows with the records: about the id's length plus 4
 * bytes a record in JSON, and some 60–100 bytes a record in memory (a million people: about
 * 25 MB of JSON, 100 MB in memory). Turn it off with `duplicates: 'count_all'`.
 * @example
 * ```ts
 * const seen: SeenIds = { people: { 'p-1': 1, 'p-2': 2 }, settings: { 'home-1': 1 }, countedAgain: { people: 0, settings: 0 } };
 * ```
 * @category Governance metrics
 */
export interface SeenIds {
  /** Person id → the number of person records read with it. */
  people: Record<string, number>;
  /** Setting id → the number of setting records read with it. */
  settings: Record<string, number>;
  /**
   * Repeated ids found only when states were merged: each part counted its copy (a state
   * cannot take a record back out), so these are in the figures more than once.
   */
  countedAgain: { people: number; settings: number };
}

/** The ids of records read, each at least once. */
const occurrences = dataMap(
  z.int().min(1),
  undefined,
  'invalid_state_key',
  (v) => Number.isSafeInteger(v) && (v as number) >= 1,
);

/** The schema of {@link SeenIds}. */
export const seenIdsSchema: StateSchema<SeenIds> = z.strictObject({
  people: occurrences,
  settings: occurrences,
  countedAgain: z.strictObject({ people: z.int().min(0), settings: z.int().min(0) }),
});

/** A new, empty set of ids. */
export const initSeen = (): SeenIds => ({
  people: Object.create(null),
  settings: Object.create(null),
  countedAgain: { people: 0, settings: 0 },
});

/** Counts the record's id, and says whether it is the first record with that id. */
export function firstSeen(seen: SeenIds, record: ProviderRecord): boolean {
  const [ids, id] =
    record.type === 'person'
      ? [seen.people, record.plan.personId]
      : [seen.settings, record.settingId];
  const first = !Object.hasOwn(ids, id);
  bump(ids, id, 1);
  return first;
}

/** Adds `other`'s ids into `seen` (never changes `other`). */
export function mergeSeen(seen: SeenIds, other: SeenIds): SeenIds {
  seen.countedAgain.people += other.countedAgain.people + mergeIds(seen.people, other.people);
  seen.countedAgain.settings +=
    other.countedAgain.settings + mergeIds(seen.settings, other.settings);
  return seen;
}

/** Adds the counts of `other` into `ids`; returns how many ids both had. */
function mergeIds(ids: Record<string, number>, other: Readonly<Record<string, number>>): number {
  let both = 0;
  for (const id of Object.keys(other)) {
    if (Object.hasOwn(ids, id)) both += 1;
    bump(ids, id, other[id] as number);
  }
  return both;
}

/**
 * Records read more than once under one id.
 *
 * @example
 * ```ts
 * const repeats: RepeatedRecords = { ids: 2, copies: 3, sample: ['p-17', 'p-204'], countedAgain: 0 };
 * ```
 * @category Governance metrics
 */
export interface RepeatedRecords {
  /** Ids read more than once. */
  readonly ids: number;
  /** The records beyond the first of each id: those left out of the figures. */
  readonly copies: number;
  /** The first of the repeated ids in code-point order (up to 20), to look them up. */
  readonly sample: readonly string[];
  /**
   * Of `copies`, those that met only when parts of the data were merged, and so are in the
   * figures once for each part (0 in one pass).
   */
  readonly countedAgain: number;
}

/**
 * A notice that ids were read more than once (see {@link GovernanceNotice}).
 *
 * @example
 * ```ts
 * const notice: RepeatedIdsNotice = {
 *   code: 'repeated_person_ids',
 *   repeated: { ids: 1, copies: 1, sample: ['p-17'], countedAgain: 0 },
 *   message: '1 person id was read more than once (1 extra record): each person is counted once, from the first record read.',
 * };
 * ```
 * @category Governance metrics
 */
export interface RepeatedIdsNotice {
  /** `repeated_person_ids` or `repeated_setting_ids`. */
  readonly code: 'repeated_person_ids' | 'repeated_setting_ids';
  /** Which ids, and how many records. */
  readonly repeated: RepeatedRecords;
  /** The notice in plain English. */
  readonly message: string;
}

/**
 * A notice that records lack the key the report is grouped by (see {@link GovernanceNotice}):
 * a typo in `groupBy` (`'region'` where the records say `'service'`) puts every record in
 * one group, `(not recorded)`, which would otherwise pass without a word.
 *
 * @example
 * ```ts
 * const notice: GroupKeyNotice = {
 *   code: 'group_key_not_recorded',
 *   groupBy: 'region',
 *   records: 412,
 *   everyRecord: true,
 *   message: 'No record has a "region" group: all 412 records are in "(not recorded)". Check the key: records name their groups in groups.',
 * };
 * ```
 * @category Governance metrics
 */
export interface GroupKeyNotice {
  /** `group_key_not_recorded`. */
  readonly code: 'group_key_not_recorded';
  /** The key the report is grouped by. */
  readonly groupBy: string;
  /** Records without it (counted in the `(not recorded)` group). */
  readonly records: number;
  /** Whether no record at all has it. */
  readonly everyRecord: boolean;
  /** The notice in plain English. */
  readonly message: string;
}

/**
 * A notice about the records a governance report was computed from: not a problem with any
 * one person's support, but something the reader of the figures must know — ids read more
 * than once ({@link RepeatedIdsNotice}) or records without the group key
 * ({@link GroupKeyNotice}). `switch (notice.code)` narrows it.
 *
 * @example
 * ```ts
 * for (const notice of report.notices) console.warn(notice.message);
 * ```
 * @category Governance metrics
 */
export type GovernanceNotice = RepeatedIdsNotice | GroupKeyNotice;

/**
 * The notice for records without the group key: none when every record has it.
 *
 * @param groupBy - The key.
 * @param without - Records in the `(not recorded)` group.
 * @param total - Records read.
 */
export function groupKeyNotices(
  groupBy: string,
  without: number,
  total: number,
): readonly GovernanceNotice[] {
  if (without === 0) return Object.freeze([]);
  const everyRecord = without === total;
  const message = everyRecord
    ? `No record has a "${groupBy}" group: all ${plural(total, 'record is', 'records are')} in "(not recorded)". Check the key: records name their groups in groups.`
    : `${plural(without, 'record has', 'records have')} no "${groupBy}" group: ${without === 1 ? 'it is' : 'they are'} counted in "(not recorded)".`;
  return Object.freeze([
    Object.freeze({
      code: 'group_key_not_recorded' as const,
      groupBy,
      records: without,
      everyRecord,
      message,
    }),
  ]);
}

const SAMPLE = 20;

function repeatsOf(
  ids: Readonly<Record<string, number>>,
  countedAgain: number,
): RepeatedRecords | null {
  const repeated: string[] = [];
  let copies = 0;
  for (const id of Object.keys(ids)) {
    const n = ids[id] as number;
    if (n > 1) {
      repeated.push(id);
      copies += n - 1;
    }
  }
  if (repeated.length === 0) return null;
  repeated.sort(compareText);
  return Object.freeze({
    ids: repeated.length,
    copies,
    sample: Object.freeze(repeated.slice(0, SAMPLE)),
    countedAgain,
  });
}

const plural = (n: number, one: string, many: string): string =>
  `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;

/** The notices for the repeated ids, person ids first; none when every id was read once. */
export function repeatNotices(seen: SeenIds | null): readonly GovernanceNotice[] {
  if (seen === null) return Object.freeze([]);
  const notices: RepeatedIdsNotice[] = [];
  const kinds = [
    ['repeated_person_ids', seen.people, seen.countedAgain.people, 'person'],
    ['repeated_setting_ids', seen.settings, seen.countedAgain.settings, 'setting'],
  ] as const;
  for (const [code, ids, again, noun] of kinds) {
    const repeated = repeatsOf(ids, again);
    if (repeated === null) continue;
    const once = repeated.copies - again;
    const counted =
      again === 0
        ? `each ${noun} is counted once, from the first record read.`
        : `${plural(once, 'copy was', 'copies were')} left out (each ${noun} counted from the first record read), but ${plural(again, 'copy', 'copies')} came from different parts of the data merged afterwards and ${again === 1 ? 'is' : 'are'} counted again: give all of a ${noun}'s records to the same part to count them once.`;
    const message = `${plural(repeated.ids, `${noun} id was`, `${noun} ids were`)} read more than once (${plural(repeated.copies, 'extra record', 'extra records')}): ${counted}`;
    notices.push(Object.freeze({ code, repeated, message }));
  }
  return Object.freeze(notices);
}
