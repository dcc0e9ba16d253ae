/** The scoring core behind the custom-function catalogue (functions.md). Pure; data problems are values. */
export { type Fail, type FailCode, type Result, ok, fail, isFail, tidy } from './result';
export { type NumCell, type IdCell, argName, quote } from './cells';
export {
  ARG_LABELS,
  FUNCTION_SPECS,
  SPECS,
  type FunctionName,
  RANGE_KINDS,
  type ArgKind,
  type FunctionSpec,
  type ParamSpec,
  type ResultKind,
} from './specs';
export { leafRows, type LeafRow } from './leaves';
// The implementations, whole: the catalogue finds each spec's `fn` here, so a new function needs no line in this file.
export * from './par';
export * from './papi';
export * from './deadline';
