/**
 * The written tracker in a second spreadsheet program: LibreOffice opens it headless, recalculates every formula
 * (scripts/lo-render.sh forces it) and exports CSV, PDF and PNG. No formula error anywhere; every formula
 * result equals what the core computed; overdue and done rows carry their colours on the rendered page.
 * Outputs are kept under artifacts/tracker-libreoffice/.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { runTrack, type TrackOutcome } from '../../src/cli/commands/track';
import type { SpecValue } from '../../src/core/sheetspec';
import { LO_RENDER } from '../support/fixtures';
import { fixturePlan, ROOT } from '../core/tracker/helpers';
import { countColour, decodePng, firstRowWith, readCsv } from '../core/tracker/render';
import { headerIndex, openBook, planRow, rowsOf } from '../core/tracker/xlsx';
import { BUCKET_KEYS } from '../../src/core/tracker/status';

const TODAY = '2025-09-30';
const OUT = path.join(ROOT, 'artifacts', 'tracker-libreoffice');
const RENDER = LO_RENDER;
const NAME = 'hanoi-theo-doi';
const ODD_AGENCY = 'Sở * Thử?~';

/** Compares a rendered cell with the result the core computed. */
function agrees(shown: string, want: SpecValue): boolean {
  if (want === null || want === '') return shown === '';
  if (typeof want === 'string') return shown === want;
  if (typeof want === 'boolean') return shown.toUpperCase() === String(want).toUpperCase();
  if (typeof want === 'object') {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
    return !!m && `${m[3]}-${m[2]}-${m[1]}` === want.date;
  }
  // Days past the due date show as "quá 122 ngày" (a number format on a number cell).
  const over = /^quá (\d+) ngày$/.exec(shown);
  if (over) return typeof want === 'number' && want === -Number(over[1]);
  const pct = shown.endsWith('%');
  const text = shown.replace('%', '').replace(/\s/g, '');
  const num = Number(/^-?[\d.]+$/.test(text) ? text : text.replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(num)) return false;
  const decimals = (text.split(/[.,]/)[1] ?? '').length;
  const tol = 0.5 * 10 ** -decimals + 1e-9;
  return Math.abs((pct ? want * 100 : want) - num) <= tol;
}

describe('the tracker in LibreOffice', () => {
  let outcome: TrackOutcome;
  let written: ExcelJS.Workbook;
  const file = path.join(OUT, `${NAME}.xlsx`);
  const csv = (sheet: string) => path.join(OUT, 'render', `${NAME}-${sheet}.csv`);

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const input = path.join(OUT, 'hanoi.xlsx');
    copyFileSync(fixturePlan(), input);
    const first = path.join(OUT, 'hanoi-1.xlsx');
    await runTrack({ input, output: first, today: TODAY, fixedToday: true });
    // Two tasks done (one was overdue), so the page shows both colours; refresh to get the core's numbers.
    const wb = await openBook(first);
    const t = wb.getWorksheet('Theo dõi Phụ lục 1')!;
    for (const key of ['A.I.2', 'A.I.3'])
      t.getCell(rowsOf(t, key)[0], headerIndex(t, 'Trạng thái')).value = 'Hoàn thành';
    // Some paused and some in progress (every bucket then holds tasks on this date), away from the rows checked below.
    let n = 0;
    for (let r = 6; r <= t.rowCount; r++) {
      const key = t.getCell(r, 1).text;
      if (!/^[A-Z]\.[IVX]+\.\d+$/.test(key) || ['A.I.1', 'A.I.2', 'A.I.3'].includes(key)) continue;
      const typed = n % 9 === 4 ? 'Tạm dừng' : n % 9 === 7 ? 'Đang thực hiện' : null;
      if (typed) t.getCell(r, headerIndex(t, 'Trạng thái')).value = typed;
      n++;
    }
    // A lead naming an agency with wildcard characters and one whose name is inside a longer one ("Sở Nội" in "Sở Nội vụ").
    const plan = wb.getWorksheet('Phụ lục 1')!;
    const leadRow = planRow(plan, 'Kiểm tra, đôn đốc, tăng cường kỷ luật');
    expect(plan.getCell(leadRow, 4).text).toBe('Sở Tư pháp');
    plan.getCell(leadRow, 4).value = `Sở Tư pháp; ${ODD_AGENCY}; Sở Nội`;
    await wb.xlsx.writeFile(first);
    outcome = await runTrack({ input: first, output: file, today: TODAY, fixedToday: true });
    written = await openBook(file);
    execFileSync('bash', [RENDER, file, path.join(OUT, 'render')], { stdio: 'pipe', timeout: 240000 });
  }, 300000);

  it('renders every sheet without a formula error', () => {
    const csvs = readdirSync(path.join(OUT, 'render')).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBe(written.worksheets.length);
    for (const f of csvs) {
      const text = readFileSync(path.join(OUT, 'render', f), 'utf8');
      expect({ f, bad: text.match(/Err:\d+|#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!/g) }).toEqual({ f, bad: null });
    }
  });

  it('computes every formula to what the core computed (counts, totals, alerts, ranks, bars)', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const spec of outcome.set.sheets) {
      const grid = readCsv(csv(spec.name));
      spec.cells.forEach((row, r) =>
        row?.forEach((c, k) => {
          if (!c || c.f === undefined || c.r === undefined || c.link) return;
          const shown = grid[r]?.[k] ?? '';
          checked++;
          if (!agrees(shown, c.r))
            wrong.push(
              `${spec.name}!R${r + 1}C${k + 1}: LibreOffice "${shown}" vs chiso ${JSON.stringify(c.r)} (${c.f})`,
            );
        }),
      );
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    // And the core's counts are the real ones for this plan and date.
    expect(outcome.stats).toMatchObject({ tasks: 139, buckets: { done: 2 } });
    expect(outcome.stats.buckets.overdue).toBeGreaterThan(0);
  });

  it('shows the summary totals and the published PAPI rank', () => {
    const summary = readCsv(csv('Tổng hợp'));
    const total = summary.find((r) => r[0] === 'Tổng cộng / Total')!;
    const b = outcome.stats.buckets;
    // As LibreOffice computes them: the tasks, then each bucket in the model's order, adding up to the tasks.
    const counted = total.slice(1, 9).map(Number);
    expect(counted).toEqual([139, ...BUCKET_KEYS.map((k) => b[k])]);
    expect(BUCKET_KEYS.filter((k) => b[k] === 0)).toEqual([]);
    expect(counted.slice(1).reduce((x, y) => x + y, 0)).toBe(counted[0]);
    // Every count row (by agency, by section, the total), as LibreOffice computes it, adds up.
    const countRows = summary.filter((r) => r.slice(1, 9).every((c) => /^\d+$/.test(c ?? '')));
    expect(countRows.length).toBeGreaterThan(10);
    for (const r of countRows) {
      const [tasks, ...buckets] = r.slice(1, 9).map(Number);
      expect({ row: r[0], sum: buckets.reduce((x, y) => x + y, 0) }).toEqual({ row: r[0], sum: tasks });
    }
    const papi = readCsv(csv('Theo dõi Phụ lục 4'));
    const rank = papi.find((r) => (r[0] ?? '').startsWith('Hạng nếu so'))!;
    expect(rank[4]).toBe('29');
    // Nothing typed yet: the estimate keeps the published total, so its rank is the published one too.
    const papiTotal = papi.find((r) => r[4] === '43,7747' || r[4] === '43.7747')!;
    expect(papiTotal[6]).toBe(papiTotal[4]);
    expect(rank[6]).toBe('29');
    expect(summary.find((r) => r[0].startsWith('PAPI'))?.[7]).toBe('29');
  });

  it('counts a task for each agency its lead names, exactly (wildcards, names inside longer names)', () => {
    const summary = readCsv(csv('Tổng hợp'));
    const count = (label: string) => summary.find((r) => r[0] === label)?.[1];
    expect(count(ODD_AGENCY)).toBe('1');
    expect(count('Sở Nội')).toBe('1');
    const core = (label: string) =>
      outcome.set.sheets.find((s) => s.kind === 'summary')!.cells.find((r) => r?.[0]?.v === label)?.[1]?.r;
    expect(core('Sở Nội vụ')).toBe(9);
    expect(count('Sở Nội vụ')).toBe('9');
    const ubnd = core('UBND cấp xã');
    expect(typeof ubnd).toBe('number');
    expect(count('UBND cấp xã')).toBe(String(ubnd as number));
  });

  it('colours an overdue row red and a done row green (CSV values + the written rules)', () => {
    const rows = readCsv(csv('Theo dõi Phụ lục 1'));
    const alertCol = rows[4].indexOf('Cảnh báo');
    const alertOf = (key: string) => rows.find((r) => r[0] === key)?.[alertCol];
    expect(alertOf('A.I.1')).toBe('Quá hạn');
    // Its days left, a negative number, read as "quá N ngày" in LibreOffice.
    const leftCol = rows[4].indexOf('Còn lại (ngày)');
    expect(rows.find((r) => r[0] === 'A.I.1')?.[leftCol]).toMatch(/^quá \d+ ngày$/);
    expect(alertOf('A.I.2')).toBe('Hoàn thành');
    const t = written.getWorksheet('Theo dõi Phụ lục 1')!;
    const rules = (
      t as unknown as {
        conditionalFormattings: Array<{
          rules: Array<{ formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }>;
        }>;
      }
    ).conditionalFormattings[0].rules;
    const fillFor = (text: string) =>
      rules.find((r) => r.formulae?.[0]?.endsWith(`="${text}"`))?.style?.fill?.bgColor?.argb;
    expect(fillFor('Quá hạn')).toBe('FFFFC7CE');
    expect(fillFor('Hoàn thành')).toBe('FFC6EFCE');
  });

  it('shows those colours on the rendered page, below the header row (not just in the legend)', () => {
    const pdf = path.join(OUT, 'render', `${NAME}.pdf`);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const page = pages.findIndex((p) => p.includes('Theo dõi thực hiện nhiệm vụ')) + 1;
    expect(page).toBeGreaterThan(0);
    const prefix = path.join(OUT, 'task-page');
    execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '80', '-png', pdf, prefix]);
    const png = readdirSync(OUT).find((f) => f.startsWith('task-page') && f.endsWith('.png'))!;
    const img = decodePng(readFileSync(path.join(OUT, png)));
    const header = firstRowWith(img, '1F4E78');
    expect(header).toBeGreaterThan(0);
    expect(countColour(img, 'FFC7CE', header)).toBeGreaterThan(500);
    expect(countColour(img, 'C6EFCE', header)).toBeGreaterThan(500);
    expect(existsSync(path.join(OUT, 'render', `${NAME}.pdf`))).toBe(true);
  });
});
