/**
 * A refresh of an existing output (`chiso track plan.xlsx -o OUT` when OUT holds chiso's trackers): the plan comes
 * from the input, the previous trackers and everything officials added from the output. This decides, on Grids,
 * which plan sheets of the input must be brought into the output (missing there, or their cells differ) and which
 * sheets of the output are officials' own (kept as they are). The copying itself is the xlsx adapter's.
 */
import type { Cell, Grid, SheetLink } from '../grid';
import { splitSheets } from './split';

export interface RefreshPlan {
  /** Grids for the track flow: the input's plan sheets, then the output's chiso sheets. */
  grids: Grid[];
  /** Hyperlinks on the output's chiso sheets (evidence links officials added). */
  links: SheetLink[];
  /** Output sheets that are neither the input plan's nor chiso's, kept as they are. */
  userSheets: string[];
  /** Plan sheets to copy from the input into the output (new or changed). */
  copy: string[];
  /** A plan sheet of the input that the output lists as chiso's: the refresh cannot tell them apart. */
  conflict?: string;
}

const cellKey = (c: Cell | undefined): string => {
  if (!c || c.kind === 'empty') return '';
  if (c.kind === 'text') return `t${c.text}`;
  if (c.kind === 'number') return `n${c.value}`;
  if (c.kind === 'date') return `d${c.iso}`;
  return `${c.kind}${JSON.stringify(c)}`;
};

/** What a sheet shows, ignoring trailing empty cells and rows and the order merges are listed in. */
export function gridKey(g: Grid): string {
  const rows = g.cells.map((row) => {
    const keys = row.map(cellKey);
    while (keys.length && keys[keys.length - 1] === '') keys.pop();
    return keys.join('\u0001');
  });
  while (rows.length && rows[rows.length - 1] === '') rows.pop();
  const merges = g.merges.map((m) => JSON.stringify(m)).sort();
  return `${rows.join('\u0002')}\u0003${merges.join()}`;
}

/** `input`/`output`: every sheet of each workbook, in workbook order, as read; `outputLinks`: the output's links. */
export function planRefresh(
  input: readonly Grid[],
  output: readonly Grid[],
  outputLinks: readonly SheetLink[],
): RefreshPlan {
  const inSplit = splitSheets(input);
  const outSplit = splitSheets(output);
  const outMine = new Set(outSplit.mine);
  const outPlan = new Map(outSplit.plan.map((g) => [g.sheet, g]));
  const copy: string[] = [];
  let conflict: string | undefined;
  for (const g of inSplit.plan) {
    if (outMine.has(g.sheet)) conflict ??= g.sheet;
    const there = outPlan.get(g.sheet);
    if (!there || gridKey(there) !== gridKey(g)) copy.push(g.sheet);
  }
  const inPlan = new Set(inSplit.plan.map((g) => g.sheet));
  return {
    grids: [...inSplit.plan, ...outSplit.own],
    links: outputLinks.filter((l) => outMine.has(l.sheet)),
    userSheets: outSplit.plan.map((g) => g.sheet).filter((n) => !inPlan.has(n)),
    copy,
    ...(conflict !== undefined ? { conflict } : {}),
  };
}
