/**
 * "Tổng hợp": per task tracker, tasks in total / done / overdue / due soon by lead agency and by section
 * (COUNTIFS over the tracker's columns); per index, the maximum, last year's result, target and estimate totals
 * (references to the score trackers' total rows), with in-cell bars (REPT).
 */
import { colLetter } from '../grid';
import { formulaText, quoteSheet, setCell, type SheetSpec, type SpecCell } from '../sheetspec';
import { ALERT } from './labels';
import { INDEX_NAME } from './score-model';
import type { ScoreSheetInfo } from './score-sheet';
import { fitRowHeights } from './parts';
import { STYLES, TAB_COLOR } from './styles';
import { TODAY_CELL, SOON_CELL, type Counts, type TaskSheetInfo } from './task-sheet';

const COUNT_HEADERS = ['Tổng số', 'Hoàn thành', 'Quá hạn', 'Sắp đến hạn', 'Tỷ lệ hoàn thành', 'Tiến độ'];
const BAR = '█';

/** COUNTIFS takes the criterion as a pattern: long text, wildcards or a leading operator need SUMPRODUCT instead. */
export function safeCriterion(s: string): boolean {
  return s.length <= 250 && !/[*?~]/.test(s) && !/^[=<>]/.test(s);
}

function countFormulas(t: TaskSheetInfo, crit: { cell?: string; literal?: string; col: string } | null): string[] {
  const q = quoteSheet(t.name);
  const rng = (c: string) => `${q}!$${c}$${t.firstRow}:$${c}$${t.lastRow}`;
  const alert = rng(t.col.alert);
  const lit = (s: string) => formulaText(s);
  if (!crit) {
    return [
      `COUNTIF(${alert},"<>")-COUNTIF(${alert},${lit(ALERT.removed)})`,
      `COUNTIF(${alert},${lit(ALERT.done)})`,
      `COUNTIF(${alert},${lit(ALERT.overdue)})`,
      `COUNTIF(${alert},${lit(ALERT.soon)})`,
    ];
  }
  const by = rng(crit.col);
  const c = crit.cell ?? lit(crit.literal ?? '');
  if (safeCriterion(crit.literal ?? '')) {
    const n = (a: string) => `COUNTIFS(${by},${c},${alert},${a})`;
    return [`${n('"<>"')}-${n(lit(ALERT.removed))}`, n(lit(ALERT.done)), n(lit(ALERT.overdue)), n(lit(ALERT.soon))];
  }
  const sp = (test: string) => `SUMPRODUCT((${by}=${c})*(${test}))`;
  return [
    `${sp(`${alert}<>""`)}-${sp(`${alert}=${lit(ALERT.removed)}`)}`,
    sp(`${alert}=${lit(ALERT.done)}`),
    sp(`${alert}=${lit(ALERT.overdue)}`),
    sp(`${alert}=${lit(ALERT.soon)}`),
  ];
}

function countRow(spec: SheetSpec, r: number, label: SpecCell, f: string[], counts: Counts, bold = false): void {
  setCell(spec, r, 1, label);
  const vals = [counts.total, counts.done, counts.overdue, counts.soon];
  f.forEach((formula, i) => setCell(spec, r, i + 2, { f: formula, r: vals[i], s: bold ? 'intBold' : 'int' }));
  const rate = counts.total ? counts.done / counts.total : '';
  setCell(spec, r, 6, { f: `IF(B${r}=0,"",C${r}/B${r})`, r: rate, s: 'pct' });
  setCell(spec, r, 7, { f: `IF(F${r}="","",REPT("${BAR}",ROUND(F${r}*20,0)))`, r: typeof rate === 'number' ? BAR.repeat(Math.round(rate * 20)) : '', s: 'bar' });
}

export function buildSummarySheet(name: string, tasks: TaskSheetInfo[], scores: ScoreSheetInfo[], ctx: { today: string; soonDays: number }): SheetSpec {
  const spec: SheetSpec = {
    name, kind: 'summary', styles: STYLES, cells: [], tabColor: TAB_COLOR.summary,
    cols: [{ width: 48 }, { width: 13 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 24 }, { width: 12 }, { width: 18 }],
    print: { landscape: true, paper: 'A4', fitToWidth: true },
  };
  setCell(spec, 1, 1, { v: 'Tổng hợp theo dõi thực hiện kế hoạch / Tracker summary', s: 'title' });
  const first = tasks[0];
  if (first) {
    const ref = (c: { row: number; col: number }) => `${quoteSheet(first.name)}!$${colLetter(c.col)}$${c.row}`;
    setCell(spec, 2, 1, { v: 'Ngày tính / As of:', s: 'label' });
    setCell(spec, 2, 2, { f: ref(TODAY_CELL), r: { date: ctx.today }, s: 'settingDate' });
    setCell(spec, 3, 1, { v: 'Sắp đến hạn trong (ngày):', s: 'label' });
    setCell(spec, 3, 2, { f: ref(SOON_CELL), r: ctx.soonDays, s: 'setting' });
  }
  let r = 5;
  const header = (title: string, cols: string[]) => {
    setCell(spec, r++, 1, { v: title, s: 'title' });
    cols.forEach((h, i) => setCell(spec, r, i + 1, { v: h, s: 'header' }));
    r++;
  };
  for (const t of tasks) {
    header(`${t.name}: theo cơ quan chủ trì / by lead agency`, ['Cơ quan chủ trì', ...COUNT_HEADERS]);
    for (const a of t.agencies) countRow(spec, r++, { v: a.name, s: 'text' }, countFormulas(t, { cell: `$A${r - 1}`, col: t.col.lead, literal: a.name }), a.counts);
    countRow(spec, r++, { v: 'Tổng cộng / Total', s: 'group' }, countFormulas(t, null), t.total, true);
    r++;
    if (t.parts.length) {
      header(`${t.name}: theo phần / by section`, ['Phần', ...COUNT_HEADERS]);
      for (const p of t.parts) {
        const label = p.title ? `${p.label}. ${p.title}` : p.label;
        countRow(spec, r++, { v: label, s: 'text' }, countFormulas(t, { literal: p.label, col: t.col.part }), p.counts);
      }
      r++;
    }
  }
  if (scores.length) {
    header('Điểm theo chỉ số / Scores by index', ['Chỉ số', 'Điểm tối đa', 'Kết quả năm trước', 'Mục tiêu', 'Ước đạt', 'Ước đạt / mục tiêu', 'Tiến độ', 'Hạng (ước đạt)', 'Nhóm (ước đạt)']);
    for (const s of scores) {
      const q = quoteSheet(s.name);
      setCell(spec, r, 1, { v: `${INDEX_NAME[s.index]} — ${s.name}`, s: 'text' });
      (['max', 'result', 'target', 'estimate'] as const).forEach((f, i) => {
        const v = s.totals[f];
        setCell(spec, r, i + 2, { f: `${q}!${s.cols[f]}${s.totalRow}`, r: v, s: 'score' });
      });
      const t = s.totals.target;
      const e = s.totals.estimate;
      const ratio = typeof t === 'number' && typeof e === 'number' && t !== 0 ? e / t : '';
      setCell(spec, r, 6, { f: `IF(AND(ISNUMBER(D${r}),ISNUMBER(E${r})),IF(D${r}=0,"",E${r}/D${r}),"")`, r: ratio, s: 'pct' });
      const bar = typeof ratio === 'number' ? BAR.repeat(Math.round(Math.min(ratio, 1) * 20)) : '';
      setCell(spec, r, 7, { f: `IF(F${r}="","",REPT("${BAR}",ROUND(MIN(F${r},1)*20,0)))`, r: bar, s: 'bar' });
      if (s.papi) {
        setCell(spec, r, 8, { f: `${q}!${s.papi.rankCell}`, r: s.papi.rank.estimate ?? '', s: 'int' });
        setCell(spec, r, 9, { f: `${q}!${s.papi.groupCell}`, r: s.papi.group.estimate ?? '', s: 'textCenter' });
      }
      r++;
    }
  }
  fitRowHeights(spec, 5, r);
  return spec;
}
