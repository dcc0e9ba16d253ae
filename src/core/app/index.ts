/** Flows shared by the CLI and the task pane (pure). */
export { splitSheets, isOwnSheet, type SheetSplit } from './split';
export {
  CORRECTIONS_SETTING,
  ROLES,
  correctionsToRoles,
  parseCorrections,
  serializeCorrections,
  setCorrection,
  type RoleCorrection,
} from './corrections';
export {
  readTablesFlow,
  trackFlow,
  type ReadFlowOptions,
  type ReadFlowResult,
  type TrackFlowOptions,
  type TrackFlowResult,
} from './flows';
export { PortError, type FilePort, type ReadResult, type SheetWrite, type WorkbookPort } from './port';
export type { SheetLink } from '../grid';
export {
  trackPipeline,
  splitObsolete,
  SheetRoleConflictError,
  type TrackBook,
  type TrackOptions,
  type TrackSource,
  type TrackWrite,
} from './pipeline';
export { sheetRefs, collectRefs, type FormulaRefs } from './references';
export { planRefresh, gridKey, type RefreshPlan } from './refresh-plan';
export { MAX_PLAN_BYTES, planTooLarge, isWordName, isWordPlan, trackerFileName } from './plan-file';
