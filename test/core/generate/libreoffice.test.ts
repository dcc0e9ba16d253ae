/**
 * The templates in a second spreadsheet program: LibreOffice opens them headless, recalculates every formula
 * (scripts/lo-render.sh forces it) and exports each sheet as CSV. Numbers typed into the leaves with
 * exceljs (what an official does) make the parents and the total add up: the PAR INDEX total row computes 100.
 * Outputs are kept under artifacts/generate-libreoffice/.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { flattenFramework, getFramework } from '../../../src/core/frameworks';
import { templateSpec } from '../../../src/core/generate';
import { readCsv } from '../tracker/render';
import { LO_RENDER } from '../../support/fixtures';
import { openBook, ROOT, writeSpecs } from './helpers';

const OUT = path.join(ROOT, 'artifacts', 'generate-libreoffice');
const RENDER = LO_RENDER;
const NAME = 'phu-luc';
const SHEETS = { empty: 'PAR trống', par: 'PAR đã điền', papi: 'PAPI đã điền' };

/** A number as LibreOffice shows it ("100.00", "9,99", "" when blank). */
function shownNumber(s: string): number | null {
  const t = s.replace(/\s/g, '');
  if (t === '') return null;
  const n = Number(/^-?[\d.]+$/.test(t) ? t : t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : NaN;
}

const isFormula = (v: unknown) => typeof v === 'object' && v !== null && 'formula' in v;

describe('templates in LibreOffice', () => {
  const csv = (sheet: string) => readCsv(path.join(OUT, 'render', `${NAME}-${sheet}.csv`));

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `${NAME}.xlsx`);
    await writeSpecs(
      [
        templateSpec('par', { year: 2026, sheet: SHEETS.empty }),
        templateSpec('par', { year: 2026, sheet: SHEETS.par }),
        templateSpec('papi', { year: 2026, sheet: SHEETS.papi }),
      ],
      file,
    );
    // An official types each leaf's maximum as the result and 80 % of it as the target.
    const wb = await openBook(file);
    for (const name of [SHEETS.par, SHEETS.papi]) {
      const ws = wb.getWorksheet(name)!;
      for (let r = 6; r <= ws.rowCount; r++) {
        const max = ws.getCell(r, 3).value;
        if (typeof max !== 'number' || isFormula(ws.getCell(r, 4).value)) continue;
        ws.getCell(r, 4).value = max;
        ws.getCell(r, 5).value = Math.round(max * 0.8 * 1e4) / 1e4;
      }
    }
    await wb.xlsx.writeFile(file);
    execFileSync('bash', [RENDER, file, path.join(OUT, 'render')], { stdio: 'pipe', timeout: 240000 });
  }, 300000);

  it('renders every sheet, without a formula error', () => {
    const csvs = readdirSync(path.join(OUT, 'render')).filter((f) => f.endsWith('.csv'));
    expect(csvs.sort()).toEqual(
      Object.values(SHEETS)
        .map((s) => `${NAME}-${s}.csv`)
        .sort(),
    );
    for (const f of csvs) {
      const text = readFileSync(path.join(OUT, 'render', f), 'utf8');
      expect({ f, bad: text.match(/Err:\d+|#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!/g) }).toEqual({ f, bad: null });
    }
  });

  it('PAR INDEX: the total row computes 100 from the typed leaves, every parent its own maximum', () => {
    const rows = csv(SHEETS.par);
    const total = rows.find((r) => r[1] === 'TỔNG ĐIỂM')!;
    expect(total).toBeDefined();
    expect(shownNumber(total[2])).toBe(100);
    expect(shownNumber(total[3])).toBe(100);
    expect(shownNumber(total[4])).toBeCloseTo(80, 6);
    const f = getFramework('par')!;
    let parents = 0;
    for (const { node } of flattenFramework(f)) {
      const row = rows.find((r) => r[0] === node.id && r[1] === node.title);
      expect(row).toBeDefined();
      expect({ id: node.id, max: shownNumber(row![2]), result: shownNumber(row![3]) }).toEqual({
        id: node.id,
        max: node.max,
        result: node.max,
      });
      if (node.children) parents++;
    }
    expect(parents).toBeGreaterThan(20);
  });

  it('an empty form shows maxima (100 in total) and blank parents, not a column of zeros', () => {
    const rows = csv(SHEETS.empty);
    const total = rows.find((r) => r[1] === 'TỔNG ĐIỂM')!;
    expect(shownNumber(total[2])).toBe(100);
    expect([total[3], total[4]]).toEqual(['', '']);
    const field1 = rows.find((r) => r[0] === '1')!;
    expect([shownNumber(field1[2]), field1[3], field1[4]]).toEqual([9.5, '', '']);
  });

  it('PAPI: the total is the sum of the dimensions, each the sum of its sub-dimensions', () => {
    const rows = csv(SHEETS.papi);
    const total = rows.find((r) => r[1] === 'CHỈ SỐ CHUNG')!;
    const f = getFramework('papi')!;
    const leaves = flattenFramework(f)
      .filter((e) => !e.node.children)
      .reduce((a, e) => a + e.node.max, 0);
    expect(shownNumber(total[2])).toBe(80);
    expect(shownNumber(total[3])).toBeCloseTo(leaves, 6);
    const dim3 = rows.find((r) => r[0] === '3.')!;
    expect([shownNumber(dim3[2]), shownNumber(dim3[3])]).toEqual([10, 9.99]);
  });
});
