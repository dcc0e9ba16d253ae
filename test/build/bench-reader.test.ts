/**
 * Bench section "reader": extract + validate, validatePlan alone, the exceljs floor, the reader alone and the ratios,
 * per input. The run is checked for its shape (every case, finite positive figures, the issues found); the arithmetic
 * of the ratios on times given by hand.
 */
import * as fs from 'fs';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read';
import { readPlan } from '../../src/core/plan';
import { validatePlan } from '../../src/core/validate';
import { PLANS_DIR } from '../support/fixtures';
import { FIXTURES } from '../core/plan/helpers';
import * as section from '../../scripts/bench/reader';

describe('bench section "reader"', () => {
  it('times extract + validate against exceljs alone, for a synthetic plan and each fixture', async () => {
    const rows = await section.run({ runs: 1, rows: 300, code: { readWorkbookGrids, readPlan, validatePlan } });
    expect(section.name).toBe('reader');
    const labels = [
      'synthetic 300-row task plan',
      ...fs
        .readdirSync(PLANS_DIR)
        .filter((f) => f.endsWith('.xlsx'))
        .sort(),
    ];
    expect(rows.map((r) => [r.case, r.unit])).toEqual(
      labels.flatMap((l) => [
        [`${l}: extract + validate (reader + readPlan + validatePlan)`, 'ms'],
        [`${l}: validatePlan alone`, 'ms'],
        [`${l}: exceljs load alone`, 'ms'],
        [`${l}: (extract + validate) / exceljs`, 'x'],
        [`${l}: reader alone (readWorkbookGrids)`, 'ms'],
        [`${l}: reader / exceljs`, 'x'],
      ]),
    );
    for (const r of rows) expect(Number.isFinite(r.value) && r.value > 0).toBe(true);
    // The validation really ran: the note counts the issues validatePlan finds on the fixture.
    const hanoi = FIXTURES[0];
    const grids = await readWorkbookGrids(hanoi.file);
    const issues = validatePlan(readPlan(grids), grids);
    expect(issues.length).toBeGreaterThan(0);
    const note = rows.find((r) => r.case.startsWith('hanoi-2025-phu-luc.xlsx: extract + validate'))?.note;
    expect(note).toContain(`, ${issues.length} issues`);
  });

  it('tables one input as its times and the two ratios to exceljs alone (figures worked by hand)', () => {
    const rows = section.figures(
      'x.xlsx',
      { checked: 30.48, validation: 1.234, reading: 12.5, alone: 8 },
      'median of 3',
      '1 table(s), 5 items, 2 issues',
    );
    expect(rows).toEqual([
      {
        case: 'x.xlsx: extract + validate (reader + readPlan + validatePlan)',
        value: 30.5,
        unit: 'ms',
        note: 'median of 3; 1 table(s), 5 items, 2 issues',
      },
      { case: 'x.xlsx: validatePlan alone', value: 1.23, unit: 'ms', note: 'median of 3' },
      { case: 'x.xlsx: exceljs load alone', value: 8, unit: 'ms', note: 'median of 3' },
      // 30,48 / 8 = 3,81 and 12,5 / 8 = 1,5625 → 1,56 (two decimals); 30,48 ms → 30,5 (one decimal).
      { case: 'x.xlsx: (extract + validate) / exceljs', value: 3.81, unit: 'x' },
      { case: 'x.xlsx: reader alone (readWorkbookGrids)', value: 12.5, unit: 'ms', note: 'median of 3' },
      { case: 'x.xlsx: reader / exceljs', value: 1.56, unit: 'x' },
    ]);
  });
});
