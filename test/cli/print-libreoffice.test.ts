/**
 * The printed sheets, read the way a reader reads them: every sheet chiso writes (the trackers of the sample plans,
 * a roll-up, the four templates) is printed by LibreOffice to PDF, one sheet per PDF (the other sheets hidden), and
 * - the smallest text on its pages is at least 9 pt: poppler's word boxes (`pdftotext -bbox-layout`) are compared
 *   with those of a 9-pt line of the same font printed at 100 % (a calibration sheet in the same run);
 * - nothing is clipped: every word of every text cell in the printed columns is found on the pages (as often as
 *   the cells hold it), so a row too short for its wrapped text, or a line running past the printed width, fails.
 * PDFs are kept under artifacts/print-libreoffice/.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseRange } from '../../src/core/sheetspec';
import { LO_RENDER, planFile, ROOT } from '../support/fixtures';
import { runChiso } from '../support/cli';

const OUT = path.join(ROOT, 'artifacts', 'print-libreoffice');
const PLANS = ['hanoi-2025-phu-luc.xlsx', 'dienban-2025-phan-cong.xlsx'];
const TEMPLATES = ['par', 'sipas', 'papi', 'tasks'];

interface Printed {
  file: string;
  sheet: string;
  font: 'Arial' | 'Times New Roman';
  pdf: string;
  /** Words of the text cells in the printed columns. */
  words: string[];
}

const norm = (w: string) => w.normalize('NFKC');

/**
 * A copy of `file` holding only `sheet` (LibreOffice's PDF export prints hidden sheets too): the other sheets are
 * taken out of the workbook's list and of its print names; its print area is returned.
 */
async function onlySheet(file: string, sheet: string, copy: string): Promise<string[] | null> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let xml = await zip.file('xl/workbook.xml')!.async('string');
  const tags = xml.match(/<sheet\b[^>]*\/>/g) ?? [];
  const index = tags.findIndex((tag) => unescapeXml(/name="([^"]*)"/.exec(tag)![1]) === sheet);
  xml = xml.replace(/<sheets>.*<\/sheets>/s, `<sheets>${tags[index].replace(/\sstate="[^"]*"/, '')}</sheets>`);
  xml = xml.replace(/<definedNames>.*<\/definedNames>/s, (names) => {
    const own = (names.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? [])
      .filter((d) => d.includes(`localSheetId="${index}"`))
      .map((d) => d.replace(/localSheetId="\d+"/, 'localSheetId="0"'));
    return own.length ? `<definedNames>${own.join('')}</definedNames>` : '';
  });
  xml = xml.replace(/\s(activeTab|firstSheet)="\d+"/g, '');
  zip.file('xl/workbook.xml', xml);
  writeFileSync(copy, await zip.generateAsync({ type: 'nodebuffer' }));
  const area = /<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</.exec(xml);
  return area ? area[1].split(',').map((r) => r.replace(/^.*!/, '').replace(/\$/g, '')) : null;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Words as compared: NFKC, split after punctuation inside a word, where LibreOffice may wrap ("127-KL/TW",
 * "tật,...)", "làm...Tổ"): a word wrapped is still shown; a clipped one is missing altogether.
 */
const pieces = (w: string) =>
  norm(w)
    .split(/(?<=[-,./;])/)
    .filter(Boolean);
/**
 * Longer texts are left out: no row height shows them (Excel's rows stop at 409 pt, about 1 200 letters in the
 * widest tracker column) — one "Sản phẩm" cell of the Hà Nội plan (1 920 letters) is clipped on screen as in print.
 */
const LONGEST_CELL = 1200;

/** The words of the text cells of `sheet` inside the print area (columns "A:S"). */
async function cellWords(file: string, sheet: string, area: string[] | null): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const cols = (area ?? []).map((r) => {
    const [a, b] = r.split(':');
    return { left: parseRange(`${a}1`).left, right: parseRange(`${b ?? a}1`).left };
  });
  const words: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell, c) => {
      if (cols.length && !cols.some((x) => c >= x.left && c <= x.right)) return;
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof cell.value === 'string' && cell.value.length <= LONGEST_CELL)
        words.push(...cell.value.split(/\s+/).filter(Boolean).flatMap(pieces));
    }),
  );
  return words;
}

/** Word boxes of a PDF: text and height. */
function pdfWords(pdf: string): Array<{ text: string; h: number }> {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ text: unescapeXml(m[3]), h: Number(m[2]) - Number(m[1]) }),
  );
}

/** A workbook of two sheets, "Xin chào 9 pt" in Arial 9 and in Times New Roman 9, printed at 100 %. */
async function calibration(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const font of ['Arial', 'Times New Roman']) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S', { pageSetup: { paperSize: 9, orientation: 'landscape', scale: 100 } });
    ws.getCell('A1').value = 'Xin chào 9 pt';
    ws.getCell('A1').font = { name: font, size: 9 };
    const file = path.join(dir, `calibrate-${font.split(' ')[0]}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

describe('printed sheets: body text at least 9 pt, nothing clipped (LibreOffice PDF)', () => {
  const printed: Printed[] = [];
  const nineUnit: Record<string, number> = {};

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    const src = path.join(OUT, 'workbooks');
    const one = path.join(OUT, 'sheets');
    mkdirSync(src, { recursive: true });
    mkdirSync(one, { recursive: true });
    const made: Array<{ file: string; sheets: string[]; font: Printed['font'] }> = [];
    const trackers: string[] = [];
    for (const plan of PLANS) {
      const file = path.join(src, plan.replace('.xlsx', '-theo-doi.xlsx'));
      const r = await runChiso(['track', planFile(plan), '-o', file, '--today', '2025-09-30']);
      expect(r.code).toBe(0);
      const planSheets = new Set(await sheetNames(planFile(plan)));
      made.push({ file, sheets: (await sheetNames(file)).filter((s) => !planSheets.has(s)), font: 'Arial' });
      trackers.push(file);
    }
    const rollup = path.join(src, 'tong-hop.xlsx');
    expect((await runChiso(['rollup', ...trackers, '-o', rollup, '--today', '2025-09-30'])).code).toBe(0);
    made.push({ file: rollup, sheets: await sheetNames(rollup), font: 'Arial' });
    for (const kind of TEMPLATES) {
      const file = path.join(src, `mau-${kind}.xlsx`);
      expect((await runChiso(['template', kind, '--year', '2026', '-o', file])).code).toBe(0);
      made.push({ file, sheets: await sheetNames(file), font: 'Times New Roman' });
    }
    const copies: string[] = [];
    let n = 0;
    for (const m of made)
      for (const sheet of m.sheets) {
        if (sheet.startsWith('_')) continue;
        const copy = path.join(one, `p${String(++n).padStart(2, '0')}.xlsx`);
        const area = await onlySheet(m.file, sheet, copy);
        copies.push(copy);
        printed.push({
          file: path.basename(m.file),
          sheet,
          font: m.font,
          pdf: copy.replace(/\.xlsx$/, '.pdf'),
          words: await cellWords(m.file, sheet, area),
        });
      }
    const calib = await calibration(one);
    execFileSync('bash', [LO_RENDER, '--pdf', one, ...copies, ...calib], { stdio: 'pipe', timeout: 900_000 });
    for (const f of calib) {
      const words = pdfWords(f.replace(/\.xlsx$/, '.pdf'));
      nineUnit[f.includes('Arial') ? 'Arial' : 'Times New Roman'] = Math.min(...words.map((w) => w.h));
    }
  }, 1_200_000);

  it('a 9-pt line has a measurable height (the calibration the other checks use)', () => {
    expect(nineUnit.Arial).toBeGreaterThan(5);
    expect(nineUnit['Times New Roman']).toBeGreaterThan(5);
  });

  it('every sheet of the trackers, the roll-up and the templates prints its text at 9 pt or more', () => {
    expect(printed.length).toBeGreaterThanOrEqual(14);
    const small = printed
      .map((p) => {
        const words = pdfWords(p.pdf);
        const min = Math.min(...words.map((w) => w.h));
        return { sheet: `${p.file} › ${p.sheet}`, pt: Math.round((min / nineUnit[p.font]) * 90) / 10 };
      })
      .filter((x) => !(x.pt >= 9));
    expect(small).toEqual([]);
  });

  it('every word of every printed text cell is on the pages (no text clipped by a row height or the page edge)', () => {
    const missing: Array<{ sheet: string; words: string[] }> = [];
    for (const p of printed) {
      const have = new Map<string, number>();
      for (const w of pdfWords(p.pdf)) for (const x of pieces(w.text)) have.set(x, (have.get(x) ?? 0) + 1);
      const lost: string[] = [];
      for (const w of p.words) {
        const k = have.get(w) ?? 0;
        if (k > 0) have.set(w, k - 1);
        else lost.push(w);
      }
      if (lost.length) missing.push({ sheet: `${p.file} › ${p.sheet}`, words: lost.slice(0, 12) });
    }
    expect(missing).toEqual([]);
  });
});

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}
