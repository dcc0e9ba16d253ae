/** PAR INDEX maths: PAR.SCORE, PAR.GAP, PAR.RATIO, PAR.SIPAS (functions.md). */
import { type IdCell, type NumCell, missing, notANumberInRange, outOfRange, sizeMismatch } from './cells';
import { allRows, leafRows, type LeafRow } from './leaves';
import { type Result, Sum, ok, tidy } from './result';

function rowsOf(count: number, ids: ReadonlyArray<IdCell> | null | undefined): LeafRow[] {
  return ids ? leafRows(ids) : allRows(count);
}

/**
 * PAR.SCORE: sum of `points` over the leaf rows (all rows without `ids`); empty points are skipped; with `maxima`,
 * a leaf above its maximum counts at its maximum (an empty maximum does not clamp).
 */
export function parScore(
  points: ReadonlyArray<NumCell>,
  ids?: ReadonlyArray<IdCell> | null,
  maxima?: ReadonlyArray<NumCell> | null,
): Result<number> {
  if (ids && ids.length !== points.length) return sizeMismatch('ids', ids.length, 'points', points.length);
  if (maxima && maxima.length !== points.length) return sizeMismatch('maxima', maxima.length, 'points', points.length);
  const sum = new Sum();
  for (const row of rowsOf(points.length, ids)) {
    const p = points[row.index];
    if (p === null) continue;
    if (typeof p === 'string') return notANumberInRange('points', row.index, p, row.id || undefined);
    let v = p;
    if (maxima) {
      const m = maxima[row.index];
      if (typeof m === 'string') return notANumberInRange('maxima', row.index, m, row.id || undefined);
      if (m !== null && v > m) v = m;
    }
    sum.add(v);
  }
  return ok(sum.value());
}

/**
 * PAR.GAP: Σ over leaves of max(0, maximum − points). A row with an empty maximum or empty points is skipped
 * (not assessed yet): the gap counts only what can be measured.
 */
export function parGap(
  points: ReadonlyArray<NumCell>,
  maxima: ReadonlyArray<NumCell>,
  ids?: ReadonlyArray<IdCell> | null,
): Result<number> {
  if (maxima.length !== points.length) return sizeMismatch('maxima', maxima.length, 'points', points.length);
  if (ids && ids.length !== points.length) return sizeMismatch('ids', ids.length, 'points', points.length);
  const gap = new Sum();
  for (const row of rowsOf(points.length, ids)) {
    const p = points[row.index];
    const m = maxima[row.index];
    if (typeof p === 'string') return notANumberInRange('points', row.index, p, row.id || undefined);
    if (typeof m === 'string') return notANumberInRange('maxima', row.index, m, row.id || undefined);
    if (p === null || m === null) continue;
    if (m > p) gap.add(m - p);
  }
  return ok(gap.value());
}

/** Threshold as a fraction: 0,8, 80% (0.8) and 80 all mean 80 %. */
function fractionOf(x: number): number {
  return x > 1 ? x / 100 : x;
}

/**
 * PAR.RATIO: ratio = done / planned; ≥ 1 → maxPoints; below the threshold (default 0,8) → 0; else maxPoints × ratio.
 */
export function parRatio(
  done: number | null,
  planned: number | null,
  maxPoints: number | null,
  threshold?: number | null,
): Result<number> {
  if (done === null) return missing('done');
  if (planned === null) return missing('planned');
  if (maxPoints === null) return missing('maxPoints');
  if (done < 0) return outOfRange('done', done, { vi: 'không được âm', en: 'must not be negative' });
  if (planned <= 0) return outOfRange('planned', planned, { vi: 'phải lớn hơn 0', en: 'must be greater than 0' });
  if (maxPoints < 0) return outOfRange('maxPoints', maxPoints, { vi: 'không được âm', en: 'must not be negative' });
  const t = threshold === null || threshold === undefined ? 0.8 : fractionOf(threshold);
  if (t < 0 || t > 1)
    return outOfRange('threshold', threshold, {
      vi: 'phải từ 0 đến 1 (hoặc 0–100%)',
      en: 'must be between 0 and 1 (or 0–100%)',
    });
  const ratio = done / planned;
  if (ratio >= 1) return ok(tidy(maxPoints));
  if (ratio < t - 1e-12) return ok(0);
  return ok(tidy(maxPoints * ratio, maxPoints));
}

/** PAR.SIPAS: points of criterion 8.1 = percent / 100 × maxPoints (default 10); a value ≤ 1 is a fraction. */
export function parSipas(percent: number | null, maxPoints?: number | null): Result<number> {
  if (percent === null) return missing('percent');
  const max = maxPoints === null || maxPoints === undefined ? 10 : maxPoints;
  if (max < 0) return outOfRange('maxPoints', maxPoints, { vi: 'không được âm', en: 'must not be negative' });
  if (percent < 0 || percent > 100)
    return outOfRange('percent', percent, { vi: 'phải từ 0 đến 100 (%)', en: 'must be between 0 and 100 (%)' });
  const pct = percent <= 1 ? percent * 100 : percent;
  return ok(tidy((pct / 100) * max));
}
