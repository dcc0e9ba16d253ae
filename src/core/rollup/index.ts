/**
 * Province roll-up (issue 10): many units' trackers, read back one workbook at a time, into one consolidated
 * workbook. Pure: the adapters read the files into Grids and write the SheetSpecs.
 */
export {
  Rollup,
  rollupJson,
  bucketsOf,
  type RollupJson,
  baseName,
  type RollupResult,
  type UnitSummary,
  type TaskSummary,
  type AgencySummary,
  type Skipped,
} from './rollup';
export { rollupSheets, ROLLUP_SHEETS } from './sheets';
export { runRollup, type RollupSource, type RunRollupOptions } from './run';
export { readUnit, unitName, NOT_TRACKER, NO_TRACKER_SHEET, type UnitRead, type UnitTask } from './unit';
export { scoreTotals, type ScoreTotals, type ScoreLine } from './scores';
