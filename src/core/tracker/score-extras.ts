/**
 * What a score tracker shows below its table: for PAPI the rank and group the totals would have had (formulas
 * over the published totals the workbook carries on its "Dữ liệu PAPI" sheet); for SIPAS the points of PAR INDEX
 * criterion 8.1. Built-in functions only (COUNTIF, IF, ISNUMBER, ROUND).
 */
import { PAPI_DECIMALS, roundPapiTotal } from '../frameworks';
import { pagePrint, setCell, quoteSheet, type SheetSpec } from '../sheetspec';
import { BELOW_TABLE_LABELS, SHEET_NAMES } from './labels';
import { fitRowHeights, ownSheet } from './parts';
import { FONT, TAB_COLOR } from './styles';
import type { ScoreSheetInfo } from './score-model';
import type { PapiYear } from './types';

/** Where the published data of the comparison year sits on the data sheet. */
export interface PapiRefs {
  sheet: string;
  year: number;
  /** Absolute range of that year's totals, e.g. $C$5:$C$65. */
  totals: string;
  /** Absolute cells of the group cut-offs, best group first. */
  cutoffs: Array<{ group: string; cell: string; min: number }>;
  values: number[];
}

const HEADER_ROW = 4;

/** The "Dữ liệu PAPI" sheet: one block of provinces per year, and the cut-offs table. */
export function papiDataSheet(
  name: string,
  years: PapiYear[],
  compareYear: number,
): { spec: SheetSpec; refs: PapiRefs | null } {
  const spec = ownSheet(name, 'data', TAB_COLOR.data, [8, 22, 12, 4, 8, 18, 14], HEADER_ROW);
  // Title and note wrap inside the table's width, so the printed page is the table's.
  spec.merges = ['A1:G1', 'A2:G2'];
  setCell(spec, 1, 1, {
    v: 'Dữ liệu PAPI cấp tỉnh đã công bố (UNDP, papi.org.vn) — dùng để tính hạng và nhóm',
    s: 'titleWrap',
  });
  setCell(spec, 2, 1, {
    v: 'Tổng điểm = tổng 8 chỉ số nội dung (không trọng số). Ngưỡng nhóm = tổng điểm thấp nhất trong nhóm. / Published provincial totals and group cut-offs.',
    s: 'note',
  });
  ['Năm', 'Tỉnh/Thành phố', 'Tổng điểm'].forEach((h, i) => setCell(spec, HEADER_ROW, i + 1, { v: h, s: 'header' }));
  ['Năm', 'Nhóm', 'Ngưỡng (≥)'].forEach((h, i) => setCell(spec, HEADER_ROW, i + 5, { v: h, s: 'header' }));
  let r = HEADER_ROW + 1;
  let c = HEADER_ROW + 1;
  let refs: PapiRefs | null = null;
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const first = r;
    const sorted = [...y.provinces].sort((a, b) => b.total - a.total);
    for (const p of sorted) {
      setCell(spec, r, 1, { v: y.year, s: 'textCenter' });
      setCell(spec, r, 2, { v: p.province, s: 'text' });
      setCell(spec, r++, 3, { v: p.total, s: 'score' });
    }
    const cutoffs: PapiRefs['cutoffs'] = [];
    for (const cut of y.cutoffs) {
      setCell(spec, c, 5, { v: y.year, s: 'textCenter' });
      setCell(spec, c, 6, { v: cut.group, s: 'text' });
      setCell(spec, c, 7, { v: cut.min, s: 'score' });
      cutoffs.push({ group: cut.group, cell: `${quoteSheet(name)}!$G$${c}`, min: cut.min });
      c++;
    }
    if (y.year === compareYear && sorted.length) {
      refs = {
        sheet: name,
        year: y.year,
        totals: `${quoteSheet(name)}!$C$${first}:$C$${r - 1}`,
        cutoffs,
        values: sorted.map((p) => p.total),
      };
    }
  }
  fitRowHeights(spec, 1, 2);
  spec.print = pagePrint(spec, { headerRows: `${HEADER_ROW}:${HEADER_ROW}`, bodyPt: FONT.size });
  return { spec, refs };
}

export function papiRank(total: number, refs: PapiRefs): number {
  const t = roundPapiTotal(total);
  return 1 + refs.values.filter((v) => v > t).length;
}

export function papiGroup(total: number, refs: PapiRefs): string {
  const t = roundPapiTotal(total);
  for (const c of refs.cutoffs) if (t >= c.min) return c.group;
  return refs.cutoffs[refs.cutoffs.length - 1]?.group ?? '';
}

type Three = 'result' | 'target' | 'estimate';
const THREE: Three[] = ['result', 'target', 'estimate'];

export function papiBlock(
  spec: SheetSpec,
  row: number,
  info: ScoreSheetInfo,
  refs: PapiRefs,
): NonNullable<ScoreSheetInfo['papi']> {
  const rank = {} as Record<Three, number | null>;
  const group = {} as Record<Three, string | null>;
  spec.merges = [...(spec.merges ?? []), `A${row}:C${row}`, `A${row + 1}:C${row + 1}`];
  setCell(spec, row, 1, {
    v: `${BELOW_TABLE_LABELS.papiRank} ${refs.values.length} tỉnh, thành phố năm ${refs.year} / Rank among ${refs.year} provinces`,
    s: 'labelWrap',
  });
  setCell(spec, row + 1, 1, {
    v: `${BELOW_TABLE_LABELS.papiGroup} năm ${refs.year} / Group by ${refs.year} cut-offs`,
    s: 'labelWrap',
  });
  for (const f of THREE) {
    const cell = `${info.cols[f]}${info.totalRow}`;
    const x = `ROUND(${cell},${PAPI_DECIMALS})`;
    const v = info.totals[f];
    rank[f] = typeof v === 'number' ? papiRank(v, refs) : null;
    group[f] = typeof v === 'number' ? papiGroup(v, refs) : null;
    const col = { result: 5, target: 6, estimate: 7 }[f];
    setCell(spec, row, col, {
      f: `IF(ISNUMBER(${cell}),1+COUNTIF(${refs.totals},">"&${x}),"")`,
      r: rank[f] ?? '',
      s: 'int',
    });
    let g = `"${refs.cutoffs[refs.cutoffs.length - 1].group}"`;
    for (let i = refs.cutoffs.length - 2; i >= 0; i--)
      g = `IF(${x}>=${refs.cutoffs[i].cell},"${refs.cutoffs[i].group}",${g})`;
    setCell(spec, row + 1, col, { f: `IF(ISNUMBER(${cell}),${g},"")`, r: group[f] ?? '', s: 'textCenter' });
  }
  return { year: refs.year, rank, group, rankCell: `G${row}`, groupCell: `G${row + 1}` };
}

export function sipasBlock(spec: SheetSpec, row: number, info: ScoreSheetInfo): void {
  // The label spans A:C, wrapped: right-aligned in C alone its start ran off the sheet's left edge.
  spec.merges = [...(spec.merges ?? []), `A${row}:C${row}`];
  setCell(spec, row, 1, {
    v: `${BELOW_TABLE_LABELS.sipasPoints} tương ứng (= SIPAS % × điểm tối đa ÷ 100) / PAR INDEX criterion 8.1 points`,
    s: 'labelWrap',
  });
  setCell(spec, row, 4, { v: 10, s: 'setting' });
  for (const f of THREE) {
    const cell = `${info.cols[f]}${info.totalRow}`;
    const v = info.totals[f];
    const col = { result: 5, target: 6, estimate: 7 }[f];
    setCell(spec, row, col, {
      f: `IF(ISNUMBER(${cell}),${cell}*$D$${row}/100,"")`,
      r: typeof v === 'number' ? Math.round(v * 10 * 1e9) / 1e11 : '',
      s: 'scoreBold',
    });
  }
}

export const PAPI_DATA_SHEET = SHEET_NAMES.papiData;
