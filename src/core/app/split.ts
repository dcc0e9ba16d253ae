/**
 * Which sheets of a workbook are the official's plan and which are chiso's own (listed by the hidden marker sheet,
 * the marker included). Names are compared exactly, as the marker records them.
 */
import type { Grid } from '../grid';
import { SHEET_NAMES } from '../tracker/labels';
import { readMarker } from '../tracker/marker';

export interface SheetSplit {
  /** The official's sheets: where the plan is read from. */
  plan: Grid[];
  /** chiso's sheets from a previous run that are present (the marker included). */
  own: Grid[];
  /** Names of chiso's sheets: every sheet the marker lists (present or not) and the marker itself. */
  mine: string[];
  marker: Grid | undefined;
}

/** Splits Grids (workbook order kept) by the marker; `markerGrid` defaults to the Grid named like the marker sheet. */
export function splitSheets(grids: readonly Grid[], markerGrid?: Grid): SheetSplit {
  const marker = markerGrid ?? grids.find((g) => g.sheet === SHEET_NAMES.marker);
  const mine = new Set((marker ? readMarker(marker) : []).map((e) => e.sheet));
  if (marker) mine.add(marker.sheet);
  const plan: Grid[] = [];
  const own: Grid[] = [];
  for (const g of grids) (mine.has(g.sheet) ? own : plan).push(g);
  return { plan, own, mine: [...mine], marker };
}

/** Is this sheet one of chiso's own (per the split)? */
export function isOwnSheet(split: Pick<SheetSplit, 'mine'>, sheet: string): boolean {
  return split.mine.includes(sheet);
}
