/** The scoring core behind the custom-function catalogue (functions.md). Pure; data problems are values. */
export { type Fail, type Result, ok, fail, isFail, tidy } from './result';
export { type NumCell, type IdCell, ARG_LABELS, argName, quote } from './cells';
export { leafRows, type LeafRow } from './leaves';
export { parScore, parGap, parRatio, parSipas } from './par';
export { papiRank, papiGroup, papiGap, parseGroupName, groupOf } from './papi';
export { cchcDeadline, cchcStatus, isDone, type DateInput, type Status, STATUS_EN } from './deadline';
