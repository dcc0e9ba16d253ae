/**
 * Refreshing an output officials kept working in: chiso's sheets are replaced; everything else of the output stays
 * (with its bytes) — after an official added a sheet with a chart, a defined name and a print area (openpyxl), after
 * the output was edited in LibreOffice, after the plan changed (the changed plan sheet is brought over from the
 * input), and with a different plan (no formula left pointing to a sheet the output does not have). `--in-place`
 * on a plan with a chart keeps the chart. The input's sha256 never changes.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, renameSync } from 'fs';
import * as path from 'path';
import { sheetRefs } from '../../../../src/adapters/xlsx/package-refresh/references';
import { hostile } from '../../../fixtures-gen/hostile';
import { closureOf, readPackage, sha256, sheetsOf } from '../../../support/package-compare';
import { openpyxlRoundTrip } from '../../../support/second-readers';
import { fixturePlan, tempDir } from '../../../core/tracker/helpers';
import { chisoParts, CHISO_SHEETS, expectFaithful, track } from './helpers';

const PYTHON = '/usr/bin/python3';
const OFFICIAL = 'Biểu đồ của phòng';

/** Adds a sheet with a chart and a defined name, and a chart on chiso's summary sheet. */
function officialEdit(file: string): void {
  execFileSync(PYTHON, [path.join(__dirname, 'official_edit.py'), file, OFFICIAL, 'TienDoThang', 'Tổng hợp'], {
    stdio: 'pipe',
  });
}

/** Opens and saves `file` in LibreOffice (as an official editing the output there would). */
function libreOfficeEdit(file: string, dir: string): void {
  const out = path.join(dir, 'lo-edit');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 180000 },
  );
  renameSync(path.join(out, path.basename(file)), file);
}

/** Sheet names that some formula of the package refers to but the package does not have. */
async function danglingRefs(file: string): Promise<string[]> {
  const pkg = await readPackage(file);
  const names = new Set(sheetsOf(pkg).map((s) => s.name.toLowerCase()));
  const bad = new Set<string>();
  for (const [part, bytes] of pkg) {
    if (!/^xl\/(worksheets|charts)\/[^/]+\.xml$|^xl\/workbook\.xml$/.test(part)) continue;
    for (const m of bytes.toString('utf8').matchAll(/<(?:\w+:)?(?:f|definedName)(?:\s[^>]*)?>([^<]*)</g)) {
      const text = m[1]
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
      for (const s of sheetRefs(text)) if (!names.has(s.toLowerCase())) bad.add(`${part}: ${s}`);
    }
  }
  return [...bad];
}

describe('refreshing an output officials worked in', () => {
  const dir = tempDir('chiso-refresh-hostile-');
  const input = path.join(dir, 'ke-hoach.xlsx');
  const output = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  let inputSha = '';

  beforeAll(async () => {
    copyFileSync(hostile('pivotChart'), input);
    inputSha = sha256(input);
    expect(await track([input, '-o', output])).toEqual({ code: 0, err: '' });
  }, 300000);
  afterEach(() => expect(sha256(input)).toBe(inputSha));

  /**
   * Keeps a copy of the output as `edited` (what the official left), tracks again into the output, checks that
   * everything but chiso's own parts and sheets came through, and returns what openpyxl sees of the refreshed output.
   */
  async function retrack(edited: string, roundTrip: string) {
    const kept = path.join(dir, edited);
    copyFileSync(output, kept);
    expect(await track([input, '-o', output])).toEqual({ code: 0, err: '' });
    await expectFaithful(kept, output, dir, {
      mine: chisoParts(await readPackage(kept)),
      mineSheets: [...CHISO_SHEETS, '_chiso'],
    });
    const seen = openpyxlRoundTrip(output, path.join(dir, roundTrip));
    expect(seen.first.sheets.find((s) => s.name === OFFICIAL)).toMatchObject({ charts: 1 });
    expect(seen.first.names).toContain('TienDoThang');
    return seen;
  }

  it("keeps a sheet with a chart, a defined name and a print area an official added, and a chart on chiso's summary", async () => {
    officialEdit(output);
    const seen = await retrack('edited.xlsx', 'rt1.xlsx');
    expect(seen.first.sheets.find((s) => s.name === 'Tổng hợp')).toMatchObject({ charts: 1 });
  }, 600000);

  it('keeps them after the output was edited in LibreOffice', async () => {
    libreOfficeEdit(output, dir);
    await retrack('edited-lo.xlsx', 'rt2.xlsx');
  }, 600000);

  it('brings a changed plan sheet over from the input, keeping the rest', async () => {
    const changed = path.join(dir, 'ke-hoach-moi.xlsx');
    copyFileSync(input, changed);
    execFileSync(PYTHON, [
      '-c',
      `import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\nwb['Phụ lục 1']['B8']='Nhiệm vụ đã sửa trong kế hoạch'\nwb.save(sys.argv[1])`,
      changed,
    ]);
    const before = path.join(dir, 'before-change.xlsx');
    copyFileSync(output, before);
    expect(await track([changed, '-o', output])).toEqual({ code: 0, err: '' });
    const seen = openpyxlRoundTrip(output, path.join(dir, 'rt3.xlsx'));
    const plan = openpyxlRoundTrip(changed, path.join(dir, 'rt3p.xlsx'));
    expect(seen.first.sheets.find((s) => s.name === 'Phụ lục 1')?.digest).toBe(
      plan.first.sheets.find((s) => s.name === 'Phụ lục 1')?.digest,
    );
    expect(seen.first.sheets.find((s) => s.name === OFFICIAL)).toMatchObject({ charts: 1 });
    const old = await readPackage(before);
    // The old copy of "Phụ lục 1" and what only it used (its chart) are replaced by the input's sheet and its own.
    const p1 = closureOf(old, [sheetsOf(old).find((s) => s.name === 'Phụ lục 1')!.part]);
    const mine = chisoParts(old);
    await expectFaithful(before, output, dir, {
      mine: (p) => mine(p) || p1.has(p),
      mineSheets: [...CHISO_SHEETS, '_chiso'],
    });
  }, 600000);

  it('leaves no formula pointing to a missing sheet when refreshed with a different plan', async () => {
    const other = path.join(dir, 'phan-cong.xlsx');
    copyFileSync(fixturePlan('dienban-2025-phan-cong.xlsx'), other);
    const sha = sha256(other);
    expect(await track([other, '-o', output])).toEqual({ code: 0, err: '' });
    expect(sha256(other)).toBe(sha);
    expect(await danglingRefs(output)).toEqual([]);
    const seen = openpyxlRoundTrip(output, path.join(dir, 'rt4.xlsx'));
    expect(seen.first.sheets.find((s) => s.name === OFFICIAL)).toMatchObject({ charts: 1 });
  }, 600000);
});

describe('--in-place on a plan with a chart', () => {
  it('keeps the chart, the image and the comments', async () => {
    const dir = tempDir('chiso-inplace-');
    const file = path.join(dir, 'ke-hoach.xlsx');
    copyFileSync(hostile('commentsDrawing'), file);
    const before = path.join(dir, 'before.xlsx');
    copyFileSync(file, before);
    expect(await track([file, '--in-place'])).toEqual({ code: 0, err: '' });
    await expectFaithful(before, file, dir);
    const seen = openpyxlRoundTrip(file, path.join(dir, 'rt.xlsx'));
    expect(seen.first.sheets[0]).toMatchObject({ name: 'Phụ lục 1', charts: 1, images: 1 });
    // Run again: a refresh in place keeps them too.
    copyFileSync(file, before);
    expect(await track([file, '--in-place'])).toEqual({ code: 0, err: '' });
    await expectFaithful(before, file, dir, {
      mine: chisoParts(await readPackage(before)),
      mineSheets: [...CHISO_SHEETS, '_chiso'],
    });
  }, 600000);
});
