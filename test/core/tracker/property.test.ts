/**
 * Seeded property test: random plans (negative, huge and non-finite numbers, number-like text, empty tables and
 * cells, odd agencies), tracked, then refreshed from their own output with random entries typed in. On both runs
 * every task is in exactly one alert bucket and the counts add up to the number of tasks; on the refresh every
 * entry typed on a task or score row is still there, at the same key and column. A failure prints the seed and
 * case number to replay.
 */
import type { Cell, Grid } from '../../../src/core/grid';
import type { Plan, PlanRow, PlanTable } from '../../../src/core/plan/types';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { ALERT, buildTrackerSet, TASK_HEADERS, type TrackerSet } from '../../../src/core/tracker';
import { bar } from '../../../src/core/tracker/summary-sheet';
import { prng } from '../../support/rng';
import { gridOfSpec, headerCol, scoreTable, taskTable, typeInto } from './helpers';
import { BUCKETS as BUCKET_MODEL } from '../../../src/core/tracker/status';

const SEED = 20251130;
const CASES = 150;

const NUMBERS = [0, -35, -1e308, 1e308, Number.MAX_VALUE, -0.0001, 3.33, 100, Infinity, -Infinity, NaN, 1e-300, 80];
const TEXTS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1,2,3',
  '>92,00',
  '-',
  '',
  '  ',
  '=1+1',
  '9,5',
  '-35',
  '1e999',
  '∞',
  '*?~',
];
const LEADS = [
  'Sở Nội vụ',
  '- Sở A\n- Sở B',
  'Sở * ?~; Sở Nội',
  '(ghi chú)',
  ';;;',
  '|',
  '',
  '+84 9',
  'Các sở, ban, ngành, UBND cấp xã',
  'x'.repeat(400),
];
const TITLES = ['PAR INDEX', 'Chỉ số PAPI', 'Chỉ số Hài lòng - SIPAS', 'Bảng điểm', ''];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function value(r: () => number): string | number | null {
  const k = r();
  if (k < 0.45) return pick(r, NUMBERS);
  if (k < 0.6) return (r() - 0.5) * 10 ** Math.floor(r() * 12);
  if (k < 0.85) return pick(r, TEXTS);
  return null;
}

function randomTable(r: () => number, sheet: string): PlanTable {
  const n = Math.floor(r() * 7);
  if (r() < 0.5) {
    const rows = Array.from({ length: n }, (_, i) => ({
      key: r() < 0.2 ? 'A' : `A.${i + 1}`,
      fields: {
        task: pick(r, TEXTS) || `Việc ${i}`,
        lead: pick(r, LEADS),
        deadline: pick(r, ['Tháng 7/2025', 'Thường xuyên', '', '31/02/2025']),
        output: value(r),
      },
      ...(r() < 0.5
        ? { due: { kind: 'date' as const, date: pick(r, ['2025-07-31', '2025-12-31', '1900-01-01']), text: 'x' } }
        : {}),
    }));
    return taskTable(sheet, rows);
  }
  const rows: Array<Partial<PlanRow> & { key: string }> = [];
  if (r() < 0.6)
    rows.push({
      key: 'TOTAL',
      type: 'total',
      label: '',
      path: [],
      fields: { task: 'TỔNG', max: value(r), result: value(r), target: value(r) },
    });
  for (let i = 0; i < n; i++) {
    const parent = i > 0 && r() < 0.5 ? `${Math.max(1, i - 1)}` : undefined;
    rows.push({
      key: parent ? `${parent}.${i}` : `${i + 1}`,
      ...(parent ? { parentKey: parent } : {}),
      fields: { task: `Tiêu chí ${i}`, max: value(r), result: value(r), target: value(r), lead: pick(r, LEADS) },
    });
  }
  return scoreTable(sheet, pick(r, TITLES), rows, { result: pick(r, [2023, 2024, 2030]), target: 2025 });
}

/** The buckets a task can be in: every alert but "removed from the plan" (not a task any more). */
const BUCKETS: string[] = Object.values(ALERT).filter((a) => a !== ALERT.removed);

/** A spec cell's value as a read-back shows it: a formula's cached result, else its value. */
function shownAt(spec: SheetSpec, row: number, col: number): unknown {
  const c = spec.cells[row - 1]?.[col - 1];
  if (!c) return null;
  return c.f !== undefined ? c.r : c.v;
}

/** The live task rows of a task tracker (an alert, not "removed"), with their alert. */
function taskRows(spec: SheetSpec): Array<{ row: number; alert: unknown }> {
  const col = headerCol(spec, TASK_HEADERS.alert);
  const out: Array<{ row: number; alert: unknown }> = [];
  for (let row = (spec.headerRow ?? 5) + 1; row <= spec.cells.length; row++) {
    const alert = shownAt(spec, row, col);
    if (alert !== null && alert !== undefined && alert !== '' && alert !== ALERT.removed) out.push({ row, alert });
  }
  return out;
}

/** Each task in exactly one bucket, and the counts (per bucket, and the run's) adding up to the number of tasks. */
function checkCounts(plan: Plan, set: TrackerSet): void {
  const rows = set.sheets.filter((s) => s.kind === 'tasks').flatMap(taskRows);
  const items = plan.tables.filter((t) => t.kind === 'tasks').flatMap((t) => t.rows.filter((r) => r.type === 'item'));
  expect(rows.length).toBe(items.length);
  for (const r of rows) expect(BUCKETS).toContain(r.alert);
  const n = (...alerts: string[]) => rows.filter((r) => alerts.includes(r.alert as string)).length;
  expect(BUCKETS.reduce((sum, b) => sum + n(b), 0)).toBe(rows.length);
  const { stats } = set;
  expect(stats.tasks).toBe(rows.length);
  // Each bucket's count is the number of rows whose alert word is that bucket's (counted here from the cells).
  expect(BUCKET_MODEL.map((b) => stats.buckets[b.key])).toEqual(BUCKET_MODEL.map((b) => n(b.vi)));
}

/** What an official typed: a number, or a text that is not blank. */
function entryOf(cell: Cell): number | string | null {
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'text' && cell.text.trim()) return cell.text;
  return null;
}

/** The n-th row (1-based sheet row) whose key (column A) is `key`, counting from the top. */
function nthRowOfKey(spec: SheetSpec | Grid, key: string, nth: number): number | null {
  let seen = 0;
  for (let r = 0; r < spec.cells.length; r++) {
    const c = spec.cells[r]?.[0] as { v?: unknown; kind?: string; text?: string } | undefined;
    const k = c && ('v' in c ? c.v : c.kind === 'text' ? c.text : undefined);
    if (r >= 5 && k === key && seen++ === nth) return r + 1;
  }
  return null;
}

describe('the tracker builder on random plans', () => {
  it(`counts add up and typed entries survive (seed ${SEED}, ${CASES} plans, each tracked then refreshed)`, () => {
    const r = prng(SEED);
    // The properties are not vacuous: over all cases, many tasks are counted and many entries checked.
    let tasksSeen = 0;
    let entriesChecked = 0;
    for (let c = 0; c < CASES; c++) {
      const tables = Array.from({ length: Math.floor(r() * 4) }, (_, i) => randomTable(r, `PL${i + 1}`));
      const plan: Plan = { year: r() < 0.8 ? 2025 : null, tables };
      const where = `seed ${SEED}, case ${c}`;
      let first;
      try {
        first = buildTrackerSet(plan, [], {
          today: '2025-09-30',
          fixedToday: r() < 0.5,
          soonDays: pick(r, [0, 14, 366]),
        });
      } catch (e) {
        throw new Error(`${where}, first run: ${String(e)}`);
      }
      const grids = first.sheets.map(gridOfSpec);
      // Entries typed on a keyed row into a cell chiso left for officials (not one of its formulas).
      const typed: Array<{ sheet: string; key: string; nth: number; header: string; value: number | string }> = [];
      for (const spec of first.sheets.filter((s) => s.kind === 'scores' || s.kind === 'tasks')) {
        const g = grids.find((x) => x.sheet === spec.name)!;
        const header = spec.kind === 'scores' ? 'Ước đạt' : TASK_HEADERS.progress;
        const col = headerCol(spec, header);
        const seen = new Map<string, number>();
        for (let row = 6; row <= g.rowCount + 1; row++) {
          const v = value(r);
          const cell: Cell | null =
            typeof v === 'number' ? { kind: 'number', value: v } : v !== null ? { kind: 'text', text: v } : null;
          const key = shownAt(spec, row, 1);
          const nth = typeof key === 'string' && key ? (seen.get(key) ?? 0) : -1;
          if (typeof key === 'string' && key) seen.set(key, nth + 1);
          if (!cell) continue;
          typeInto(g, row, col, cell);
          const entry = entryOf(cell);
          const own = spec.cells[row - 1]?.[col - 1];
          if (entry !== null && nth >= 0 && own?.f === undefined)
            typed.push({ sheet: spec.name, key: key as string, nth, header, value: entry });
        }
      }
      let second: TrackerSet;
      try {
        second = buildTrackerSet(
          plan,
          [],
          { today: '2025-09-30', existingSheets: first.sheets.map((s) => s.name) },
          { grids },
        );
      } catch (e) {
        throw new Error(`${where}, refresh: ${String(e)}`);
      }
      const check = (what: string, fn: () => void) => {
        try {
          fn();
        } catch (e) {
          throw new Error(`${where}, ${what}: ${e instanceof Error ? e.message : String(e)}`);
        }
      };
      tasksSeen += first.stats.tasks;
      entriesChecked += typed.length;
      check('first run counts', () => checkCounts(plan, first));
      check('refresh counts', () => checkCounts(plan, second));
      check('entries kept', () => {
        const lost = typed.filter((t) => {
          const spec = second.sheets.find((s) => s.name === t.sheet);
          const row = spec ? nthRowOfKey(spec, t.key, t.nth) : null;
          return !spec || row === null || !Object.is(shownAt(spec, row, headerCol(spec, t.header)), t.value);
        });
        expect(lost).toEqual([]);
      });
    }
    expect(tasksSeen).toBeGreaterThan(200);
    expect(entriesChecked).toBeGreaterThan(200);
  });

  it('draws a bar for any fraction, never with a negative or non-finite count', () => {
    for (const f of [-35, -Infinity, Infinity, NaN, -0.01, 0, 0.5, 1, 2, 1e308, -1e308])
      expect(() => bar(f)).not.toThrow();
    expect(bar(-0.5)).toBe('');
    expect(bar(0.5)).toBe('█'.repeat(10));
    expect(bar(7)).toBe('█'.repeat(20));
    expect(bar(NaN)).toBe('');
  });

  it('a negative score gives an empty bar, and the REPT formula is clamped at 0 too', () => {
    const t = scoreTable('PL2', 'PAR INDEX', [
      { key: '1', fields: { task: 'Tiêu chí âm', max: 10, result: -35, target: 5 } },
      { key: '2', fields: { task: 'Tiêu chí', max: 10, result: 1, target: 5 } },
    ]);
    const set = buildTrackerSet({ year: 2025, tables: [t] }, [], { today: '2025-09-30', fixedToday: true });
    const summary = set.sheets.find((s) => s.kind === 'summary')!;
    const row = summary.cells.find((x) => typeof x?.[0]?.v === 'string' && x[0].v.startsWith('PAR INDEX'))!;
    expect(row[4]?.r).toBe(-34);
    expect(row[6]).toMatchObject({ r: '' });
    expect(row[6]?.f).toMatch(/^IF\(F\d+="","",REPT\("█",MAX\(0,ROUND\(MIN\(F\d+,1\)\*20,0\)\)\)\)$/);
  });
});
