/** The scoring core behind the custom-function catalogue (functions.md). Pure; data problems are values. */
export { type Fail, type FailCode, type Result, ok, fail, isFail, tidy } from './result';
export { type NumCell, type IdCell, argName, quote } from './cells';
export {
  ARG_LABELS,
  FUNCTION_SPECS,
  RANGE_KINDS,
  type ArgKind,
  type FunctionSpec,
  type ParamSpec,
  type ResultKind,
} from './specs';
export { leafRows, type LeafRow } from './leaves';
export { parScore, parGap, parRatio, parSipas } from './par';
export { papiRank, papiGroup, papiGap, parseGroupName, groupOf } from './papi';
export { cchcDeadline, cchcStatus, isDone, type DateInput, type Status, STATUS_EN } from './deadline';
