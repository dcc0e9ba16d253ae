/** The what-if's data shapes, apart so the table reader (whatif.ts) and the projection (whatif-project.ts) share them. */
import type { IndexKind } from '../core/tracker/score-model';

export interface WhatIfRow {
  /** The tracker's row key ("Mã"). */
  key: string;
  /** Hierarchical id handed to the scoring core ("2.1.3"); "" for a total row. */
  id: string;
  /** Numbering as printed. */
  label: string;
  title: string;
  depth: number;
  /** Typed by officials (a leaf of an additive index; any row of SIPAS). */
  editable: boolean;
  max: number | null;
  result: number | null;
  target: number | null;
  /** Current estimate: the tracker's "Ước đạt" when there is one, else last year's result. */
  estimate: number | null;
}

export interface WhatIfTable {
  /** "sheet#no": the plan sheet and the table's number within it. */
  id: string;
  sheet: string;
  no: number;
  index: IndexKind;
  rows: WhatIfRow[];
  /** The score tracker that follows this table, when one exists. */
  tracker: string | null;
  /** The plan's year and the year of the results column: what the PAPI year rule reads (papiCompareYear). */
  planYear: number | null;
  resultYear: number | null;
}

/** Values the user typed in the pane, by row key (null = cleared). */
export interface WhatIfEdits {
  estimate: Record<string, number | null>;
  target: Record<string, number | null>;
}
