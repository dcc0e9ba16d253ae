/**
 * `chiso import` of a Word plan prints as the Word table does (issue 19): every column of an appendix on the same A4
 * page as its first column, so rows are not tall with blank areas beside text pushed onto a page of its own.
 * Rendered by LibreOffice, as a reader would print it.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChiso } from '../support/cli';
import { LO_RENDER, planFile } from '../support/fixtures';

const dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-import-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the imported Phụ lục 1 prints all its columns on its first page', async () => {
  const out = path.join(dir, 'nhap.xlsx');
  expect((await runChiso(['import', planFile('hanoi-2025-phu-luc.docx'), '-o', out])).code).toBe(0);
  execFileSync('bash', [LO_RENDER, out, path.join(dir, 'lo')], { stdio: 'ignore', timeout: 240000 });
  const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', path.join(dir, 'lo', 'nhap.pdf'), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  // The first and the last header of the Word table ("TT" … "Yêu cầu/Kết quả/Sản phẩm").
  for (const header of ['Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm'])
    expect({ header, onPage1: page1.includes(header) }).toEqual({ header, onPage1: true });
}, 300000);
