/**
 * The reader finds the same rows and fields when the real appendices are reshaped the way officials' copies differ
 * (generated in memory with exceljs, read back through the same adapter). Compared with the reader's output on the
 * original file, and for some variants scored against the truth by the shared scoring script.
 */
import { readWorkbookGrids } from '../../src/adapters/xlsx/read';
import { readPlan } from '../../src/core/plan';
import type { Plan } from '../../src/core/plan/types';
import { FIXTURES, diffTables, evaluate } from '../core/plan/helpers';
import { type SheetModel, loadModels, setCell, width, writeModels } from './model';
import { ranksSheet } from './ranks';
import {
  appendNotes,
  cellText,
  findRow,
  insertColumn,
  mapRowText,
  nonAppendixSheet,
  numbersToText,
  rename,
  reorderColumns,
  shift,
  stack,
  stripDiacritics,
  twoRowYearHeader,
} from './variants';

async function planOf(models: SheetModel[]): Promise<Plan> {
  return readPlan(await readWorkbookGrids(await writeModels(models)));
}

/** The header row of a fixture sheet (the row holding "TT" or "STT"). */
function headerRow(m: SheetModel): number {
  for (let r = 1; r <= m.rows.length; r++) if (['TT', 'STT'].includes(cellText(m, r, 1).trim())) return r;
  throw new Error('no header');
}

function expectSame(orig: Plan, variant: Plan, opts: Parameters<typeof diffTables>[2] = {}): void {
  expect(variant.tables.map((t) => t.kind)).toEqual(orig.tables.map((t) => t.kind));
  orig.tables.forEach((t, i) => expect(diffTables(t, variant.tables[i], opts)).toEqual([]));
}

describe.each(FIXTURES)('variants of $name', ({ file, truth }) => {
  let models: SheetModel[];
  let original: Plan;
  beforeAll(async () => {
    models = await loadModels(file);
    original = readPlan(await readWorkbookGrids(file));
    // The generator round trip itself changes nothing.
    expectSame(original, await planOf(models));
  });

  it('reordered columns', async () => {
    const order = (w: number) => (w === 6 ? [2, 3, 1, 5, 6, 4] : [7, 2, 1, 4, 3, 6, 5]);
    expectSame(original, await planOf(models.map((m) => reorderColumns(m, order(width(m))))));
  });

  it('an extra "Lãnh đạo phụ trách" column', async () => {
    const variant = models.map((m) => {
      const h = headerRow(m);
      const at = width(m) + 1;
      return insertColumn(m, at, (r) => {
        if (r === h) return { value: 'Lãnh đạo phụ trách' };
        const label = cellText(m, r, 1).trim();
        return r > h && /^\d+\.?$/.test(label) ? { value: `Đ/c Lê Văn ${label} - PCT UBND` } : null;
      });
    });
    const plan = await planOf(variant);
    expectSame(original, plan, { ignoreFields: ['leader'] });
    const leaders = plan.tables.flatMap((t) => t.rows.filter((r) => r.fields.leader));
    expect(leaders.length).toBeGreaterThan(20);
    for (const r of leaders) expect(r.fields.leader).toBe(`Đ/c Lê Văn ${r.label.trim()} - PCT UBND`);
    expect(
      plan.tables.every((t) => t.columns.some((c) => c.role === 'leader' && c.header === 'Lãnh đạo phụ trách')),
    ).toBe(true);
  });

  it('headers without diacritics', async () => {
    expectSame(original, await planOf(models.map((m) => mapRowText(m, headerRow(m), stripDiacritics))));
  });

  it('the table moved to start at C5 (and beyond)', async () => {
    const plan = await planOf(models.map((m) => shift(m, 4, 2)));
    expectSame(original, plan);
    expect(plan.tables[0].columns[0].col).toBe('C');
    expect(plan.tables[0].headerRows[0]).toBe(original.tables[0].headerRows[0] + 4);
  });

  it('renamed sheets plus a non-appendix sheet', async () => {
    const names = models.map((m, i) => `PL${i + 1} ${m.name.length}`);
    const plan = await planOf([nonAppendixSheet('Hướng dẫn'), ...models.map((m, i) => rename(m, names[i]))]);
    expectSame(original, plan);
    expect(plan.tables.map((t) => t.sheet)).toEqual(names);
    const mapping = models.map((m, i) => `${truthKey(m.name)}:${names[i]}`).join(',');
    const { lines } = evaluate(truth, plan, [`--sheets=${mapping}`]);
    for (const l of lines) expect([l.rows, l.fields, l.structure].every((x) => x >= 0.99)).toBe(true);
  });

  it('notes below each table', async () => {
    const notes = [
      'Ghi chú: Các cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/2025.',
      '- Điểm tối đa theo Bộ Chỉ số năm 2024.',
      '* Lưu ý: số liệu tạm tính',
    ];
    expectSame(original, await planOf(models.map((m) => appendNotes(m, notes))));
  });

  it('numbers typed as text with a decimal comma', async () => {
    expectSame(original, await planOf(models.map((m) => numbersToText(m, headerRow(m) + 1))));
  });

  it('everything at once: shifted, reordered, no diacritics, notes, renamed', async () => {
    const variant = models.map((m, i) => {
      const h = headerRow(m);
      const w = width(m);
      const order = Array.from({ length: w }, (_, k) => w - k);
      const reshaped = appendNotes(mapRowText(reorderColumns(m, order), h, stripDiacritics), [
        'Ghi chú: tài liệu kiểm chứng gửi về Phòng Nội vụ.',
      ]);
      return rename(shift(reshaped, 2, 3), `Sheet${i + 1}`);
    });
    expectSame(original, await planOf(variant));
  });
});

/** Sheet name → the truth's table key (Phụ lục 1 → pl1, Phụ lục → pl). */
function truthKey(sheet: string): string {
  const m = /(\d+)$/.exec(sheet);
  return m ? `pl${m[1]}` : 'pl';
}

describe('two appendices on one sheet, two-row year headers, rank tables', () => {
  let hanoi: SheetModel[];
  let hanoiPlan: Plan;
  beforeAll(async () => {
    hanoi = await loadModels(FIXTURES[0].file);
    hanoiPlan = readPlan(await readWorkbookGrids(FIXTURES[0].file));
  });

  it('finds both tables when Phụ lục 2 and Phụ lục 3 share a sheet (titles between them)', async () => {
    const plan = await planOf([stack(hanoi[1], hanoi[2], 3, 'Phụ lục 2-3')]);
    expect(plan.tables).toHaveLength(2);
    expect(diffTables(hanoiPlan.tables[1], plan.tables[0])).toEqual([]);
    expect(diffTables(hanoiPlan.tables[2], plan.tables[1])).toEqual([]);
    expect(plan.tables[1].title?.[0]).toBe('Phụ lục 3');
    const { lines } = evaluate(FIXTURES[0].truth, plan, [
      '--tables=pl2,pl3',
      '--sheets=pl2:Phụ lục 2-3,pl3:Phụ lục 2-3',
    ]);
    expect(lines.map((l) => [l.rows, l.fields])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('finds both tables with notes and no blank row between them', async () => {
    const first = appendNotes(hanoi[3], ['Ghi chú: kết quả PAPI năm 2024.']);
    const plan = await planOf([stack(first, hanoi[0], 0, 'Gộp')]);
    expect(plan.tables).toHaveLength(2);
    expect(diffTables(hanoiPlan.tables[3], plan.tables[0])).toEqual([]);
    expect(diffTables(hanoiPlan.tables[0], plan.tables[1])).toEqual([]);
  });

  it('reads two-row headers with year sub-columns ("Kết quả" over "Năm 2024")', async () => {
    const variant = hanoi.slice(1).map((m) => twoRowYearHeader(m, headerRow(m)));
    const plan = await planOf(variant);
    plan.tables.forEach((t, i) => {
      expect(t.headerRows).toHaveLength(2);
      expect(t.columns.find((c) => c.role === 'result')?.year).toBe(2024);
      expect(t.columns.find((c) => c.role === 'target')?.year).toBe(2025);
      expect(diffTables(hanoiPlan.tables[i + 1], t)).toEqual([]);
    });
  });

  it('reads a rank table: years under "Phấn đấu chỉ tiêu về thứ hạng qua các năm", "Nhiệm vụ/Giải pháp" as output', async () => {
    for (const seed of [1, 2, 3]) {
      const { model, expect: want } = ranksSheet('Phụ lục 5', seed);
      const plan = await planOf([model]);
      expect(plan.tables).toHaveLength(1);
      const t = plan.tables[0];
      expect(t.kind).toBe('ranks');
      expect(t.columns.filter((c) => c.role === 'rank').map((c) => c.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
      expect(t.rows.map((r) => r.type)).toEqual(want.map(() => 'item'));
      t.rows.forEach((r, i) => {
        expect(r.label).toBe(want[i].label);
        expect(r.fields).toEqual({ task: want[i].task, ...want[i].ranks, output: want[i].output, lead: want[i].lead });
      });
    }
  });

  it('ignores a sheet of free text and a contact list', async () => {
    const sheet = nonAppendixSheet('Danh bạ');
    setCell(sheet, 10, 1, { value: 'Ghi chú: cập nhật hằng tháng' });
    const plan = await planOf([sheet]);
    expect(plan.tables).toEqual([]);
    expect(findRow(sheet, 'STT')).toBe(4);
  });
});
