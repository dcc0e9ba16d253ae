/**
 * The real plans: through the real reader (xlsx adapter → readPlan → validatePlan), and, independently of the
 * reader, through Plans built from the hand-made truth (fixtures/expected + the rows files' sheet rows and columns).
 * Assertions on codes and cells only.
 */
import * as fs from 'fs';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import type { Grid } from '../../../src/core/grid';
import type { Issue } from '../../../src/core/issues-types';
import { readPlan } from '../../../src/core/plan';
import type { Column, FieldValue, Plan, PlanRow, PlanTable, Role } from '../../../src/core/plan/types';
import { validatePlan } from '../../../src/core/validate';
import { fixturePath, planFile, truthFile } from '../../support/fixtures';

const HANOI = planFile('hanoi-2025-phu-luc.xlsx');
const DIENBAN = planFile('dienban-2025-phan-cong.xlsx');

const on = (issues: Issue[], sheet: string, code?: string) =>
  issues.filter((i) => i.sheet === sheet && (!code || i.code === code)).map((i) => `${i.code}@${i.cell}`);

/** What Phụ lục 2 and 4 must and must not show, whichever way the Plan was built. */
function expectHanoiScores(issues: Issue[]) {
  const pl2 = on(issues, 'Phụ lục 2');
  // The wrong subtotals: field 2 and criterion 2.4 results, field 6 target, the total target — and no other.
  expect(on(issues, 'Phụ lục 2', 'SUM_MISMATCH').sort()).toEqual([
    'SUM_MISMATCH@D16',
    'SUM_MISMATCH@D20',
    'SUM_MISMATCH@E69',
  ]);
  expect(on(issues, 'Phụ lục 2', 'TOTAL_MISMATCH')).toEqual(['TOTAL_MISMATCH@E108']);
  expect(pl2).toContain('ABOVE_MAX@E107'); // criterion 8.6: target 2 over a maximum of 1,5
  expect(pl2).toContain('NUMBER_GAP@A107'); // 8.4 → 8.6
  // Roundings are not errors: the total result 92,75 (92,746), field 4 (9,905), field 5 (12,701), 5.2 (2,344).
  for (const cell of ['D108', 'D34', 'D48', 'D50', 'D55'])
    expect(pl2.filter((x) => x.endsWith(`@${cell}`))).toEqual([]);
  // Phụ lục 4: the two PAPI targets below their 2024 results; 3 × 3,33 maxima and 4th-decimal roundings are fine.
  expect(on(issues, 'Phụ lục 4', 'TARGET_BELOW_RESULT').sort()).toEqual([
    'TARGET_BELOW_RESULT@E26',
    'TARGET_BELOW_RESULT@E29',
  ]);
  expect(issues.filter((i) => i.sheet === 'Phụ lục 4' && i.severity === 'error')).toEqual([]);
  // SIPAS percentages are not added up.
  expect(issues.filter((i) => i.sheet === 'Phụ lục 3' && /SUM|TOTAL/.test(i.code))).toEqual([]);
  expect(issues.filter((i) => i.code === 'RULE_FAILED')).toEqual([]);
}

describe('through the real reader', () => {
  let hanoi: { plan: Plan; grids: Grid[]; issues: Issue[] };
  let dienban: { plan: Plan; grids: Grid[]; issues: Issue[] };

  beforeAll(async () => {
    const load = async (file: string) => {
      const grids = await readWorkbookGrids(file);
      const plan = readPlan(grids, { file });
      return { plan, grids, issues: validatePlan(plan, grids) };
    };
    hanoi = await load(HANOI);
    dienban = await load(DIENBAN);
  });

  test('hanoi-2025-phu-luc.xlsx: the wrong subtotals, 8.6 above its maximum, the 8.5 gap, the PAPI decreases', () => {
    expectHanoiScores(hanoi.issues);
  });

  test("hanoi: criterion 8.1's target (8,7) disagrees with the SIPAS target (88 % → 8,8); its result agrees", () => {
    expect(on(hanoi.issues, 'Phụ lục 2', 'SIPAS_MISMATCH')).toEqual(['SIPAS_MISMATCH@E103']);
  });

  test('hanoi: issues come in workbook sheet order', () => {
    const order = hanoi.grids.map((g) => g.sheet);
    const idx = hanoi.issues.map((i) => order.indexOf(i.sheet));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
  });

  test('dienban-2025-phan-cong.xlsx: the impossible 31/11/2025 is an error on its deadline cell', () => {
    const invalid = dienban.issues.filter((i) => i.code === 'INVALID_DATE');
    expect(invalid.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Phụ lục!F6']);
    expect(invalid[0].severity).toBe('error');
    expect(dienban.issues.filter((i) => i.severity === 'error')).toHaveLength(1);
  });

  test('dienban: a criterion split over rows that repeat its number is not a numbering problem', () => {
    expect(dienban.issues.filter((i) => i.code.startsWith('NUMBER_'))).toEqual([]);
  });

  test('dienban: the empty second part of VII.2 (truth: "lead, coordinate, deadline and output empty") is flagged', () => {
    expect(
      on(dienban.issues, 'Phụ lục')
        .filter((x) => x.startsWith('MISSING_'))
        .sort(),
    ).toEqual(['MISSING_DEADLINE@F81', 'MISSING_LEAD@D81', 'MISSING_OUTPUT@G81']);
  });
});

// ---- Plans from the truth files (no reader involved) -----------------------------------------------------------

interface TruthRow {
  id: string;
  type: PlanRow['type'];
  label: string;
  parent?: string | null;
  fields: Record<string, FieldValue>;
}
interface RowsRow {
  id: string;
  row: number;
  cols: Record<string, string>;
}

function truthPlan(truthName: string, plansName: string, keys: string[]): Plan {
  const truth = JSON.parse(fs.readFileSync(truthFile(`${truthName}.json`), 'utf8')) as {
    tables: Array<{
      key: string;
      sheet: string;
      kind: PlanTable['kind'];
      title?: string[];
      columns: Array<{ role: Role; header: string; year?: number }>;
      rows: TruthRow[];
    }>;
  };
  const rows = JSON.parse(fs.readFileSync(fixturePath('plans', `${plansName}.rows.json`), 'utf8')) as Record<
    string,
    RowsRow[]
  >;
  const tables = truth.tables
    .filter((t) => keys.includes(t.key))
    .map((t): PlanTable => {
      const where = new Map(rows[t.key].map((r) => [r.id, r]));
      const first = rows[t.key][0];
      const colOf = (role: string) => first.cols[role];
      const columns: Column[] = t.columns.map((c) => ({
        col: colOf(c.role),
        index: colOf(c.role).charCodeAt(0) - 64,
        role: c.role,
        header: c.header,
        ...(c.year ? { year: c.year } : {}),
      }));
      const ids = new Set(t.rows.map((r) => r.id));
      const planRows = t.rows.map((r): PlanRow => {
        const w = where.get(r.id)!;
        const cells: Record<string, string> = {};
        for (const [role, col] of Object.entries(w.cols)) cells[role] = `${col}${w.row}`;
        const dotted = r.id.includes('.') ? r.id.slice(0, r.id.lastIndexOf('.')) : undefined;
        const parentKey = r.parent ?? (dotted && ids.has(dotted) ? dotted : undefined);
        return {
          row: w.row,
          span: 1,
          type: r.type,
          label: r.label,
          path: [r.label],
          key: r.id,
          fields: r.fields,
          cells,
          ...(parentKey ? { parentKey } : {}),
        };
      });
      return {
        sheet: t.sheet,
        kind: t.kind,
        title: t.title,
        headerRows: [planRows[0].row - 1],
        firstRow: planRows[0].row,
        lastRow: planRows[planRows.length - 1].row,
        columns,
        rows: planRows,
      };
    });
  return { year: 2025, tables };
}

describe('on Plans built from the truth files (reader-independent)', () => {
  test('hanoi Phụ lục 2–4 without grids (decimals from the numbers themselves)', () => {
    const issues = validatePlan(truthPlan('hanoi-2025', 'hanoi-2025-phu-luc', ['pl2', 'pl3', 'pl4']));
    expectHanoiScores(issues);
    expect(on(issues, 'Phụ lục 2', 'SIPAS_MISMATCH')).toEqual(['SIPAS_MISMATCH@E103']);
  });

  test('hanoi Phụ lục 2–4 with the real grids', async () => {
    const grids = await readWorkbookGrids(HANOI);
    expectHanoiScores(validatePlan(truthPlan('hanoi-2025', 'hanoi-2025-phu-luc', ['pl2', 'pl3', 'pl4']), grids));
  });
});
