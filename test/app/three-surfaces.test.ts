/**
 * One answer on every surface (issue 18): each scenario runs on `chiso track`, on the page in file mode and on the
 * Excel pane (the Office port over the recording fake), and the harness checks that chiso's sheets hold the same
 * values and formulas on all three, that no formula points to a sheet the workbook lacks, and that LibreOffice
 * (recalculating) computes the CLI's and the page's outputs without an error value.
 */
import { readFileSync, writeFileSync } from 'fs';
import { OpcPackage } from '../../src/adapters/xlsx/package/opc';
import { sheetsWithDrawings } from '../../src/adapters/xlsx/package-refresh/carry-drawings';
import { SHEET_NAMES } from '../../src/core/tracker';
import { diff, tempDir } from '../adapters/office/helpers';
import { planFile } from '../support/fixtures';
import { libreOfficeErrors } from '../support/second-readers';
import { chisoSheets, cliSurface, officeSurface, pageSurface, type Surface, type Typed, type View } from './surfaces';
import * as path from 'path';
import { cellText, mapRowText, rename, shift, stripDiacritics } from '../fixtures-gen/variants';
import { loadModels, writeModels, type SheetModel } from '../fixtures-gen/model';

jest.setTimeout(600000);

const HANOI = planFile('hanoi-2025-phu-luc.xlsx');
const DIENBAN = planFile('dienban-2025-phan-cong.xlsx');
const WORD = planFile('hanoi-2025-phu-luc.docx');
const PAPI_DATA = SHEET_NAMES.papiData;

async function threeSurfaces(plan: string, word?: string): Promise<Surface[]> {
  const dir = tempDir('chiso-3s-');
  return [cliSurface(dir, word ?? plan), await pageSurface(dir, word ?? plan), await officeSurface(plan, word)];
}

async function each(surfaces: Surface[], step: (s: Surface) => Promise<void>): Promise<void> {
  for (const s of surfaces) await step(s);
}

/** chiso's sheets on one surface: the marker's, and "Dữ liệu PAPI" when a kept formula held it back. */
const chisoOf = (v: View) => chisoSheets(v, [PAPI_DATA]);

/**
 * The checks every scenario ends with. Returns the views (CLI first) for scenario-specific checks.
 */
async function expectOneAnswer(surfaces: Surface[]): Promise<View[]> {
  const views = await Promise.all(surfaces.map((s) => s.view()));
  const [cli] = views;
  const names = chisoOf(cli);
  expect(names).toContain(SHEET_NAMES.summary);
  for (const [i, v] of views.entries()) {
    const who = surfaces[i].name;
    expect({ who, dangling: v.dangling }).toEqual({ who, dangling: [] });
    expect({ who, sheets: chisoOf(v) }).toEqual({ who, sheets: names });
    for (const n of names) {
      const d = diff(v.cells.get(n)!, cli.cells.get(n)!);
      expect({ who, sheet: n, diff: d }).toEqual({ who, sheet: n, diff: [] });
    }
  }
  // LibreOffice opens what the CLI writes and what the page hands out, recalculates, and shows no error value.
  const shown = names.filter((n) => n !== SHEET_NAMES.marker);
  for (const s of surfaces) {
    const file = await s.file();
    if (!file) continue;
    const lo = libreOfficeErrors(file, tempDir('chiso-3s-lo-'), shown);
    expect({ who: s.name, lo }).toEqual({ who: s.name, lo: Object.fromEntries(shown.map((n) => [n, []])) });
  }
  return views;
}

/** The cell of `header` in the tracker `sheet`, `below` rows under its header row (as the CLI's output shows it). */
function cellOf(v: View, sheet: string, header: string, below: number): string {
  const cells = v.cells.get(sheet)!;
  for (const [k, val] of cells)
    if (val === header) {
      const m = /^([A-Z]+)(\d+)$/.exec(k)!;
      return `${m[1]}${Number(m[2]) + below}`;
    }
  throw new Error(`no "${header}" in ${sheet}`);
}

describe('the three surfaces give one answer', () => {
  it('first track', async () => {
    const s = await threeSurfaces(HANOI);
    await each(s, (x) => x.track());
    const [cli] = await expectOneAnswer(s);
    expect(cli.names).toContain(PAPI_DATA);
  });

  it('refresh after typing statuses, dates and notes', async () => {
    const s = await threeSurfaces(HANOI);
    await each(s, (x) => x.track());
    const v = await s[0].view();
    const t = 'Theo dõi Phụ lục 1';
    const typed: Typed[] = [
      { sheet: t, cell: cellOf(v, t, 'Trạng thái', 1), value: 'Hoàn thành' },
      { sheet: t, cell: cellOf(v, t, 'Ngày hoàn thành', 1), value: { date: '2025-08-15' } },
      { sheet: t, cell: cellOf(v, t, 'Ghi chú', 1), value: 'đã giao văn thư' },
      { sheet: t, cell: cellOf(v, t, 'Trạng thái', 2), value: 'Tạm dừng' },
      { sheet: t, cell: cellOf(v, t, 'Trạng thái', 3), value: 'Đang thực hiện' },
      { sheet: t, cell: cellOf(v, t, 'Tiến độ (%)', 3), value: 50 },
    ];
    await each(s, (x) => x.type(typed));
    await each(s, (x) => x.track());
    const [cli] = await expectOneAnswer(s);
    // What was typed is still there after the refresh.
    for (const c of typed.filter((x) => typeof x.value === 'string'))
      expect(cli.cells.get(c.sheet)!.get(c.cell)).toBe(c.value);
  });

  it('refresh after the PAPI appendix is removed: "Dữ liệu PAPI" stays under the PAPI tracker’s formulas', async () => {
    const s = await threeSurfaces(HANOI);
    await each(s, (x) => x.track());
    await each(s, (x) => x.removePlanSheet('Phụ lục 4'));
    await each(s, (x) => x.track());
    const views = await expectOneAnswer(s);
    for (const v of views) {
      expect(v.names).toContain(PAPI_DATA);
      // The PAPI tracker (carried, its table gone) still counts on it.
      const papi = v.cells.get('Theo dõi Phụ lục 4')!;
      expect([...papi.values()].some((x) => typeof x === 'string' && x.includes(PAPI_DATA))).toBe(true);
    }
  });

  it('refresh with another plan', async () => {
    const s = await threeSurfaces(HANOI);
    await each(s, (x) => x.track());
    await each(s, (x) => x.switchPlan(DIENBAN));
    await each(s, (x) => x.track());
    const [cli] = await expectOneAnswer(s);
    expect(cli.names).toEqual(expect.arrayContaining(['Theo dõi Phụ lục', 'Theo dõi Phụ lục 1', PAPI_DATA]));
  });

  it('an official’s chart on a chiso sheet survives the refresh', async () => {
    const s = await threeSurfaces(HANOI);
    await each(s, (x) => x.track());
    await each(s, (x) => x.chart(SHEET_NAMES.summary));
    await each(s, (x) => x.track());
    await expectOneAnswer(s);
    for (const x of s) {
      const file = await x.file();
      if (!file) continue;
      const drawn = await sheetsWithDrawings(await OpcPackage.open(readFileSync(file)));
      expect({ who: x.name, drawn }).toEqual({ who: x.name, drawn: expect.arrayContaining([SHEET_NAMES.summary]) });
    }
  });

  it('a generated variant of a plan (moved to C5, renamed, headers without diacritics): track, type, refresh', async () => {
    // Generated here from the Điện Bàn plan, as officials' copies differ (test/fixtures-gen/variants.ts).
    const header = (m: SheetModel) => {
      for (let r = 1; r <= m.rows.length; r++) if (['TT', 'STT'].includes(cellText(m, r, 1).trim())) return r;
      throw new Error(`no header row on ${m.name}`);
    };
    const models = (await loadModels(DIENBAN)).map((m, i) =>
      shift(rename(mapRowText(m, header(m), stripDiacritics), `Bang ${i + 1}`), 4, 2),
    );
    const file = path.join(tempDir('chiso-3s-variant-'), 'bien-the.xlsx');
    writeFileSync(file, await writeModels(models));
    const s = await threeSurfaces(file);
    await each(s, (x) => x.track());
    const v = await s[0].view();
    const t = 'Theo dõi Bang 1';
    expect(v.names).toContain(t);
    const typed: Typed[] = [
      { sheet: t, cell: cellOf(v, t, 'Trạng thái', 1), value: 'Hoàn thành' },
      { sheet: t, cell: cellOf(v, t, 'Ghi chú', 2), value: 'chờ kinh phí' },
    ];
    await each(s, (x) => x.type(typed));
    await each(s, (x) => x.track());
    const [cli] = await expectOneAnswer(s);
    for (const c of typed) expect(cli.cells.get(c.sheet)!.get(c.cell)).toBe(c.value);
  });

  it('a Word plan', async () => {
    const s = await threeSurfaces(HANOI, WORD);
    await each(s, (x) => x.track());
    await expectOneAnswer(s);
  });
});
