/**
 * The self-assessment in the official's tracker workbook (issue 21): the pane in Excel (OfficePort over the recording
 * fake), the page in file mode and `chiso assess TRACKER -o TRACKER` write the same three sheets beside the tracker;
 * the tracker's own "Vấn đề" is left alone; the marker lists both; the tracker's refresh (CLI and pane) keeps the
 * assessment sheets and their entries; criterion 1.1 follows the tracker's done tasks as PAR.RATIO says.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { openFilePort } from '../../src/adapters/browser/file-port';
import { OfficePort } from '../../src/adapters/office';
import { ASSESS_PROBLEMS_SHARED, ASSESS_SHEETS } from '../../src/core/assess';
import { parRatio } from '../../src/core/score/par';
import { buildAssessOnPort } from '../../src/taskpane/assess';
import { trackFlow } from '../../src/taskpane/flows';
import { fakeHost } from '../adapters/office/fake-excel';
import { fakeBookOf, fakeCells } from '../adapters/office/helpers';
import { runChiso } from '../support/cli';
import { LO_RENDER, planFile } from '../support/fixtures';
import { xlsxView, type View } from './surfaces';

const TODAY = '2025-09-30';
const ASSESS = [ASSESS_SHEETS.assess, ASSESS_SHEETS.evidence, ASSESS_PROBLEMS_SHARED];
let dir: string;
let plan: string;
let tracker: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-assess-beside-'));
  plan = path.join(dir, 'ke-hoach.xlsx');
  copyFileSync(planFile(), plan);
  tracker = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  expect((await runChiso(['track', plan, '--today', TODAY], TODAY)).code).toBe(0);
}, 120000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const copyOf = (name: string) => {
  const f = path.join(dir, name);
  copyFileSync(tracker, f);
  return f;
};

/** The marker's rows as "sheet|kind". */
function markerRows(v: View): string[] {
  const m = v.cells.get('_chiso') ?? new Map<string, unknown>();
  const out: string[] = [];
  for (let r = 5; m.has(`A${r}`); r++) out.push(`${String(m.get(`A${r}`))}|${String(m.get(`B${r}`))}`);
  return out;
}

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rowOfKey(ws: ExcelJS.Worksheet, key: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === key) return r;
  throw new Error(`no row ${key}`);
}

function colOf(ws: ExcelJS.Worksheet, headerRow: number, header: string): number {
  const row = ws.getRow(headerRow);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).text.startsWith(header)) return c;
  throw new Error(`no column ${header}`);
}

describe('the self-assessment beside the tracker', () => {
  let cliView: View;

  test('the CLI, the page and the Excel pane write the same sheets into the tracker; its "Vấn đề" is untouched', async () => {
    const before = await xlsxView(tracker);
    const cliFile = copyOf('cli.xlsx');
    const r = await runChiso(['assess', cliFile, '-o', cliFile, '--today', TODAY], TODAY);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/Nhiệm vụ hoàn thành \/ Tasks done: 0\/139/);
    cliView = await xlsxView(cliFile);

    const port = await openFilePort(new Uint8Array(readFileSync(tracker)), path.basename(tracker));
    const page = await buildAssessOnPort(port, TODAY);
    expect(page.ok).toBe(true);
    expect(page.message.vi).toContain(`"${ASSESS_PROBLEMS_SHARED}"`);
    const pageFile = path.join(dir, 'page.xlsx');
    writeFileSync(pageFile, (await port.download()).bytes);
    const pageView = await xlsxView(pageFile);

    const fake = await fakeBookOf(tracker);
    fake.name = path.basename(tracker);
    const excel = await buildAssessOnPort(new OfficePort(fakeHost(fake)), TODAY);
    expect(excel.ok).toBe(true);
    const names = fake.sheets.map((s) => s.name);

    // Every sheet the tracker had, then the three sheets of the assessment.
    expect(cliView.names).toEqual([...before.names, ...ASSESS]);
    expect(pageView.names).toEqual(cliView.names);
    expect(names).toEqual(cliView.names);
    for (const s of ASSESS) {
      const cells = cliView.cells.get(s);
      expect(cells?.size).toBeGreaterThan(10);
      expect(pageView.cells.get(s)).toEqual(cells);
      expect(fakeCells(fake.sheet(s)!)).toEqual(cells);
    }
    // The tracker's sheets are as they were (its problems list above all); the marker lists both, tracker first.
    for (const s of before.names.filter((n) => n !== '_chiso'))
      expect(cliView.cells.get(s)).toEqual(before.cells.get(s));
    expect(markerRows(cliView)).toEqual([
      ...markerRows(before),
      `${ASSESS_SHEETS.assess}|assess`,
      `${ASSESS_SHEETS.evidence}|evidence`,
      `${ASSESS_PROBLEMS_SHARED}|assessProblems`,
    ]);
    expect(markerRows(pageView)).toEqual(markerRows(cliView));
    expect(cliView.dangling).toEqual([]);
  }, 180000);

  test('a tracker refresh keeps the assessment and its entries; 1.1 then follows the tasks marked done', async () => {
    const file = copyOf('combined.xlsx');
    expect((await runChiso(['assess', file, '-o', file, '--today', TODAY], TODAY)).code).toBe(0);
    // The official types a self-score and an explanation, and marks 120 tasks done in the tracker.
    const wb = await book(file);
    const a = wb.getWorksheet(ASSESS_SHEETS.assess)!;
    const row = rowOfKey(a, '1.3.1');
    a.getRow(row).getCell(colOf(a, 5, 'Điểm tự chấm')).value = 0.5;
    a.getRow(row).getCell(colOf(a, 5, 'Giải trình')).value = 'Đã ban hành muộn';
    const t = wb.worksheets.find((w) => w.name.startsWith('Theo dõi Phụ lục 1'))!;
    let header = 0;
    for (let r = 1; r < 20 && !header; r++) if (t.getRow(r).getCell(1).value === 'Mã') header = r;
    const status = colOf(t, header, 'Trạng thái');
    const kind = colOf(t, header, 'Loại hạn');
    let marked = 0;
    for (let r = header + 1; r <= t.rowCount && marked < 120; r++) {
      if (!t.getRow(r).getCell(kind).value) continue;
      t.getRow(r).getCell(status).value = 'Hoàn thành';
      marked++;
    }
    await wb.xlsx.writeFile(file);
    const typed = (await xlsxView(file)).cells;

    // The tracker's refresh (CLI): the assessment's sheets come through cell for cell, the marker still lists them.
    const r = await runChiso(['track', plan, '-o', file, '--today', TODAY], TODAY);
    expect(r.code).toBe(0);
    const refreshed = await xlsxView(file);
    for (const s of ASSESS) expect(refreshed.cells.get(s)).toEqual(typed.get(s));
    expect(markerRows(refreshed).filter((e) => /assess|evidence/i.test(e))).toEqual([
      `${ASSESS_SHEETS.assess}|assess`,
      `${ASSESS_SHEETS.evidence}|evidence`,
      `${ASSESS_PROBLEMS_SHARED}|assessProblems`,
    ]);

    // The pane's tracker refresh in Excel keeps them too.
    const fake = await fakeBookOf(file);
    fake.name = path.basename(file);
    const port = new OfficePort(fakeHost(fake));
    await trackFlow(port, { today: TODAY, fixedToday: true });
    for (const s of ASSESS) expect(fakeCells(fake.sheet(s)!)).toEqual(typed.get(s));

    // The assessment again (the pane, on the refreshed workbook): entries kept, 1.1 = PAR.RATIO(120, 139, 1,5).
    const again = await buildAssessOnPort(port, TODAY);
    expect([again.ok, again.refreshed]).toEqual([true, true]);
    const entry = again.run?.built.entries.get('1.3.1');
    expect([entry?.selfScore, entry?.explanation]).toEqual([0.5, 'Đã ban hành muộn']);
    const want = parRatio(120, 139, 1.5);
    if (!('value' in want)) throw new Error('ratio failed');
    expect(again.run?.built.result.ratio).toMatchObject({ done: 120, planned: 139 });
    expect(again.run?.built.result.ratio?.score).toBeCloseTo(want.value, 9);
    // 120/139 = 86 % (above the 80 % threshold): 1,5 × 120/139, worked by hand.
    expect(want.value).toBeCloseTo((1.5 * 120) / 139, 9);
  }, 240000);

  test('the other order: the assessment in the plan workbook first, then the tracker takes "Vấn đề"', async () => {
    const port = await openFilePort(new Uint8Array(readFileSync(plan)), path.basename(plan));
    const first = await buildAssessOnPort(port, TODAY);
    expect(first.ok).toBe(true);
    expect(first.run?.built.result.ratio).toBeNull(); // a plan alone: nothing is known to be done
    expect(first.run?.built.names.problems).toBe(ASSESS_PROBLEMS_SHARED);
    const tracked = await trackFlow(port, { today: TODAY, fixedToday: true });
    expect(tracked.sheets.map((x) => x.name)).toContain('Vấn đề');
    const names = await port.sheetNames();
    expect(names).toEqual(expect.arrayContaining([...ASSESS, 'Tổng hợp', 'Vấn đề']));
    expect(names.filter((n) => n.startsWith('Vấn đề'))).toEqual(['Vấn đề tự đánh giá', 'Vấn đề']);
    const again = await buildAssessOnPort(port, TODAY);
    expect([again.ok, again.refreshed, again.run?.built.result.ratio?.planned]).toEqual([true, true, 139]);
  }, 180000);

  test('the tracker with its assessment opens in LibreOffice with no formula error on any sheet', () => {
    const file = path.join(dir, 'cli.xlsx');
    const render = path.join(dir, 'render');
    mkdirSync(render, { recursive: true });
    execFileSync('bash', [LO_RENDER, file, render], { stdio: 'pipe', timeout: 240000 });
    const csvs = readdirSync(render).filter((f) => f.endsWith('.csv'));
    // Every visible sheet: the plan's, the tracker's and the assessment's three.
    expect(csvs.length).toBeGreaterThanOrEqual(6);
    expect(csvs.some((f) => f.normalize('NFC').includes(ASSESS_PROBLEMS_SHARED))).toBe(true);
    for (const f of csvs) {
      const text = readFileSync(path.join(render, f), 'utf8');
      const err = /#(REF!|VALUE!|NAME\?|DIV\/0!|N\/A|NUM!)|Err:\d+/.exec(text)?.[0] ?? null;
      expect({ f, err }).toEqual({ f, err: null });
    }
  }, 300000);

  test('`-o` naming the input is refused when the input is not a tracker (the plan is never written)', async () => {
    const copy = path.join(dir, 'plan-copy.xlsx');
    copyFileSync(plan, copy);
    const bytes = readFileSync(copy);
    const r = await runChiso(['assess', copy, '-o', copy, '--today', TODAY], TODAY);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Tệp ra trùng tệp vào/);
    expect(readFileSync(copy).equals(bytes)).toBe(true);
  }, 60000);
});
