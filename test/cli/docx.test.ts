/**
 * The Word fixture through the CLI: extract scores against the truth, the same problems as the workbook placed as
 * "Bảng N, hàng R, cột C", import then extract gives the same rows, track writes the imported sheets plus trackers,
 * the source file is never changed, and bad Word input is one line with exit 2.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { runChiso } from '../support/cli';
import { EVAL_SCRIPT } from '../core/plan/helpers';
import { buildDocx } from '../adapters/docx/build';
import { planFile, truthFile } from '../support/fixtures';

const DOCX = planFile('hanoi-2025-phu-luc.docx');
const XLSX = planFile();
const TRUTH = truthFile();
const PY = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-docx-'));
const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const before = sha(DOCX);

afterAll(() => {
  expect(sha(DOCX)).toBe(before);
  fs.rmSync(dir, { recursive: true, force: true });
});

type Row = { type: string; label: string; key: string; fields: Record<string, unknown> };
const rowsOf = (json: { tables: Array<{ rows: Row[] }> }) =>
  json.tables.map((t) => t.rows.map((r) => ({ type: r.type, label: r.label, key: r.key, fields: r.fields })));

it('extract --json on the Word plan scores rows ≥ 0.99, fields ≥ 0.98, structure ≥ 0.97; tables "Bảng N" with their appendix titles', async () => {
  const r = await runChiso(['extract', DOCX, '--json']);
  expect([r.code, r.err]).toEqual([0, '']);
  const json = JSON.parse(r.out);
  expect(json.tables.map((t: { sheet: string; title: string[] }) => [t.sheet, t.title[0]])).toEqual([
    ['Bảng 1', 'Phụ lục 1'],
    ['Bảng 2', 'Phụ lục 2'],
  ]);
  const out = path.join(dir, 'out.json');
  fs.writeFileSync(out, r.out);
  const raw = execFileSync(PY, [EVAL_SCRIPT, TRUTH, out, '--tables=pl1,pl2', '--sheets=pl1:Bảng 1,pl2:Bảng 2'], {
    encoding: 'utf8',
  });
  const m = /score rows=([\d.]+) fields=([\d.]+) structure=([\d.]+)/.exec(raw);
  expect(m).not.toBeNull();
  const [rows, fields, structure] = m!.slice(1).map(Number);
  expect(rows).toBeGreaterThanOrEqual(0.99);
  expect(fields).toBeGreaterThanOrEqual(0.98);
  expect(structure).toBeGreaterThanOrEqual(0.97);
});

it("validate finds the workbook's problems (those of Phụ lục 1–2), placed as Bảng N, hàng R, cột C and the imported cell", async () => {
  const d = await runChiso(['validate', DOCX, '--json']);
  const x = await runChiso(['validate', XLSX, '--json']);
  expect(d.code).toBe(1);
  const dj = JSON.parse(d.out);
  const xj = JSON.parse(x.out);
  const fromDocx = dj.issues.map(
    (i: { code: string; messageEn: string }) =>
      `${i.code} ${i.messageEn.replace(/^Table \d+, row \d+, column \d+: /, '')}`,
  );
  const fromXlsx = xj.issues
    .filter(
      (i: { sheet: string; code: string }) =>
        ['Phụ lục 1', 'Phụ lục 2'].includes(i.sheet) && i.code !== 'SIPAS_MISMATCH',
    )
    .map((i: { code: string; messageEn: string }) => `${i.code} ${i.messageEn}`);
  // The document types "11,3" where the workbook's cell shows "11,30": the same problem, its number as written.
  expect(fromDocx.map((s: string) => s.replace('11.3,', '11.30,'))).toEqual(fromXlsx);
  const gap = dj.issues.find((i: { code: string; sheet: string }) => i.code === 'NUMBER_GAP' && i.sheet === 'Bảng 1');
  expect(gap.where).toMatch(/^Bảng 1, hàng \d+, cột 1 \/ Table 1, row \d+, column 1$/);
  expect(gap.sheetCell).toBe(`'Phụ lục 1'!${gap.cell}`);
  const text = await runChiso(['validate', DOCX]);
  expect(text.out).toMatch(/Bảng 1, hàng 81, cột 1: Số thứ tự nhảy từ III\.2 sang III\.4/);
});

it('import writes one sheet per appendix table; extract on it gives the same rows and fields as on the .docx', async () => {
  const out = path.join(dir, 'imported.xlsx');
  const r = await runChiso(['import', DOCX, '-o', out]);
  expect([r.code, r.err]).toEqual([0, '']);
  expect(r.out).toContain('Bảng 1 → "Phụ lục 1", Bảng 2 → "Phụ lục 2"');
  const fromWord = JSON.parse((await runChiso(['extract', DOCX, '--json'])).out);
  const fromBook = JSON.parse((await runChiso(['extract', out, '--json'])).out);
  expect(fromBook.tables.map((t: { sheet: string }) => t.sheet)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
  expect(rowsOf(fromBook)).toEqual(rowsOf(fromWord));
  expect(fromBook.tables.map((t: { title: string[] }) => t.title)).toEqual(
    fromWord.tables.map((t: { title: string[] }) => t.title),
  );
  // Same coordinates: the imported workbook's problems sit in the cells the Word problems name.
  expect(fromBook.issues.map((i: { cell: string }) => i.cell)).toEqual(
    fromWord.issues.map((i: { cell: string }) => i.cell),
  );
  const again = await runChiso(['import', DOCX, '-o', out]);
  expect(again.code).toBe(2);
  expect(again.err).toMatch(/Tệp ra đã có.* \/ The output exists/);
});

it('track on the .docx writes the imported sheets plus the trackers', async () => {
  const out = path.join(dir, 'theo-doi.xlsx');
  const r = await runChiso(['track', DOCX, '-o', out, '--today', '2025-06-01']);
  expect([r.code, r.err]).toEqual([0, '']);
  expect(r.out).toContain('Nhiệm vụ / Tasks: 139');
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const names = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  expect(names).toEqual(expect.arrayContaining(['Phụ lục 1', 'Phụ lục 2', 'Theo dõi Phụ lục 1', 'Vấn đề']));
  const inPlace = await runChiso(['track', DOCX, '--in-place']);
  expect(inPlace.code).toBe(2);
});

it('bad Word input: .doc, damaged, encrypted, not a document → one line, exit 2; no table → as a table-less plan', async () => {
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  const doc = path.join(dir, 'cu.doc');
  fs.writeFileSync(doc, ole);
  const enc = path.join(dir, 'mat-khau.docx');
  const encBytes = Buffer.from(ole);
  Buffer.from('EncryptedPackage', 'utf16le').copy(encBytes, 512);
  fs.writeFileSync(enc, encBytes);
  const good = fs.readFileSync(DOCX);
  const damaged = path.join(dir, 'hong.docx');
  fs.writeFileSync(damaged, good.subarray(0, Math.floor(good.length / 2)));
  const empty = path.join(dir, 'khong-bang.docx');
  fs.writeFileSync(empty, await buildDocx([{ p: 'Kế hoạch không có phụ lục' }]));
  const text = path.join(dir, 'van-ban.docx');
  fs.writeFileSync(text, 'không phải Word');
  const cases: Array<[string, RegExp]> = [
    [doc, /định dạng Word cũ \(\.doc\).* \/ .*old Word file/],
    [enc, /bảo vệ bằng mật khẩu.* \/ .*password-protected/],
    [damaged, /bị hỏng.* \/ .*damaged/],
    [text, /không phải văn bản Word \(\.docx\) \/ .*not a Word document/],
    [path.join(dir, 'khong-co.docx'), /Không tìm thấy tệp .* \/ File not found/],
  ];
  for (const [file, re] of cases) {
    for (const cmd of [
      ['extract', file],
      ['validate', file],
      ['import', file],
      ['track', file, '-o', path.join(dir, 'x.xlsx')],
    ]) {
      const r = await runChiso(cmd);
      expect([cmd[0], path.basename(file), r.code]).toEqual([cmd[0], path.basename(file), 2]);
      expect(r.err).toMatch(re);
      expect(r.err.split('\n')).toHaveLength(1);
    }
  }
  // No table at all is no appendix table (README, exit codes): the same code and line from every command.
  for (const [cmd, code] of [
    [['extract', empty], 1],
    [['validate', empty], 1],
    [['import', empty], 1],
    [['track', empty, '-o', path.join(dir, 'x.xlsx')], 1],
  ] as Array<[string[], number]>) {
    const r = await runChiso(cmd);
    expect([cmd[0], r.code]).toEqual([cmd[0], code]);
    expect(r.out + r.err).toMatch(/Không tìm thấy bảng phụ lục nào/);
  }
  expect(fs.existsSync(path.join(dir, 'khong-bang.xlsx'))).toBe(false);
});
