/** The shape every data problem takes (architecture.md: problems are values, never exceptions). */
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  /** Stable code, e.g. "INVALID_DATE"; tests assert on it. */
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the problem concerns. */
  cell: string;
  /** Vietnamese message (what users see first). */
  message: string;
  /** English message. */
  messageEn: string;
}
