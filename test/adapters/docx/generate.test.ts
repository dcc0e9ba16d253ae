/**
 * template (each kind), template --from and cascade written as .docx: the page is A4 landscape in Times New Roman 13
 * with the header row repeated, LibreOffice Writer opens it (converted to PDF), and extract reads it back as the
 * same table as the .xlsx the same command writes.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { runChiso } from '../../support/cli';
import { planFile } from '../../support/fixtures';

const PLAN = planFile();
const WORD_PLAN = planFile('hanoi-2025-phu-luc.docx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-docx-gen-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CASES: Array<[string, string[]]> = [
  ['par', ['template', 'par', '--year', '2026']],
  ['sipas', ['template', 'sipas', '--year', '2026']],
  ['papi', ['template', 'papi', '--year', '2026']],
  ['tasks', ['template', 'tasks', '--year', '2026']],
  ['from', ['template', '--from', PLAN]],
  ['cascade', ['cascade', PLAN, '--unit', 'cấp xã']],
  ['cascade-from-word', ['cascade', WORD_PLAN, '--unit', 'cấp xã']],
];

type Row = { type: string; label: string; key: string; fields: Record<string, unknown> };
const rowsOf = (json: { tables: Array<{ kind: string; title?: string[]; rows: Row[] }> }) =>
  json.tables.map((t) => ({
    kind: t.kind,
    title: t.title,
    rows: t.rows.map((r) => ({ type: r.type, label: r.label, key: r.key, fields: r.fields })),
  }));

it.each(CASES)('%s: the .docx reads back as the same tables as the .xlsx', async (name, args) => {
  const docx = path.join(dir, `${name}.docx`);
  const xlsx = path.join(dir, `${name}.xlsx`);
  expect((await runChiso([...args, '-o', docx])).code).toBe(0);
  expect((await runChiso([...args, '-o', xlsx])).code).toBe(0);
  const fromWord = JSON.parse((await runChiso(['extract', docx, '--json'])).out);
  const fromBook = JSON.parse((await runChiso(['extract', xlsx, '--json'])).out);
  expect(fromWord.tables.length).toBeGreaterThan(0);
  expect(rowsOf(fromWord)).toEqual(rowsOf(fromBook));
  const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
  const styles = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/styles.xml')!.async('string');
  const kinds = new Set(fromBook.tables.map((t: { kind: string }) => t.kind));
  const checks = {
    landscape: /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/.test(xml),
    repeatedHeader: (xml.match(/<w:tblHeader\/>/g) ?? []).length === fromBook.tables.length,
    timesNewRoman13: /<w:rFonts w:ascii="Times New Roman"/.test(styles) && styles.includes('<w:sz w:val="26"/>'),
    // Task tables merge their headings across the columns; scores show a decimal comma ("1,5").
    mergedHeadings: !kinds.has('tasks') || /<w:gridSpan w:val="\d+"\/>/.test(xml),
    decimalComma: (name !== 'par' && name !== 'from') || /<w:t xml:space="preserve">\d+,\d+<\/w:t>/.test(xml),
    // No row splits across a page break; no note about formulas (a Word table has none).
    rowsKeepTogether: (xml.match(/<w:tr[ >]/g) ?? []).length === (xml.match(/<w:cantSplit\/>/g) ?? []).length,
    noFormulaNote: !/công thức/i.test(xml),
  };
  expect(checks).toEqual({
    landscape: true,
    repeatedHeader: true,
    timesNewRoman13: true,
    mergedHeadings: true,
    decimalComma: true,
    rowsKeepTogether: true,
    noFormulaNote: true,
  });
});

// LibreOffice is a test requirement (README, .ci/run), as for the other renders: no silent skip without it.
it('LibreOffice Writer opens every generated .docx: A4 landscape PDF pages', () => {
  const files = CASES.map(([name]) => path.join(dir, `${name}.docx`)).filter((f) => fs.existsSync(f));
  expect(files).toHaveLength(CASES.length);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-lo-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'ignore', timeout: 170000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const f of files) {
    const pdf = f.replace(/\.docx$/, '.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info);
    expect([path.basename(pdf), size !== null]).toEqual([path.basename(pdf), true]);
    expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(0);
  }
}, 180000);

it('Word breaks no header word across lines (every header word is whole in the PDF: not "ST / T")', async () => {
  for (const [name] of CASES) {
    const docx = path.join(dir, `${name}.docx`);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    const headerRows = xml.match(/<w:tr>(?:(?!<\/w:tr>).)*?<w:tblHeader\/>.*?<\/w:tr>/gs) ?? [];
    const words = new Set(
      headerRows.flatMap((row) =>
        (row.match(/<w:p>.*?<\/w:p>/gs) ?? []).flatMap((p) =>
          [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
            .map((m) => m[1])
            .join('')
            .split(/\s+/)
            .filter(Boolean),
        ),
      ),
    );
    expect(words.size).toBeGreaterThan(0);
    const pdfWords = new Set(
      execFileSync('pdftotext', [docx.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' }).split(/\s+/),
    );
    const broken = [...words].filter((w) => !pdfWords.has(w));
    expect({ name, broken }).toEqual({ name, broken: [] });
  }
}, 180000);
