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
export { readTablesFlow, trackFlow, type FlowLink, type ReadFlowOptions, type ReadFlowResult, type TrackFlowOptions, type TrackFlowResult } from './flows';
