/** The score tracker of one score table (PAR INDEX, SIPAS, PAPI): "Theo dõi <sheet>". */
import { colLetter } from '../grid';
import type { PlanTable } from '../plan/types';
import { pagePrint, setCell, type SheetSpec, type SpecCell, type SpecValue } from '../sheetspec';
import { shownLabel } from '../text';
import { SCORE_HEADERS, sourceLine, type ScoreColId } from './labels';
import { matchRows } from './match';
import {
  fieldValue,
  fitRowHeights,
  followingSheet,
  isBlank,
  issuesText,
  linkOf,
  range,
  sumArgs,
  tableTitle,
  valueOfCell,
  type IssuesByRow,
} from './parts';
import type { PrevRow, PrevSheet } from './previous';
import {
  computeValues,
  estimateFallsBack,
  INDEX_NAME,
  indexKind,
  isSum,
  scoreNodes,
  shownKey,
  type IndexKind,
  type ScoreField,
  type ScoreNode,
  type ScoreSheetInfo,
} from './score-model';
import { papiBlock, sipasBlock, type PapiRefs } from './score-extras';
import { COND, DATABAR_COLOR, FONT, TAB_COLOR } from './styles';

export const SCORE_HEADER_ROW = 5;
const FIRST = SCORE_HEADER_ROW + 1;
const IDS: ScoreColId[] = [
  'key',
  'label',
  'title',
  'max',
  'result',
  'target',
  'estimate',
  'gapTarget',
  'gapMax',
  'rate',
  'lead',
  'evidence',
  'notes',
  'issues',
];
const WIDTH: Record<ScoreColId, number> = {
  key: 9,
  label: 7,
  title: 44,
  max: 10,
  result: 11,
  target: 11,
  estimate: 11,
  gapTarget: 12,
  gapMax: 12,
  rate: 12,
  lead: 22,
  evidence: 24,
  notes: 24,
  issues: 30,
};
const col = (id: ScoreColId) => colLetter(IDS.indexOf(id) + 1);

/** Headers chiso writes on a score tracker (year suffixes allowed). */
export function isScoreHeader(h: string): boolean {
  if ((Object.values(SCORE_HEADERS) as string[]).includes(h)) return true;
  return [SCORE_HEADERS.result, SCORE_HEADERS.target, SCORE_HEADERS.estimate].some((p) =>
    new RegExp(`^${p}( \\d{4})?$`).test(h),
  );
}

function header(id: ScoreColId, table: PlanTable, year: number | null): string {
  const y = (role: 'result' | 'target') => table.columns.find((c) => c.role === role)?.year;
  if (id === 'result') return [SCORE_HEADERS.result, y('result')].filter(Boolean).join(' ');
  if (id === 'target') return [SCORE_HEADERS.target, y('target') ?? year].filter(Boolean).join(' ');
  if (id === 'estimate') return [SCORE_HEADERS.estimate, y('target') ?? year].filter(Boolean).join(' ');
  return SCORE_HEADERS[id];
}

const num = (v: SpecValue | undefined): number | string | null =>
  typeof v === 'number' || typeof v === 'string' ? v : null;

export function buildScoreSheet(
  name: string,
  table: PlanTable,
  tableNo: number,
  issues: IssuesByRow,
  prev: PrevSheet | undefined,
  ctx: { year: number | null; papi: PapiRefs | null },
): { spec: SheetSpec; info: ScoreSheetInfo } {
  const kind = indexKind(table);
  const nodes = scoreNodes(table, kind);
  const extras = prev?.extras ?? [];
  const headers = IDS.map((id) => header(id, table, ctx.year));
  const lastCol = IDS.length + extras.length;

  // Refresh: entries by matched previous row.
  const prevOf = new Map<number, PrevRow>();
  let kept = 0;
  if (prev) {
    const m = matchRows(
      nodes.map((n) => ({
        key: n.key,
        text: n.row ? String(n.row.fields.task ?? n.row.fields.criterion ?? n.row.fields.dimension ?? '') : 'TỔNG CỘNG',
      })),
      prev.rows.map((p) => ({ key: p.key, text: p.text })),
    );
    for (const [n, p] of m) prevOf.set(n, prev.rows[p]);
    kept = m.size;
  }
  const prevEstimate = (p: PrevRow | undefined) => {
    if (!p) return undefined;
    for (const [h, c] of p.cells) if (h.startsWith(SCORE_HEADERS.estimate)) return valueOfCell(c);
    return undefined;
  };
  const leafValue = (field: ScoreField) => (n: ScoreNode) => {
    if (field === 'estimate') {
      const i = nodes.indexOf(n);
      const typed = prevEstimate(prevOf.get(i));
      if (prevOf.has(i)) return num(typed ?? null);
      return num(fieldValue(n.row?.fields.result));
    }
    return num(fieldValue(n.row?.fields[field]));
  };
  const fields: ScoreField[] = ['max', 'result', 'target', 'estimate'];
  const results = computeValues(nodes, kind, 'result', leafValue('result'));
  const values = Object.fromEntries(
    fields.map((f) => [f, f === 'result' ? results : computeValues(nodes, kind, f, leafValue(f), results)]),
  ) as Record<ScoreField, Array<number | string | null>>;

  const rowOf = (i: number) => FIRST + i;
  const lastRow = FIRST + nodes.length - 1;
  const spec: SheetSpec = {
    ...followingSheet(name, 'scores', table, tableNo, SCORE_HEADER_ROW),
    tabColor: TAB_COLOR.tracker,
    cols: [...IDS.map((id) => ({ width: WIDTH[id] })), ...extras.map(() => ({ width: 16 }))],
    rowHeights: { [SCORE_HEADER_ROW]: 42 },
    freeze: { rows: SCORE_HEADER_ROW, cols: 3 },
    autoFilter: range(1, SCORE_HEADER_ROW, lastCol, Math.max(lastRow, FIRST)),
  };
  const title = tableTitle(table);
  setCell(spec, 1, 1, { v: `Theo dõi điểm ${INDEX_NAME[kind]} — ${table.sheet}`, s: 'title' });
  const source = sourceLine(table.sheet, title, table.hidden === true);
  // The notes wrap inside the table's printed width (a long line would widen the printed page).
  const noteEnd = col('notes');
  if (source) setCell(spec, 2, 1, { v: source, s: 'note' });
  setCell(spec, 3, 1, { v: ADDITIVE_NOTE[kind], s: 'note' });
  spec.merges = [...(source ? [`A2:${noteEnd}2`] : []), `A3:${noteEnd}3`];
  headers.forEach((h, i) =>
    setCell(spec, SCORE_HEADER_ROW, i + 1, {
      v: h,
      s: ['estimate', 'evidence', 'notes'].includes(IDS[i]) ? 'headerEntry' : 'header',
    }),
  );
  extras.forEach((h, i) => setCell(spec, SCORE_HEADER_ROW, IDS.length + i + 1, { v: h, s: 'headerExtra' }));

  nodes.forEach((n, i) => {
    const r = rowOf(i);
    const parent = n.children.length > 0 || n.isTotal;
    const p = prevOf.get(i);
    const put = (id: ScoreColId, cell: SpecCell) => setCell(spec, r, IDS.indexOf(id) + 1, cell);
    const txt = parent ? 'group' : 'text';
    put('key', { v: shownKey(n.key), s: txt });
    put('label', { v: n.row ? shownLabel(n.row.label) || null : null, s: parent ? 'group' : 'textCenter' });
    put('title', {
      v: n.row
        ? fieldValue(n.row.fields.task ?? n.row.fields.criterion ?? n.row.fields.dimension)
        : 'TỔNG CỘNG / TOTAL',
      s: txt,
    });
    for (const f of fields) {
      const v = values[f][i];
      const c = col(f);
      const sum = `SUM(${sumArgs(c, n.children.map(rowOf))})`;
      if (f === 'estimate' && estimateFallsBack(n, kind)) {
        const E = col('result');
        const same = n.children.map((k) => `${c}${rowOf(k)}=${E}${rowOf(k)}`).join(',');
        put(f, { f: `IF(AND(${same}),${E}${r},${sum})`, r: v, s: 'sectionScore' });
      } else if (isSum(n, f, kind)) put(f, { f: sum, r: v, s: 'sectionScore' });
      else put(f, { v, s: f === 'estimate' ? 'entryScore' : parent ? 'sectionScore' : 'score' });
    }
    const [D, F, G] = (['max', 'target', 'estimate'] as ScoreField[]).map((f) => `${col(f)}${r}`);
    const nv = (f: ScoreField) => (typeof values[f][i] === 'number' ? values[f][i] : null);
    const diff = (a: number | null, b: number | null) =>
      a !== null && b !== null ? Math.round((a - b) * 1e9) / 1e9 : '';
    put('gapTarget', {
      f: `IF(AND(ISNUMBER(${F}),ISNUMBER(${G})),${F}-${G},"")`,
      r: diff(nv('target'), nv('estimate')),
      s: 'score',
    });
    put('gapMax', {
      f: `IF(AND(ISNUMBER(${D}),ISNUMBER(${G})),${D}-${G},"")`,
      r: diff(nv('max'), nv('estimate')),
      s: 'score',
    });
    const rate = nv('max') && nv('estimate') !== null ? nv('estimate')! / nv('max')! : '';
    put('rate', { f: `IF(AND(ISNUMBER(${D}),ISNUMBER(${G})),IF(${D}=0,"",${G}/${D}),"")`, r: rate, s: 'pct' });
    put('lead', { v: n.row ? fieldValue(n.row.fields.lead) : null, s: txt });
    for (const id of ['evidence', 'notes'] as const) {
      const h = SCORE_HEADERS[id];
      const v = p ? valueOfCell(p.cells.get(h)) : null;
      const link = p ? linkOf(p.links.get(h)) : undefined;
      put(id, { v, link, s: link ? 'link' : 'text' });
    }
    put('issues', { v: n.row ? issuesText(issues.get(table.sheet, n.row.row, n.row.span)) : null, s: 'issue' });
    extras.forEach((h, k) => {
      const v = p ? valueOfCell(p.cells.get(h)) : null;
      const link = p ? linkOf(p.links.get(h)) : undefined;
      if (!isBlank(v) || link) setCell(spec, r, IDS.length + k + 1, { v, link, s: link ? 'link' : 'text' });
      else setCell(spec, r, IDS.length + k + 1, { v: null, s: 'text' });
    });
  });
  // Previous rows whose criterion left the plan: kept below the table, marked.
  const removedRows = prev ? prev.rows.filter((p) => ![...prevOf.values()].includes(p)) : [];
  let next = lastRow + 1;
  for (const p of removedRows) writeRemoved(spec, next++, p, headers, extras);
  // Rows officials added without a key: kept below, as they were (inside the table they would break the sums).
  for (const p of prev?.loose ?? []) writeLoose(spec, next++, p, headers, extras);
  const tableEnd = next - 1;

  fitRowHeights(spec, FIRST, tableEnd);
  condFormats(spec, FIRST, Math.max(lastRow, FIRST));
  const totalIdx = Math.max(
    0,
    nodes.findIndex((n) => n.isTotal),
  );
  const totals = Object.fromEntries(fields.map((f) => [f, values[f][totalIdx] ?? null])) as Record<
    ScoreField,
    number | string | null
  >;
  const info: ScoreSheetInfo = {
    name,
    index: kind,
    title: table.sheet,
    totalRow: rowOf(totalIdx),
    totals,
    cols: { max: col('max'), result: col('result'), target: col('target'), estimate: col('estimate') },
    kept,
    added: prev ? nodes.filter((_, i) => !prevOf.has(i)).length : 0,
    removed: removedRows.length,
    loose: prev?.loose.length ?? 0,
  };
  const below = tableEnd + 2;
  if (kind === 'papi' && ctx.papi) info.papi = papiBlock(spec, below, info, ctx.papi);
  if (kind === 'sipas') sipasBlock(spec, below, info);
  fitRowHeights(spec, 2, SCORE_HEADER_ROW);
  fitRowHeights(spec, below, below + 1);
  // Printed: the table without the data problems (the officials' own columns as a second block).
  const printed = [
    ...IDS.flatMap((id, i) => (id === 'issues' ? [] : [i + 1])),
    ...extras.map((_, i) => IDS.length + i + 1),
  ];
  spec.print = pagePrint(spec, {
    headerRows: `${SCORE_HEADER_ROW}:${SCORE_HEADER_ROW}`,
    bodyPt: FONT.size,
    printed,
    repeatCols: `A:${col('title')}`,
  });
  return { spec, info };
}

const ADDITIVE_NOTE: Record<IndexKind, string> = {
  par: 'Nhập "Ước đạt" ở các dòng chi tiết; dòng tổng là công thức SUM nên luôn đúng. / Type estimates on detail rows; totals are SUM formulas.',
  papi: 'Nhập "Ước đạt" ở các nội dung thành phần; chỉ số nội dung và tổng là tổng cộng (SUM), nhưng giữ điểm đã công bố khi chưa có ước đạt nào khác kết quả năm trước; hạng và nhóm ở cuối bảng. / Type estimates on sub-dimensions; parents are sums, keeping the published score until an estimate below differs from last year\'s; rank and group below the table.',
  sipas:
    'SIPAS không cộng dồn: nhập "Ước đạt" ở từng dòng; điểm tiêu chí 8.1 PAR INDEX ở cuối bảng. / SIPAS is not additive; criterion 8.1 points below the table.',
};

function writeRemoved(spec: SheetSpec, r: number, p: PrevRow, headers: string[], extras: string[]): void {
  [...headers, ...extras].forEach((h, i) => {
    const id = IDS[i];
    let v: SpecValue = valueOfCell(p.cells.get(h));
    if (id === 'gapTarget' || id === 'gapMax' || id === 'rate') v = null;
    if (id === 'issues') v = 'Đã bỏ khỏi kế hoạch';
    const link = linkOf(p.links.get(h));
    setCell(spec, r, i + 1, {
      v,
      link,
      s: id && ['max', 'result', 'target', 'estimate'].includes(id) ? 'score' : 'legendRemoved',
    });
  });
}

function writeLoose(spec: SheetSpec, r: number, p: PrevRow, headers: string[], extras: string[]): void {
  [...headers, ...extras].forEach((h, i) => {
    const id = IDS[i];
    const link = linkOf(p.links.get(h));
    setCell(spec, r, i + 1, {
      v: valueOfCell(p.cells.get(h)),
      link,
      s: link ? 'link' : id && ['max', 'result', 'target', 'estimate'].includes(id) ? 'score' : 'text',
    });
  });
}

function condFormats(spec: SheetSpec, first: number, last: number): void {
  const [D, E, F, G, J] = (['max', 'result', 'target', 'estimate', 'rate'] as ScoreColId[]).map(col);
  const above = (c: string) => `AND(ISNUMBER($${c}${first}),ISNUMBER($${D}${first}),$${c}${first}>$${D}${first})`;
  spec.condFormats = [
    { range: `${E}${first}:${E}${last}`, rules: [{ type: 'expression', formula: above(E), style: COND.bad }] },
    {
      range: `${F}${first}:${F}${last}`,
      rules: [
        { type: 'expression', formula: above(F), style: COND.bad, stopIfTrue: true },
        {
          type: 'expression',
          formula: `AND(ISNUMBER($${F}${first}),ISNUMBER($${E}${first}),$${F}${first}<$${E}${first})`,
          style: COND.warn,
        },
      ],
    },
    { range: `${G}${first}:${G}${last}`, rules: [{ type: 'expression', formula: above(G), style: COND.bad }] },
    { range: `${J}${first}:${J}${last}`, rules: [{ type: 'dataBar', color: DATABAR_COLOR, min: 0, max: 1 }] },
  ];
}
