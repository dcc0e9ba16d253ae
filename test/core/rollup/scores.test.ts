/**
 * A department's tracker of the whole sample plan (task and score trackers): estimates typed in the PAR INDEX tracker
 * (one as text with a decimal comma) and in the SIPAS total, then every formula's cached result dropped (as another
 * program may save it). The roll-up's projected totals are computed from the typed cells: PAR = the sum of its leaf
 * estimates, SIPAS = the typed total, PAPI = the published total (nothing typed below it); the unit is named from the
 * plan's title.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { runTrack } from '../../../src/cli/commands/track';
import { readUnit, type UnitRead } from '../../../src/core/rollup';
import { fixturePlan, tempDir } from '../tracker/helpers';
import { prng } from '../../support/rng';
import { AS_OF } from './units';

describe('score totals of a tracker read back without cached results', () => {
  let unit: UnitRead;
  let parLeaves = 0;
  let papiPublished = 0;
  let typed = 0;

  beforeAll(async () => {
    const dir = tempDir('chiso-rollup-scores-');
    const file = path.join(dir, 'so-noi-vu.xlsx');
    await runTrack({ input: fixturePlan(), output: file, today: AS_OF, fixedToday: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rnd = prng(7);
    const par = wb.getWorksheet('Theo dõi Phụ lục 2')!;
    const keys: string[] = [];
    par.eachRow((row, r) => {
      if (r > 5 && row.getCell(1).text) keys.push(row.getCell(1).text);
    });
    par.eachRow((row, r) => {
      const key = row.getCell(1).text;
      if (r <= 5 || !key || key === 'TỔNG' || keys.some((k) => k.startsWith(`${key}.`))) return;
      let est = Number(row.getCell(7).value);
      if (rnd() < 0.3) {
        est = Math.round(rnd() * Number(row.getCell(4).value) * 4) / 4;
        // Officials type numbers as numbers, sometimes as text with a decimal comma.
        row.getCell(7).value = typed++ % 3 === 0 ? String(est).replace('.', ',') : est;
      }
      parLeaves += est;
    });
    const sipas = wb.getWorksheet('Theo dõi Phụ lục 3')!;
    expect(sipas.getCell('A6').text).toBe('TỔNG');
    sipas.getCell('G6').value = '87,5';
    const papi = wb.getWorksheet('Theo dõi Phụ lục 4')!;
    expect(papi.getCell('A6').text).toBe('TỔNG');
    papiPublished = Number(papi.getCell('E6').value);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string } | null;
          if (v && typeof v === 'object' && v.formula) cell.value = { formula: v.formula };
        }),
      );
    }
    await wb.xlsx.writeFile(file);
    const read = readUnit(await readWorkbookGrids(file), 'so-noi-vu.xlsx', AS_OF, 14);
    if ('skip' in read) throw new Error(read.skip.en);
    unit = read.read;
  }, 120000);

  it('typed something to compare', () => {
    expect(typed).toBeGreaterThan(5);
    expect(Math.abs(parLeaves - 92.8)).toBeGreaterThan(0.01);
  });

  it('sums the PAR INDEX leaves, takes the SIPAS total as typed, keeps the published PAPI total', () => {
    const by = Object.fromEntries(unit.scores.map((s) => [s.index, s]));
    expect(by.par.estimate).toBeCloseTo(parLeaves, 9);
    expect(by.par.max).toBeCloseTo(100, 9);
    expect(by.sipas.estimate).toBe(87.5);
    expect(by.papi.estimate).toBe(papiPublished);
    expect(by.papi.result).toBe(papiPublished);
  });

  it('names the unit from the plan title and counts its tasks', () => {
    expect(unit.unit).toBe('UBND Thành phố');
    expect(unit.tasks.length).toBe(139);
  });
});
