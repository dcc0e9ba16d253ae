/**
 * "Tổng hợp": per task tracker, the tasks and their buckets of the status model (status.ts; they add up to the
 * tasks) by lead agency and by section; per index, the maximum, last year's result, target and estimate totals
 * (references to the score trackers' total rows), with in-cell bars (REPT).
 * By agency: a lead cell naming several agencies counts for each (agencies.ts). Every task row carries its agencies'
 * keys in a hidden column ("|so noi vu|ubnd cap xa|"); the summary counts the rows whose list holds "|key|" with
 * SUMPRODUCT(ISNUMBER(FIND(…))…): FIND knows no wildcards (a name may hold * ? ~), is exact on the delimited key
 * (no name matches inside a longer one) and has no 255-character limit (the key sits in a hidden cell, column L).
 * The sheet is rebuilt on every run: its header says so.
 */
import { colLetter } from '../grid';
import { formulaText, pagePrint, quoteSheet, setCell, type SheetSpec, type SpecCell } from '../sheetspec';
import { ALERT } from './labels';
import { BUCKETS, BUCKET_KEYS } from './status';
import { INDEX_NAME } from './score-model';
import type { ScoreSheetInfo } from './score-model';
import { fitRowHeights } from './parts';
import { nextReportLine } from '../report/period';
import { formatVnDate } from '../text';
import { FONT, STYLES, TAB_COLOR } from './styles';
import { TODAY_CELL, SOON_CELL, type Counts, type TaskSheetInfo } from './task-sheet';

/** Tasks, then one column per bucket of the status model in its order, then % done and its bar. */
const COUNT_HEADERS = ['Tổng số', ...BUCKETS.map((b) => b.vi), 'Tỷ lệ hoàn thành', 'Tiến độ'];
const BAR = '█';
/** Columns of the counts: B the tasks, then the buckets, then % done and its bar. */
const RATE_COL = 3 + BUCKETS.length;
/** Column of the hidden agency key on the summary. */
const KEY_COL = RATE_COL + 2;
const DONE_COL = colLetter(3 + BUCKET_KEYS.indexOf('done'));

/** An in-cell bar of `fraction` (0–1) × 20 blocks: never a negative or non-finite count. */
export function bar(fraction: number): string {
  const n = Math.round(Math.min(fraction, 1) * 20);
  return Number.isFinite(n) && n > 0 ? BAR.repeat(n) : '';
}

/** COUNTIFS takes the criterion as a pattern: long text, wildcards or a leading operator need SUMPRODUCT instead. */
export function safeCriterion(s: string): boolean {
  return s.length <= 250 && !/[*?~]/.test(s) && !/^[=<>]/.test(s);
}

/**
 * The count formulas of a row: the tasks (non-empty alerts that are not the removed marker), then each bucket (its
 * word in "Cảnh báo"). `count(test)` counts the rows where the test on the alert range holds.
 */
function bucketFormulas(count: (test: { word?: string; total?: boolean }) => string): string[] {
  return [count({ total: true }), ...BUCKETS.map((b) => count({ word: b.vi }))];
}

/** Counts of the rows whose hidden agency-key list holds the key in cell `keyCell`. */
function agencyFormulas(t: TaskSheetInfo, keyCell: string): string[] {
  const q = quoteSheet(t.name);
  const rng = (c: string) => `${q}!$${c}$${t.firstRow}:$${c}$${t.lastRow}`;
  const alert = rng(t.col.alert);
  const has = `ISNUMBER(FIND("|"&${keyCell}&"|",${rng(t.col.agencyKeys)}))`;
  const lit = (s: string) => formulaText(s);
  return bucketFormulas(({ word, total }) =>
    total
      ? `SUMPRODUCT(${has}*(${alert}<>"")*(${alert}<>${lit(ALERT.removed)}))`
      : `SUMPRODUCT(${has}*(${alert}=${lit(word ?? '')}))`,
  );
}

function countFormulas(t: TaskSheetInfo, crit: { cell?: string; literal?: string; col: string } | null): string[] {
  const q = quoteSheet(t.name);
  const rng = (c: string) => `${q}!$${c}$${t.firstRow}:$${c}$${t.lastRow}`;
  const alert = rng(t.col.alert);
  const lit = (s: string) => formulaText(s);
  if (!crit) {
    return bucketFormulas(({ word, total }) =>
      total ? `COUNTIF(${alert},"<>")-COUNTIF(${alert},${lit(ALERT.removed)})` : `COUNTIF(${alert},${lit(word ?? '')})`,
    );
  }
  const by = rng(crit.col);
  const c = crit.cell ?? lit(crit.literal ?? '');
  if (safeCriterion(crit.literal ?? '')) {
    const n = (a: string) => `COUNTIFS(${by},${c},${alert},${a})`;
    return bucketFormulas(({ word, total }) => (total ? `${n('"<>"')}-${n(lit(ALERT.removed))}` : n(lit(word ?? ''))));
  }
  const sp = (test: string) => `SUMPRODUCT((${by}=${c})*(${test}))`;
  return bucketFormulas(({ word, total }) =>
    total ? `${sp(`${alert}<>""`)}-${sp(`${alert}=${lit(ALERT.removed)}`)}` : sp(`${alert}=${lit(word ?? '')}`),
  );
}

function countRow(spec: SheetSpec, r: number, label: SpecCell, f: string[], counts: Counts, bold = false): void {
  setCell(spec, r, 1, label);
  const vals = [counts.total, ...BUCKET_KEYS.map((k) => counts[k])];
  f.forEach((formula, i) => setCell(spec, r, i + 2, { f: formula, r: vals[i], s: bold ? 'intBold' : 'int' }));
  const rate = counts.total ? counts.done / counts.total : '';
  const rc = colLetter(RATE_COL);
  setCell(spec, r, RATE_COL, { f: `IF(B${r}=0,"",${DONE_COL}${r}/B${r})`, r: rate, s: 'pct' });
  setCell(spec, r, RATE_COL + 1, {
    f: `IF(${rc}${r}="","",REPT("${BAR}",MAX(0,ROUND(MIN(${rc}${r},1)*20,0))))`,
    r: typeof rate === 'number' ? bar(rate) : '',
    s: 'bar',
  });
}

/** The summary's header line: it is rebuilt on every run. */
export const REGENERATED_NOTE =
  'Trang này được tạo lại mỗi lần chạy chiso: đừng ghi chú ở đây (ghi ở cột "Ghi chú" của trang theo dõi). / Rebuilt on every run: type notes in the trackers, not here.';

export function buildSummarySheet(
  name: string,
  tasks: TaskSheetInfo[],
  scores: ScoreSheetInfo[],
  ctx: { today: string; soonDays: number },
): SheetSpec {
  const spec: SheetSpec = {
    name,
    kind: 'summary',
    styles: STYLES,
    cells: [],
    tabColor: TAB_COLOR.summary,
    // B the tasks, C–I the buckets (G also holds the score bar, I the PAPI group), J % done, K its bar, L hidden keys.
    cols: [
      { width: 48 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 22 },
      { width: 12 },
      { width: 18 },
      { width: 12 },
      { width: 24 },
      { width: 30, hidden: true },
    ],
  };
  setCell(spec, 1, 1, { v: 'Tổng hợp theo dõi thực hiện kế hoạch / Tracker summary', s: 'title' });
  setCell(spec, 4, 1, { v: REGENERATED_NOTE, s: 'note' });
  spec.merges = [...(spec.merges ?? []), `A4:${colLetter(RATE_COL + 1)}4`];
  // Issue 20: the periodic report being prepared on the as-of day (right of the settings; the text overflows).
  setCell(spec, 2, 4, { v: nextReportLine(ctx.today, formatVnDate), s: 'subtitle' });
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
    for (const a of t.agencies) {
      setCell(spec, r, KEY_COL, { v: a.key, s: 'text' });
      countRow(spec, r, { v: a.name, s: 'text' }, agencyFormulas(t, `$${colLetter(KEY_COL)}${r}`), a.counts);
      r++;
    }
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
    // The PAPI year the rank and group are compared with, shown with them (issue 18: one year rule, always named).
    const papiYear = scores.find((x) => x.papi)?.papi?.year;
    const inYear = papiYear ? `, ${papiYear}` : '';
    header('Điểm theo chỉ số / Scores by index', [
      'Chỉ số',
      'Điểm tối đa',
      'Kết quả năm trước',
      'Mục tiêu',
      'Ước đạt',
      'Ước đạt / mục tiêu',
      'Tiến độ',
      `Hạng (ước đạt${inYear})`,
      `Nhóm (ước đạt${inYear})`,
    ]);
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
      setCell(spec, r, 6, {
        f: `IF(AND(ISNUMBER(D${r}),ISNUMBER(E${r})),IF(D${r}=0,"",E${r}/D${r}),"")`,
        r: ratio,
        s: 'pct',
      });
      setCell(spec, r, 7, {
        f: `IF(F${r}="","",REPT("${BAR}",MAX(0,ROUND(MIN(F${r},1)*20,0))))`,
        r: typeof ratio === 'number' ? bar(ratio) : '',
        s: 'bar',
      });
      if (s.papi) {
        setCell(spec, r, 8, { f: `${q}!${s.papi.rankCell}`, r: s.papi.rank.estimate ?? '', s: 'int' });
        setCell(spec, r, 9, { f: `${q}!${s.papi.groupCell}`, r: s.papi.group.estimate ?? '', s: 'textCenter' });
      }
      r++;
    }
  }
  fitRowHeights(spec, 4, r);
  spec.print = pagePrint(spec, { bodyPt: FONT.size });
  return spec;
}
