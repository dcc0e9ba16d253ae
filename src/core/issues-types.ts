/**
 * The shape every data problem takes (architecture.md: problems are values, never exceptions). Defined with the
 * issue catalogue (./issues.ts), whose codes type `Issue.code`; this module keeps the short import path.
 */
export type { Issue, Severity } from './issues';
