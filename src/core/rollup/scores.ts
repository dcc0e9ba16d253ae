/**
 * A score tracker's projected totals, recomputed from its typed cells with the tracker's own model (score-model.ts):
 * the rows' parent/child structure comes from their keys ("1" → "1.1", "1.#1"; "TOTAL" sums the top level), PAR and
 * PAPI parents are sums, SIPAS is not additive, PAPI keeps the published total until an estimate below differs.
 */
import { cellAt, cellText, type Cell, type Grid } from '../grid';
import type { PlanRow, PlanTable } from '../plan/types';
import { parseVnNumber } from '../text';
import { SCORE_HEADERS } from '../tracker/labels';
import type { PrevSheet } from '../tracker/previous';
import { computeValues, INDEX_NAME, scoreNodes, type IndexKind, type ScoreField } from '../tracker/score-model';

/** One row of a score tracker with its computed target and estimate (a report's "estimate against target"). */
export interface ScoreLine {
  key: string;
  /** "Nội dung" as written. */
  title: string;
  max: number | null;
  target: number | null;
  estimate: number | null;
}

export interface ScoreTotals {
  sheet: string;
  index: IndexKind;
  max: number | null;
  result: number | null;
  target: number | null;
  estimate: number | null;
  /** The top-level rows (the fields: "Công tác chỉ đạo điều hành CCHC", …), in sheet order. */
  fields: ScoreLine[];
  /** The rows without children (the criteria), in sheet order. */
  criteria: ScoreLine[];
}

const text = (c: Cell | undefined) => (c ? cellText(c).replace(/\s+/g, ' ').trim() : '');

const FIELDS: Array<[ScoreField, string]> = [
  ['max', SCORE_HEADERS.max],
  ['result', SCORE_HEADERS.result],
  ['target', SCORE_HEADERS.target],
  ['estimate', SCORE_HEADERS.estimate],
];

function numberOf(cell: Cell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'number') return Number.isFinite(cell.value) ? cell.value : null;
  if (cell.kind === 'text') return parseVnNumber(cell.text);
  return null;
}

/** The index a score tracker follows, from its title ("Theo dõi điểm PAPI — …"). */
function indexOf(grid: Grid | undefined): IndexKind {
  const title = grid ? cellText(cellAt(grid, 1, 1)) : '';
  const hit = (Object.entries(INDEX_NAME) as Array<[IndexKind, string]>).find(([, name]) =>
    title.includes(`điểm ${name}`),
  );
  return hit ? hit[0] : 'par';
}

export function scoreTotals(sheet: PrevSheet, grid: Grid | undefined): ScoreTotals | null {
  const index = indexOf(grid);
  const header = (prefix: string) => sheet.headers.find((h) => h === prefix || h.startsWith(`${prefix} `));
  const cols = FIELDS.map(([f, h]) => [f, header(h)] as const);
  const rows: PlanRow[] = sheet.rows
    .filter((r) => !r.removed)
    .map((r) => {
      const fields: PlanRow['fields'] = {};
      for (const [f, h] of cols) fields[f] = h ? numberOf(r.cells.get(h)) : null;
      const total = r.key === 'TOTAL';
      return {
        row: r.row,
        span: 1,
        type: total ? 'total' : 'item',
        label: '',
        path: total ? [] : r.key.split('.'),
        key: r.key,
        fields,
        cells: {},
      };
    });
  if (!rows.length) return null;
  const table = {
    sheet: sheet.name,
    kind: 'scores',
    headerRows: [sheet.headerRow],
    firstRow: 0,
    lastRow: 0,
    columns: [],
    rows,
  } as PlanTable;
  const nodes = scoreNodes(table, index);
  const leaf = (f: ScoreField) => (n: (typeof nodes)[number]) => (n.row ? (n.row.fields[f] ?? null) : null);
  const results = computeValues(nodes, index, 'result', leaf('result'));
  const at = Math.max(
    0,
    nodes.findIndex((n) => n.isTotal),
  );
  const all = (f: ScoreField) => (f === 'result' ? results : computeValues(nodes, index, f, leaf(f), results));
  const [maxes, targets, estimates] = (['max', 'target', 'estimate'] as const).map(all);
  const num = (v: number | string | null | undefined) => (typeof v === 'number' ? v : null);
  const value = (f: ScoreField) => num(all(f)[at]);
  const titles = new Map(sheet.rows.map((r) => [r.key, text(r.cells.get(SCORE_HEADERS.title))]));
  const line = (i: number): ScoreLine => ({
    key: nodes[i].key,
    title: titles.get(nodes[i].key) ?? '',
    max: num(maxes[i]),
    target: num(targets[i]),
    estimate: num(estimates[i]),
  });
  const totalNode = nodes[at]?.isTotal ? nodes[at] : null;
  const top = totalNode ? totalNode.children : nodes.map((n, i) => (n.isTotal ? -1 : i)).filter((i) => i >= 0);
  return {
    fields: top.map(line),
    criteria: nodes
      .map((n, i) => i)
      .filter((i) => !nodes[i].isTotal && nodes[i].row && nodes[i].children.length === 0)
      .map(line),
    sheet: sheet.name,
    index,
    max: value('max'),
    result: value('result'),
    target: value('target'),
    estimate: value('estimate'),
  };
}
