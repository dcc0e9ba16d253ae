/**
 * Generated appendices (issue 6): empty templates from the frameworks, next year's appendices from last year's
 * workbook, and a subordinate unit's task table from its parent's plan. Every builder returns SheetSpecs; the
 * xlsx adapter (CLI) and the Office adapter (pane) render them, and the plan reader reads them back as the same
 * tables.
 */
export { templateSpec, TEMPLATE_KINDS, TEMPLATE_SHEET, type TemplateKind, type TemplateOptions } from './templates';
export { fromPreviousSpec, DROPPED_SHEET, type FromPreviousOptions, type FromPreviousResult } from './from-previous';
export type { DroppedTask } from './carry-tasks';
export {
  cascadeSpec,
  unitSlug,
  CASCADE_COLUMNS,
  defaultUnitName,
  leadNote,
  type CascadeOptions,
  type CascadeResult,
} from './cascade';
export { canonicalAgency, unitMatcher } from '../agency';
export { readTrackerData, splitChisoSheets, type TrackerData, type TrackedTask } from './tracker-data';
export { importSpecs, importSheetName, type ImportTable, type ImportResult } from './import-tables';
