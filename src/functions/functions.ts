/**
 * The custom-function catalogue (docs functions.md). Each function is a one-line wrapper over src/core/score through
 * the boundary (./boundary), which coerces Excel inputs and throws CustomFunctions.Error (#VALUE!, #N/A).
 * The JSDoc here is the source of functions.json (custom-functions-metadata). The rest of each function's spec (its
 * parameters' coercion kinds and labels, Vietnamese help) is src/core/score/specs.ts; the registry test keeps both in step.
 *
 * Parameters are typed `unknown` (metadata type "any") so that Excel hands over text numbers such as "9,5" instead of
 * refusing them, and results are the plain type (a union would drop the result type from the metadata).
 *
 * CCHC.DEADLINE returns an Excel date serial (a number): custom functions cannot return a date value, and a number
 * lets the result be compared and subtracted like any date. The cell needs a date number format (dd/mm/yyyy) to show
 * it as a date; the tracker sets that format, and `chiso fn` prints it as dd/mm/yyyy.
 *
 * CCHC.STATUS is declared @volatile: with `today` omitted it reads the clock, and a volatile function is the only way
 * Excel recalculates it as days pass. Given `today`, the recalculation is redundant but harmless (cheap, pure).
 */
import * as b from './boundary';
import * as core from '../core/score';

/**
 * Sum of PAR INDEX points. With ids (the STT column) only leaf rows count: subtotals and rows without an id are skipped, so a whole appendix column can be passed; with maxima a leaf counts at most its maximum.
 * @customfunction PAR.SCORE PAR.SCORE
 * @param points Points column (results or targets), e.g. the "Kết quả" column.
 * @param [ids] STT column beside it ("1", "1,1", 1.1, "1.3.1", "-"): subtotals and rows without an id are skipped.
 * @param [maxima] Maximum points column: a leaf above its maximum counts at its maximum.
 * @returns Total points of the leaf rows.
 */
export function parScore(points: unknown[][], ids?: unknown[][], maxima?: unknown[][]): number {
  return b.call(() =>
    core.parScore(b.numRange('points', points), b.idRange('ids', ids), b.optNumRange('maxima', maxima)),
  );
}

/**
 * Points left on the table: the sum over leaf rows of (maximum − points), never negative per row.
 * @customfunction PAR.GAP PAR.GAP
 * @param points Points column (results).
 * @param maxima Maximum points column, same size.
 * @param [ids] STT column: subtotals and rows without an id are skipped.
 * @returns Points still missing to the maximum.
 */
export function parGap(points: unknown[][], maxima: unknown[][], ids?: unknown[][]): number {
  return b.call(() => core.parGap(b.numRange('points', points), b.numRange('maxima', maxima), b.idRange('ids', ids)));
}

/**
 * Proportional criterion score: done/planned of maxPoints; 0 below the threshold, maxPoints from 100%.
 * @customfunction PAR.RATIO PAR.RATIO
 * @param done Quantity done.
 * @param planned Quantity planned (greater than 0).
 * @param maxPoints Maximum points of the criterion.
 * @param [threshold] Ratio below which the score is 0 (default 0.8; 80% or 80 also accepted).
 * @returns Points earned.
 */
export function parRatio(done: unknown, planned: unknown, maxPoints: unknown, threshold?: unknown): number {
  return b.call(() =>
    core.parRatio(
      b.num('done', done),
      b.num('planned', planned),
      b.num('maxPoints', maxPoints),
      b.num('threshold', threshold),
    ),
  );
}

/**
 * Points that a SIPAS result earns in PAR INDEX criterion 8.1: percent/100 × maxPoints.
 * @customfunction PAR.SIPAS PAR.SIPAS
 * @param percent SIPAS result in percent (86.5); a value up to 1 is a fraction (0.865 = 86.5%).
 * @param [maxPoints] Maximum points of the criterion (default 10).
 * @returns Points of criterion 8.1.
 */
export function parSipas(percent: unknown, maxPoints?: unknown): number {
  return b.call(() => core.parSipas(b.num('percent', percent), b.num('maxPoints', maxPoints)));
}

/**
 * PAPI points still needed: target − score. The target is a score, or a group name meaning the lowest total published in that group.
 * @customfunction PAPI.GAP PAPI.GAP
 * @param score PAPI score (a total, or a sub-dimension with a numeric target).
 * @param target Target score, or a group: "Cao", "Trung bình cao", "TB cao", "Trung bình thấp", "Thấp", "Nhóm 1" … "Nhóm 4".
 * @param [year] Year of the published groups (default: the latest year in the data).
 * @returns Positive = points still needed.
 */
export function papiGap(score: unknown, target: unknown, year?: unknown): number {
  return b.call(() => core.papiGap(b.num('score', score), b.textOrNumber('target', target), b.year('year', year)));
}

/**
 * The rank a PAPI total would have had among the provinces published for a year.
 * @customfunction PAPI.RANK PAPI.RANK
 * @param score PAPI total (10–80).
 * @param [year] Year of the published results (default: the latest year in the data).
 * @returns Rank: 1 + the number of provinces with a higher total.
 */
export function papiRank(score: unknown, year?: unknown): number {
  return b.call(() => core.papiRank(b.num('score', score), b.year('year', year)));
}

/**
 * The PAPI group of a total by that year's published cut-offs.
 * @customfunction PAPI.GROUP PAPI.GROUP
 * @param score PAPI total (10–80).
 * @param [year] Year of the published results (default: the latest year in the data).
 * @returns "Cao", "Trung bình cao", "Trung bình thấp" or "Thấp".
 */
export function papiGroup(score: unknown, year?: unknown): string {
  return b.call(() => core.papiGroup(b.num('score', score), b.year('year', year)));
}

/**
 * The due date a deadline cell means ("Quý II/2025" → 30/06/2025), as a date serial: format the cell as a date.
 * @customfunction CCHC.DEADLINE CCHC.DEADLINE
 * @param text Deadline cell: "Tháng 7/2025", "Quý II/2025", "Trước ngày 15/12/2025", "Trong năm", or a date.
 * @param [year] Plan year, for text without a year ("Quý IV", "Trong năm").
 * @returns Due date (Excel date serial).
 */
export function cchcDeadline(text: unknown, year?: unknown): number {
  return b.call(() => b.serialOf(core.cchcDeadline(b.date('text', text), b.year('year', year))));
}

/**
 * Status of a task: "Hoàn thành", "Quá hạn", "Sắp đến hạn", "Đang thực hiện" or "Thường xuyên". Volatile: without today it follows the clock.
 * @customfunction CCHC.STATUS CCHC.STATUS
 * @volatile
 * @param due Due date, or deadline text (read as CCHC.DEADLINE).
 * @param [done] Done: TRUE, "x", 100% or a completion date.
 * @param [today] Date to compare with (default: the current date).
 * @param [soonDays] Days before the due date counted as "due soon" (default 14).
 * @returns Status text.
 */
export function cchcStatus(due: unknown, done?: unknown, today?: unknown, soonDays?: unknown): string {
  return b.call(() =>
    core.cchcStatus(
      b.date('due', due),
      b.plain('done', done),
      b.exactDate('today', today) ?? b.todayIso(),
      b.num('soonDays', soonDays),
    ),
  );
}
