/**
 * A reference for `xmrChart`: the limits and special-cause rules of NHSRplotthedots 0.2.0
 * (github.com/nhs-r-community/NHSRplotthedots, commit 050b07d; R/ptd_spc_standard.R and
 * R/ptd_calculate_point_type.R), written again in TypeScript from reading its R source — a
 * transcription of the logic, step by step, with R's indexing and padding kept visible, not
 * the library's code. R is not installed here, so this stands in for running the package.
 *
 * One group (one facet, one rebase period) at a time, as `ptd_spc_standard` and
 * `ptd_calculate_point_type` group by `f` and `rebase_group`.
 */

/** NA as R would carry it: `null`. */
type Maybe = number | null;

export interface PtdOptions {
  /** `improvement_direction`: 1 increase, −1 decrease, 0 neutral. */
  readonly improvement: 1 | -1 | 0;
  readonly screenOutliers: boolean;
  /** `fix_after_n_points`, or null. */
  readonly fixAfterNPoints: number | null;
}

export interface PtdPoint {
  readonly y: number;
  readonly meanCol: number;
  readonly lpl: Maybe;
  readonly upl: Maybe;
  readonly nlpl: Maybe;
  readonly nupl: Maybe;
  readonly outsideLimits: boolean;
  readonly partTrend: boolean;
  readonly partShift: boolean;
  readonly partTwoInThree: boolean;
  readonly specialCauseType: string;
  readonly pointType: string;
}

/** R's mean(x, na.rm = TRUE): NaN (here null) when nothing is left. */
function mean(xs: readonly Maybe[]): Maybe {
  const kept = xs.filter((x): x is number => x !== null && !Number.isNaN(x));
  if (kept.length === 0) return null;
  let sum = 0;
  for (const x of kept) sum += x;
  return sum / kept.length;
}

/** ptd_spc_standard for one group: limits and the per-point flags it adds. */
function standard(y: readonly number[], options: PtdOptions) {
  const limit = 2.66;
  const limitclose = 2 * (limit / 3);
  const fixY: Maybe[] = y.map((v, i) =>
    i + 1 <= (options.fixAfterNPoints ?? Infinity) ? v : null,
  );
  const meanCol = mean(fixY) as number;
  // mr = c(NA, abs(diff(fix_y)))
  let mr: Maybe[] = fixY.map((v, i) => {
    const before = i === 0 ? null : (fixY[i - 1] as Maybe);
    return i === 0 || v === null || before === null ? null : Math.abs(v - before);
  });
  let amr = mean(mr);
  // screen for outliers: case_when(!screen ~ mr, mr < 3.267 * amr ~ mr, TRUE ~ NA)
  if (options.screenOutliers) {
    const a = amr;
    mr = mr.map((m) => (m !== null && a !== null && m < 3.267 * a ? m : null));
  }
  amr = mean(mr);
  const at = (k: number) => (amr === null ? null : meanCol + k * amr);
  const [lpl, upl, nlpl, nupl] = [at(-limit), at(limit), at(-limitclose), at(limitclose)];
  const outside = y.map((v) => upl !== null && lpl !== null && (v > upl || v < lpl));
  const relativeToMean = y.map((v) => Math.sign(v - meanCol));
  const close = y.map(
    (v, i) => nlpl !== null && nupl !== null && !outside[i] && (v < nlpl || v > nupl),
  );
  return { meanCol, lpl, upl, nlpl, nupl, outside, relativeToMean, close };
}

/** ptd_seven_point_one_side_mean: 1 at the end of seven equal non-zero signs. */
function sevenPointOneSideMean(v: readonly number[]): number[] {
  const vp = [0, 0, 0, 0, 0, 0, ...v]; // c(rep(0, 6), v), 0-based here
  return v.map((_, k) => {
    const i = k + 6;
    let all = true;
    for (let j = 1; j <= 6; j += 1) all &&= vp[i] === vp[i - j];
    return all && vp[i] !== 0 ? 1 : 0;
  });
}

/** ptd_part_of_seven_trend: any of this and the next six positions is ±1. */
function partOfSeven(v: readonly number[]): boolean[] {
  const vp = [...v, 0, 0, 0, 0, 0, 0];
  return v.map((_, i) => [0, 1, 2, 3, 4, 5, 6].some((j) => Math.abs(vp[i + j] as number) === 1));
}

/** ptd_seven_point_trend: ±1 at the end of seven points each above (below) the one before. */
function sevenPointTrend(y: readonly number[]): number[] {
  if (y.length < 7) return y.map(() => 0);
  return y.map((_, i) => {
    if (i < 6) return 0;
    // d <- sign(diff(y[i - 0:6])) * -1: the window y[i], y[i−1], …, y[i−6], differenced.
    const window = [0, 1, 2, 3, 4, 5, 6].map((j) => y[i - j] as number);
    const d = window.slice(1).map((w, j) => -Math.sign(w - (window[j] as number)));
    if (d.every((s) => s === 1)) return 1;
    if (d.every((s) => s === -1)) return -1;
    return 0;
  });
}

/** ptd_two_in_three (v: close to limits as 0/1; rtm: relative to mean). */
function twoInThree(v: readonly number[], rtm: readonly number[]): boolean[] {
  const vp = [0, 0, ...v, 0, 0];
  const rp = [0, 0, ...rtm, 0, 0];
  const sum = (xs: readonly number[], from: number) =>
    (xs[from] as number) + (xs[from + 1] as number) + (xs[from + 2] as number);
  // In R (1-based) vp[i + 0:2] starts at padded index i; 0-based original k → padded k + 0.
  return v.map((_, k) =>
    [0, 1, 2].some((o) => sum(vp, k + o) >= 2 && Math.abs(sum(rp, k + o)) === 3),
  );
}

/** ptd_special_cause_type and ptd_point_type for one group. */
export function plotTheDots(y: readonly number[], options: PtdOptions): PtdPoint[] {
  const s = standard(y, options);
  const partTrend = partOfSeven(sevenPointTrend(y));
  const closeNumbers = s.close.map((c) => (c ? 1 : 0));
  const twoIn = twoInThree(closeNumbers, s.relativeToMean);
  const partTwo = twoIn.map((t, i) => t && closeNumbers[i] === 1);
  const partShift = partOfSeven(sevenPointOneSideMean(s.relativeToMean));
  const sdy = y.slice(1).map((v, i) => Math.sign(v - (y[i] as number)));
  // if a point is part of a trend either side, use right side
  const direction = y.map((_, i) =>
    (partTrend[i + 1] ?? false) && partTrend[i]
      ? ([...sdy, sdy.at(-1) as number][i] as number)
      : ([0, ...sdy][i] as number),
  );
  return y.map((value, i) => {
    const aboveOrBelow = (s.relativeToMean[i] as number) > 0 ? 'Above' : 'Below';
    const type = s.outside[i]
      ? s.relativeToMean[i] === 1
        ? 'Above UCL'
        : 'Below LCL'
      : partTrend[i]
        ? `7 Point Trend (${direction[i] === 1 ? 'In' : 'De'}creasing)`
        : partTwo[i]
          ? `2 in 3 ${aboveOrBelow} CL`
          : partShift[i]
            ? `7 Points ${aboveOrBelow} CL`
            : 'Common Cause';
    const v = /Above|Increasing/.test(type) ? 1 : /Below|Decreasing/.test(type) ? -1 : 0;
    const pointType =
      options.improvement === 0
        ? v > 0
          ? 'special_cause_neutral_high'
          : v < 0
            ? 'special_cause_neutral_low'
            : 'common_cause'
        : v * options.improvement > 0
          ? 'special_cause_improvement'
          : v * options.improvement < 0
            ? 'special_cause_concern'
            : 'common_cause';
    return {
      y: value,
      meanCol: s.meanCol,
      lpl: s.lpl,
      upl: s.upl,
      nlpl: s.nlpl,
      nupl: s.nupl,
      outsideLimits: s.outside[i] as boolean,
      partTrend: partTrend[i] as boolean,
      partShift: partShift[i] as boolean,
      partTwoInThree: partTwo[i] as boolean,
      specialCauseType: type,
      pointType,
    };
  });
}
