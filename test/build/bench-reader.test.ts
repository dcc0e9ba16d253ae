/** Bench section "reader": extract + validate, validatePlan alone, the exceljs floor, the reader alone and the ratios, per input. */
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
    for (let i = 0; i < rows.length; i += 6) {
      expect(rows[i + 3].value).toBeCloseTo(rows[i].value / rows[i + 2].value, 0);
      expect(rows[i + 5].value).toBeCloseTo(rows[i + 4].value / rows[i + 2].value, 0);
    }
    // The validation really ran: the note counts the issues validatePlan finds on the fixture.
    const hanoi = FIXTURES[0];
    const grids = await readWorkbookGrids(hanoi.file);
    const issues = validatePlan(readPlan(grids), grids);
    expect(issues.length).toBeGreaterThan(0);
    const note = rows.find((r) => r.case.startsWith('hanoi-2025-phu-luc.xlsx: extract + validate'))?.note;
    expect(note).toContain(`, ${issues.length} issues`);
  });
});
