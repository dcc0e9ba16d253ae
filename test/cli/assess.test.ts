/**
 * `chiso assess` end to end on the Hà Nội plan: the tracker built first, the assessment workbook written, entries
 * typed with exceljs (seeded), a refresh that keeps every one of them, criterion 1.1 following the tracker's done
 * tasks (as PAR.RATIO says), and the sheets opened in LibreOffice with no formula error.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { parRatio } from '../../src/core/score/par';
import { LO_RENDER, planFile } from '../support/fixtures';
import { runChiso } from '../support/cli';
import { readCsv } from '../core/tracker/render';
import { prng } from '../support/rng';
import { ISSUES } from '../../src/core/issues';

const TODAY = '2025-09-30';
let dir: string;
let tracker: string;
let out: string;
/** The projected total the CLI printed after the last run (Vietnamese number). */
let projected = '';

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function colOf(ws: ExcelJS.Worksheet, headerRow: number, header: string): number {
  const row = ws.getRow(headerRow);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).text.startsWith(header)) return c;
  throw new Error(`no column ${header}`);
}

function rowOfKey(ws: ExcelJS.Worksheet, key: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === key) return r;
  throw new Error(`no row ${key}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-assess-'));
  const plan = path.join(dir, 'ke-hoach.xlsx');
  copyFileSync(planFile(), plan);
  tracker = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  out = path.join(dir, 'tu-danh-gia.xlsx');
  expect((await runChiso(['track', plan, '--today', TODAY], TODAY)).code).toBe(0);
}, 120000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chiso assess', () => {
  it('reads the plan’s criteria table (Phụ lục 2) with last results and targets; maxima add up to 100', async () => {
    const r = await runChiso(['assess', tracker, '-o', out, '--today', TODAY], TODAY);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('102 tiêu chí');
    expect(r.out).toContain('0/139');
    const ws = (await book(out)).getWorksheet('Tự đánh giá');
    if (!ws) throw new Error('no sheet');
    const maxCol = colOf(ws, 5, 'Điểm tối đa');
    const fields = ['1', '2', '3', '4', '5', '6', '7', '8'].map((k) =>
      Number(ws.getRow(rowOfKey(ws, k)).getCell(maxCol).value),
    );
    expect(fields).toEqual([9.5, 10, 13, 10.5, 15, 12, 13.5, 16.5]);
    expect(fields.reduce((a, b) => a + b, 0)).toBe(100);
    // Printed in Phụ lục 2: 2.1 result 2024 = 3, target 2025 = 3; 8.1 scored by the survey (SIPAS).
    const r81 = ws.getRow(rowOfKey(ws, '8.1'));
    expect(r81.getCell(colOf(ws, 5, 'Cách chấm')).value).toBe('Điều tra XHH');
    expect(ws.getRow(rowOfKey(ws, '1.1')).getCell(colOf(ws, 5, 'Cách chấm')).value).toBe('Tỷ lệ hoàn thành');
  });

  it('a refresh keeps every typed self-score, appraised score, explanation and evidence row (seeded)', async () => {
    const rng = prng(21);
    const wb = await book(out);
    const ws = wb.getWorksheet('Tự đánh giá');
    const ev = wb.getWorksheet('Tài liệu kiểm chứng');
    if (!ws || !ev) throw new Error('no sheets');
    const c = (h: string) => colOf(ws, 5, h);
    const leaves = ['1.2', '1.4', '2.1', '3.3', '4.2', '5.4', '6.1.1', '7.2', '8.2'];
    const typed = new Map<string, [number, number, string, string]>();
    for (const k of leaves) {
      const v: [number, number, string, string] = [
        Math.round(rng() * 100) / 100,
        Math.round(rng() * 100) / 100,
        `Giải trình ${k} ${Math.floor(rng() * 1000)}`,
        `Ý kiến ${k}`,
      ];
      typed.set(k, v);
      const row = ws.getRow(rowOfKey(ws, k));
      row.getCell(c('Điểm tự chấm')).value = v[0];
      row.getCell(c('Điểm thẩm định vòng 1')).value = v[1];
      row.getCell(c('Giải trình')).value = v[2];
      row.getCell(c('Ý kiến thẩm định vòng 1')).value = v[3];
    }
    const docs = [
      ['1.2', '15/BC-UBND', new Date(Date.UTC(2025, 2, 10)), 'UBND Thành phố', 'Báo cáo CCHC quý I'],
      ['3.3', '88/KH-SNV', new Date(Date.UTC(2024, 11, 1)), 'Sở Nội vụ', 'Kế hoạch một cửa'],
    ] as const;
    // Rows the official adds below chiso's proposed rows (no key).
    const start = ev.rowCount + 1;
    docs.forEach((d, i) => {
      const row = ev.getRow(start + i);
      d.forEach((v, j) => (row.getCell(2 + j).value = v));
    });
    await wb.xlsx.writeFile(out);

    const r = await runChiso(['assess', tracker, '-o', out, '--today', TODAY], TODAY);
    expect(r.code).toBe(0);
    expect(r.out).toContain('cập nhật');
    const again = await book(out);
    const ws2 = again.getWorksheet('Tự đánh giá');
    const ev2 = again.getWorksheet('Tài liệu kiểm chứng');
    if (!ws2 || !ev2) throw new Error('no sheets');
    for (const [k, v] of typed) {
      const row = ws2.getRow(rowOfKey(ws2, k));
      expect([
        row.getCell(c('Điểm tự chấm')).value,
        row.getCell(c('Điểm thẩm định vòng 1')).value,
        row.getCell(c('Giải trình')).value,
        row.getCell(c('Ý kiến thẩm định vòng 1')).value,
      ]).toEqual(v);
    }
    const kept = [start, start + 1].map((r2) => [2, 3, 5, 6].map((j) => ev2.getRow(r2).getCell(j).value));
    expect(kept).toEqual(docs.map((d) => [d[0], d[1], d[3], d[4]]));
    // The 2024 document is outside the assessed year: flagged on its date cell (the sheet names the kind of problem
    // by its Vietnamese title; the code stays in --json).
    const problems = again.getWorksheet('Vấn đề');
    const kinds: string[] = [];
    problems?.eachRow((row) => kinds.push(`${row.getCell(3).text}@${row.getCell(5).text}`));
    const outside = ISSUES.EVIDENCE_DATE_OUTSIDE_YEAR.title.vi;
    expect(kinds).toContain(`${outside}@D${start + 1}`);
    expect(kinds).not.toContain(`${outside}@D${start}`);
  }, 120000);

  it('criterion 1.1 follows the tracker: marking tasks done changes its score as PAR.RATIO says', async () => {
    const wb = await book(tracker);
    const ws = wb.worksheets.find((w) => w.name.startsWith('Theo dõi Phụ lục 1'));
    if (!ws) throw new Error('no task tracker');
    let header = 0;
    for (let r = 1; r < 20 && !header; r++) if (ws.getRow(r).getCell(1).value === 'Mã') header = r;
    const status = colOf(ws, header, 'Trạng thái');
    const kind = colOf(ws, header, 'Loại hạn');
    let marked = 0;
    for (let r = header + 1; r <= ws.rowCount && marked < 120; r++) {
      if (!ws.getRow(r).getCell(kind).value) continue;
      ws.getRow(r).getCell(status).value = 'Hoàn thành';
      marked++;
    }
    await wb.xlsx.writeFile(tracker);
    const r = await runChiso(['assess', tracker, '-o', out, '--today', TODAY], TODAY);
    expect(r.code).toBe(0);
    expect(r.out).toContain('120/139');
    projected = /Projected: ([\d,]+)\/100/.exec(r.out)?.[1] ?? '';
    const want = parRatio(120, 139, 1.5);
    if (!('value' in want)) throw new Error('ratio failed');
    const a = (await book(out)).getWorksheet('Tự đánh giá');
    if (!a) throw new Error('no sheet');
    const row = a.getRow(rowOfKey(a, '1.1'));
    expect(row.getCell(colOf(a, 5, 'Điểm theo tỷ lệ hoàn thành')).value).toBeCloseTo(want.value, 9);
    // 120/139 = 86 % (above the 80 % threshold): 1,5 × 120/139.
    expect(want.value).toBeCloseTo((1.5 * 120) / 139, 9);
  }, 120000);

  it('opens in LibreOffice with no formula error', () => {
    const render = path.join(dir, 'render');
    mkdirSync(render, { recursive: true });
    execFileSync('bash', [LO_RENDER, out, render], { stdio: 'pipe', timeout: 240000 });
    const csvs = readdirSync(render).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(3);
    for (const f of csvs) {
      const text = readFileSync(path.join(render, f), 'utf8');
      expect({ f, err: /#(REF!|VALUE!|NAME\?|DIV\/0!|N\/A|NUM!)|Err:\d+/.exec(text)?.[0] ?? null }).toEqual({
        f,
        err: null,
      });
    }
    // LibreOffice recalculates every formula on load: the projected total agrees with what the core printed.
    const assessCsv = csvs.find((f) => f.normalize('NFC').includes('Tự đánh giá'));
    if (!assessCsv) throw new Error('no CSV of the assessment sheet');
    const rows = readCsv(path.join(render, assessCsv));
    const shown = Number(rows[2][2].replace(',', '.'));
    expect(projected).not.toBe('');
    expect(shown).toBeCloseTo(Number(projected.replace(',', '.')), 3);
    expect(rows[2][6]).toBe('Dưới B');
  }, 300000);

  it('writes the report (.docx): A4 portrait in LibreOffice, Times New Roman, its tables equal to the sheet', async () => {
    const docx = path.join(dir, 'bao-cao.docx');
    const r = await runChiso(['assess', tracker, '--report', '--from', out, '-o', docx, '--today', TODAY], TODAY);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // python-docx reads the report, openpyxl the sheet (the cached results chiso wrote with its formulas).
    const py = [
      'import docx, json, sys, openpyxl',
      'd = docx.Document(sys.argv[1])',
      'runs = [r for p in d.paragraphs for r in p.runs] + [r for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]',
      's = d.sections[0]',
      'ws = openpyxl.load_workbook(sys.argv[2], data_only=True)["Tự đánh giá"]',
      'head = [str(c.value or "") for c in ws[5]]',
      'col = lambda h: next(i for i, x in enumerate(head) if x.startswith(h))',
      'rows = {str(r[0].value): [r[i].value for i in range(len(head))] for r in ws.iter_rows(min_row=6) if r[0].value is not None}',
      'print(json.dumps({"fonts": sorted({r.font.name for r in runs}), "page": [round(s.page_width.mm), round(s.page_height.mm)], "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables], "head": head, "rows": rows}, default=str))',
    ].join('\n');
    const got = JSON.parse(execFileSync('/usr/bin/python3', ['-c', py, docx, out], { encoding: 'utf8' })) as {
      fonts: string[];
      page: number[];
      tables: string[][][];
      head: string[];
      rows: Record<string, Array<string | number | null>>;
    };
    expect(got.fonts).toEqual(['Times New Roman']);
    expect(got.page).toEqual([210, 297]);
    // A score as the sheet shows it: up to 4 decimals, decimal comma; empty stays empty.
    const val = (key: string, h: string): string => {
      const v = got.rows[key][got.head.findIndex((x) => x.startsWith(h))];
      return typeof v === 'number' ? String(Math.round(v * 1e4) / 1e4).replace('.', ',') : (v ?? '');
    };
    const [, summary, criteria] = got.tables;
    const fields = ['1', '2', '3', '4', '5', '6', '7', '8'];
    expect(summary.slice(1, 9).map((row) => [row[2], row[3], row[4], row[5], row[6]])).toEqual(
      fields.map((k) => ['Điểm tối đa', 'Kết quả', 'Mục tiêu', 'Điểm tự chấm', 'Điểm dự kiến'].map((h) => val(k, h))),
    );
    const ids = criteria.slice(1).map((row) => row[0]);
    expect(ids.length).toBe(102);
    expect(criteria.slice(1).map((row) => row.slice(0, 4))).toEqual(
      ids.map((k) => [k, val(k, 'Nội dung'), val(k, 'Điểm tối đa'), val(k, 'Điểm tự chấm')]),
    );
    const render = path.join(dir, 'render-docx');
    execFileSync('bash', [LO_RENDER, docx, render], { stdio: 'pipe', timeout: 240000 });
    const info = execFileSync('pdfinfo', [path.join(render, 'bao-cao.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  }, 300000);

  it('--set par-2024; evidence files beside the workbook are linked and checked; a foreign output is refused', async () => {
    const out2 = path.join(dir, 'par.xlsx');
    let r = await runChiso(['assess', tracker, '--set', 'par-2024', '-o', out2, '--today', TODAY], TODAY);
    expect(r.code).toBe(0);
    expect(r.out).toContain('PAR INDEX');
    writeFileSync(path.join(dir, 'bien-ban.pdf'), '%PDF-1.4\n');
    const wb = await book(out2);
    const ev = wb.getWorksheet('Tài liệu kiểm chứng');
    if (!ev) throw new Error('no sheet');
    const fileCol = colOf(ev, 4, 'Tệp hoặc đường dẫn');
    const start = ev.rowCount + 1;
    ['bien-ban.pdf', 'thieu.pdf', 'https://example.gov.vn/a.pdf'].forEach((f, i) => {
      ev.getRow(start + i).getCell(2).value = '1.2';
      ev.getRow(start + i).getCell(fileCol).value = f;
    });
    await wb.xlsx.writeFile(out2);
    r = await runChiso(['assess', tracker, '--set', 'par-2024', '-o', out2, '--today', TODAY], TODAY);
    expect(r.code).toBe(0);
    const ev2 = (await book(out2)).getWorksheet('Tài liệu kiểm chứng');
    if (!ev2) throw new Error('no sheet');
    const exists = colOf(ev2, 4, 'Tệp có sẵn');
    const rows = [0, 1, 2].map((i) => ev2.getRow(start + i));
    expect(rows.map((row) => row.getCell(exists).text)).toEqual(['Có', 'Không', '']);
    expect(rows.map((row) => row.getCell(fileCol).hyperlink)).toEqual([
      'bien-ban.pdf',
      'thieu.pdf',
      'https://example.gov.vn/a.pdf',
    ]);
    const foreign = path.join(dir, 'khac.xlsx');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Ghi chú').getCell('A1').value = 'của người dùng';
    await other.xlsx.writeFile(foreign);
    r = await runChiso(['assess', tracker, '-o', foreign, '--today', TODAY], TODAY);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải sổ tự đánh giá');
    const missing = path.join(dir, 'khong-co.xlsx');
    r = await runChiso(['assess', tracker, '--report', '--from', missing, '-o', path.join(dir, 'bc.docx')], TODAY);
    expect([r.code, r.err.split('\n').length]).toEqual([2, 1]);
  }, 120000);
});
