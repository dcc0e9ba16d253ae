/**
 * The three surfaces chiso ships, driven the way an official drives each: `chiso track` (runTrack, a plan file and
 * an output it refreshes), the page in file mode (the real FilePort and the pane's trackFlow; the official downloads,
 * edits in another program, picks the file again) and the Excel pane (the pane's trackFlow over OfficePort on the
 * recording fake). Each offers the same steps — track, type into the tracker, remove a plan sheet, switch to another
 * plan, put a chart on a chiso sheet — and shows its workbook the same way for the harness to compare.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { openFilePort } from '../../src/adapters/browser/file-port';
import { OfficePort } from '../../src/adapters/office';
import { importWordSheets } from '../../src/adapters/browser/word-import';
import { runTrack } from '../../src/cli/commands/track';
import { sheetRefs } from '../../src/core/app/references';
import type { FilePort } from '../../src/core/app/port';
import { parseA1 } from '../../src/core/grid';
import { OpcPackage } from '../../src/adapters/xlsx/package/opc';
import { trackFlow } from '../../src/taskpane/flows';
import { fakeHost, type FakeBook } from '../adapters/office/fake-excel';
import { fakeCells, fakeBookOf, xlsxCells } from '../adapters/office/helpers';
import { bookFromExcelJs } from '../adapters/office/fake-excel';
import { readPackage, sheetsOf } from '../support/package-compare';

const PYTHON = '/usr/bin/python3';
export const TODAY = '2025-09-30';
const CLOCK = { today: TODAY, fixedToday: true };
const MARKER = '_chiso';

export type Typed = { sheet: string; cell: string; value: string | number | { date: string } };

/** What a surface shows of its workbook: every sheet's cells ("=formula" or value) in order, and bad references. */
export interface View {
  names: string[];
  cells: Map<string, Map<string, unknown>>;
  /** "sheet: missing" for every formula that refers to a sheet the workbook does not have. */
  dangling: string[];
}

export interface Surface {
  readonly name: 'cli' | 'page' | 'office';
  track(): Promise<void>;
  type(cells: Typed[]): Promise<void>;
  removePlanSheet(sheet: string): Promise<void>;
  /** Tracks another plan with the same workbook (its sheets replace the old plan's). */
  switchPlan(file: string): Promise<void>;
  /** An official's chart on one of chiso's sheets (and a sheet of their own with its data); openpyxl draws it. */
  chart(on: string): Promise<void>;
  view(): Promise<View>;
  /** The xlsx this surface would hand the official (none for Excel: the workbook stays open there). */
  file(): Promise<string | null>;
}

function python(script: string, args: string[]): void {
  try {
    execFileSync(PYTHON, [script, ...args], { stdio: 'pipe', timeout: 120000 });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`${path.basename(script)} failed: ${err.stderr?.toString().trim() || err.message}`);
  }
}

const EDIT = path.join(__dirname, 'edit_workbook.py');
const OFFICIAL = path.join(__dirname, '..', 'adapters', 'xlsx', 'package-refresh', 'official_edit.py');
export const OFFICIAL_SHEET = 'Biểu đồ của phòng';

function edit(file: string, ops: unknown[]): void {
  python(EDIT, [file, JSON.stringify(ops)]);
}

function chartOn(file: string, on: string): void {
  python(OFFICIAL, [file, OFFICIAL_SHEET, 'TienDoThang', on]);
}

const setOps = (cells: Typed[]) => cells.map((c) => ({ op: 'set', ...c }));

/** The sheets of a plan file (read with exceljs, the test oracle). */
async function planSheets(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

/** What an xlsx holds, for the comparison. */
export async function xlsxView(file: string): Promise<View> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withoutDrawings(file)) as unknown as ArrayBuffer);
  const names = wb.worksheets.map((w) => w.name);
  const cells = new Map(wb.worksheets.map((w) => [w.name, xlsxCells(w)]));
  // Every formula of the package (cells, charts, defined names), read from its XML, not through exceljs.
  const pkg = await readPackage(file);
  const have = new Set(sheetsOf(pkg).map((s) => s.name.toLowerCase()));
  const dangling = new Set<string>();
  for (const [part, bytes] of pkg) {
    if (!/^xl\/(worksheets|charts)\/[^/]+\.xml$|^xl\/workbook\.xml$/.test(part)) continue;
    for (const m of bytes.toString('utf8').matchAll(/<(?:\w+:)?(?:f|definedName)(?:\s[^>]*)?>([^<]*)</g)) {
      const text = m[1]
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
      for (const s of sheetRefs(text)) if (!have.has(s.toLowerCase())) dangling.add(`${part}: ${s}`);
    }
  }
  return { names, cells, dangling: [...dangling] };
}

/** The file with its sheets' drawing references dropped: exceljs (the cell oracle) cannot load some charts. */
async function withoutDrawings(file: string): Promise<Buffer> {
  const pkg = await OpcPackage.open(readFileSync(file));
  for (const part of pkg.parts())
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(part))
      pkg.setText(part, ((await pkg.text(part)) ?? '').replace(/<(\w+:)?drawing\s[^>]*\/>/g, ''));
    else if (/^xl\/(drawings|charts)\//.test(part)) pkg.remove(part);
    else if (/^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(part))
      pkg.setText(part, ((await pkg.text(part)) ?? '').replace(/<Relationship\s[^>]*\/drawing"[^>]*\/>/g, ''));
  return Buffer.from(await pkg.save());
}

function fakeView(book: FakeBook): View {
  const names = book.sheets.map((s) => s.name);
  const have = new Set(names.map((n) => n.toLowerCase()));
  const cells = new Map(book.sheets.map((s) => [s.name, fakeCells(s)]));
  const dangling = new Set<string>();
  for (const [sheet, map] of cells)
    for (const v of map.values())
      if (typeof v === 'string' && v.startsWith('='))
        for (const s of sheetRefs(v)) if (!have.has(s.toLowerCase())) dangling.add(`${sheet}: ${s}`);
  return { names, cells, dangling: [...dangling] };
}

/** `chiso track PLAN -o OUT`, run again on the same OUT (a refresh); the official edits OUT between runs. */
export function cliSurface(dir: string, plan: string): Surface {
  let input = path.join(dir, path.basename(plan));
  copyFileSync(plan, input);
  const ext = path.extname(plan) === '.xlsm' ? '.xlsm' : '.xlsx';
  const output = path.join(dir, `tracker${ext}`);
  return {
    name: 'cli',
    async track() {
      const o = await runTrack({ input, output, today: TODAY, fixedToday: true });
      if (!o.written) throw new Error('chiso track wrote nothing');
    },
    type: (cells) => Promise.resolve(edit(output, setOps(cells))),
    // The plan lives in the input file: the official removes the sheet there.
    removePlanSheet: (sheet) => Promise.resolve(edit(input, [{ op: 'delete', sheet }])),
    switchPlan(file) {
      input = path.join(dir, path.basename(file));
      copyFileSync(file, input);
      return Promise.resolve();
    },
    chart: (on) => Promise.resolve(chartOn(output, on)),
    view: () => xlsxView(output),
    file: () => Promise.resolve(output),
  };
}

/** The page in file mode: pick the file, "Tạo bảng theo dõi", download; edits happen in another program. */
export async function pageSurface(dir: string, plan: string): Promise<Surface> {
  // The plan's name is what the page records as the source (as the CLI records its input's name).
  const name = path.basename(plan);
  let port: FilePort = await openFilePort(new Uint8Array(readFileSync(plan)), name);
  const work = path.join(dir, `page-${name.replace(/\.\w+$/, '')}.xlsx`);
  const save = async () => writeFileSync(work, (await port.download()).bytes);
  const reopen = async () => {
    port = await openFilePort(new Uint8Array(readFileSync(work)), name);
  };
  const editWith = async (fn: () => void) => {
    await save();
    fn();
    await reopen();
  };
  return {
    name: 'page',
    async track() {
      await trackFlow(port, CLOCK);
      await save();
    },
    type: (cells) => editWith(() => edit(work, setOps(cells))),
    removePlanSheet: (sheet) => editWith(() => edit(work, [{ op: 'delete', sheet }])),
    async switchPlan(file) {
      const old = (await port.readGrids()).grids.map((g) => g.sheet);
      const current = new Set(await planSheets(plan));
      const ops = [
        ...old.filter((n) => current.has(n)).map((sheet) => ({ op: 'delete', sheet })),
        ...(await planSheets(file)).map((sheet) => ({ op: 'copy', file, sheet })),
      ];
      await editWith(() => edit(work, ops));
    },
    chart: (on) => editWith(() => chartOn(work, on)),
    view: async () => {
      await save();
      return xlsxView(work);
    },
    file: async () => {
      await save();
      return work;
    },
  };
}

/** The pane in Excel over the recording fake: the workbook stays open, the official types into it. */
export async function officeSurface(plan: string, word?: string): Promise<Surface> {
  let book: FakeBook;
  if (word) {
    // "Nhập từ Word" in Excel: the Word plan's tables become sheets of the open (empty) workbook.
    book = bookFromExcelJs({ worksheets: [] });
    book.addSheet('Sheet1');
    const port = new OfficePort(fakeHost(book));
    const bytes = new Uint8Array(readFileSync(word));
    const { specs } = await importWordSheets(bytes, path.basename(word), await port.sheetNames());
    await port.writeSheets(specs, { replace: [], remove: [] });
  } else book = await fakeBookOf(plan);
  book.name = path.basename(word ?? plan);
  let planNames = new Set(book.sheets.map((s) => s.name));
  const port = new OfficePort(fakeHost(book));
  return {
    name: 'office',
    async track() {
      await trackFlow(port, CLOCK);
      // The fake computes no formula: what Excel would show is what chiso computed (read by the next refresh).
      book.evaluate = () => null;
    },
    type(cells) {
      for (const c of cells) {
        const at = parseA1(c.cell)!;
        const cell = book.sheet(c.sheet)!.cell(at.row, at.col);
        if (typeof c.value === 'object') {
          const [y, m, d] = c.value.date.split('-').map(Number);
          Object.assign(cell, { value: Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 864e5) });
          cell.numberFormat = 'dd/mm/yyyy';
        } else cell.value = c.value;
      }
      return Promise.resolve();
    },
    removePlanSheet(sheet) {
      book.sheets = book.sheets.filter((s) => s.name !== sheet);
      return Promise.resolve();
    },
    async switchPlan(file) {
      const other = await fakeBookOf(file);
      book.sheets = [...book.sheets.filter((s) => !planNames.has(s.name)), ...other.sheets];
      planNames = new Set(other.sheets.map((s) => s.name));
    },
    async chart() {
      // The fake draws no charts: the official's data sheet is added (the chart itself is Excel's, kept in place).
      const s = book.addSheet(OFFICIAL_SHEET);
      const rows: Array<[string, number | string]> = [['Tháng', 'Số nhiệm vụ hoàn thành']];
      for (const [m, n] of [
        [7, 3],
        [8, 5],
        [9, 9],
        [10, 12],
      ])
        rows.push([`Tháng ${m}`, n]);
      rows.forEach(([a, b], r) => {
        s.cell(r + 1, 1).value = a;
        s.cell(r + 1, 2).value = b;
      });
      return Promise.resolve();
    },
    view: () => Promise.resolve(fakeView(book)),
    file: () => Promise.resolve(null),
  };
}

/** The sheets chiso wrote or kept: listed by a surface's marker, the marker itself, and those it was told to keep. */
export function chisoSheets(v: View, extra: readonly string[] = []): string[] {
  const marker = v.cells.get(MARKER);
  const listed = new Set<string>([MARKER, ...extra]);
  // The marker's first column names chiso's sheets (below its title and header rows, which name no sheet).
  if (marker) for (const [k, val] of marker) if (/^A\d+$/.test(k) && typeof val === 'string') listed.add(val);
  return v.names.filter((n) => listed.has(n));
}
