import { buildTrackerSet } from '../../../src/core/tracker';
import { bucketTotal } from '../../../src/core/tracker/status';
import { indexKind } from '../../../src/core/tracker/score-model';
import type { Plan } from '../../../src/core/plan/types';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { readTablesFlow } from '../../../src/core/app';
import { at, fixturePlan, gridOfSpec, headerCol, rowOfKey, scoreRow, scoreTable, totalRow, typeInto } from './helpers';

const TODAY = '2025-09-30';

const par = scoreTable('Phụ lục 2', 'Các chỉ tiêu tại Chỉ số CCHC - PAR INDEX', [
  scoreRow('1', 'CÔNG TÁC CHỈ ĐẠO', [3.5, 9, 3.5]),
  scoreRow('1.1', 'Kế hoạch CCHC', [1.5, 1.5, 1.5], { parentKey: '1', fields: { lead: 'Sở Nội vụ' } }),
  scoreRow('1.2', 'Báo cáo', [2, 1.25, 2.5], { parentKey: '1', fields: { lead: 'Sở Nội vụ' } }),
  scoreRow('2', 'CẢI CÁCH THỂ CHẾ', [1, 0.75, '>0,9'], { fields: { lead: 'Sở Tư pháp' } }),
  totalRow('TỔNG ĐIỂM', [100, 1, 2]),
]);
const sipas = scoreTable('Phụ lục 3', 'Chỉ số Hài lòng - SIPAS', [
  totalRow('CHỈ SỐ HÀI LÒNG CHUNG', [100, 86.5, 88]),
  scoreRow('I', 'Chính sách', [100, 86.51, 88]),
  scoreRow('I.1', 'Trách nhiệm giải trình', [100, 86.32, 88], { parentKey: 'I' }),
]);
/** PAPI's sub-dimensions under dimension 1, each labelled "-". */
const dash = { parentKey: '1', label: '-' };
const papi = scoreTable('Phụ lục 4', 'Chỉ số PAPI', [
  totalRow('CHỈ SỐ CHUNG', [80, 43.7747, 44]),
  scoreRow('1', 'Tham gia của người dân', [10, 5.3923, 5.7]),
  scoreRow('1.#1', 'Tri thức công dân', [3.33, 1.4257, 1.5], dash),
  scoreRow('1.#2', 'Cơ hội tham gia', [3.33, 1.531, 1.6], dash),
  scoreRow('1.#3', 'Chất lượng bầu cử', [3.33, 2.4356, 2.6], dash),
]);

function sheets(...tables: Plan['tables']): SheetSpec[] {
  return buildTrackerSet({ year: 2025, tables }, [], { today: TODAY, fixedToday: true }).sheets;
}

describe('score tracker', () => {
  it('recognises the index of a table from its title', () => {
    expect([par, sipas, papi].map(indexKind)).toEqual(['par', 'sipas', 'papi']);
  });

  it('PAR: parents and the total are SUM formulas of their children; cached values are the sums', () => {
    const t = sheets(par).find((s) => s.kind === 'scores')!;
    expect(t.name).toBe('Theo dõi Phụ lục 2');
    const r1 = rowOfKey(t, '1');
    const maxCol = headerCol(t, 'Điểm tối đa');
    const resCol = headerCol(t, 'Kết quả 2024');
    const tgtCol = headerCol(t, 'Mục tiêu 2025');
    const estCol = headerCol(t, 'Ước đạt 2025');
    expect(at(t, r1, resCol)).toMatchObject({ f: `SUM(E${r1 + 1}:E${r1 + 2})`, r: 2.75 });
    // The printed parent (9) was wrong: the tracker shows the sum.
    const rt = rowOfKey(t, 'TỔNG');
    expect(at(t, rt, maxCol)).toMatchObject({ f: `SUM(D${r1},D${r1 + 3})`, r: 4.5 });
    expect(at(t, rt, resCol)?.r).toBe(3.5);
    // A text target (">0,9") stays text and is left out of the sum.
    expect(at(t, r1 + 3, tgtCol)?.v).toBe('>0,9');
    expect(at(t, rt, tgtCol)?.r).toBe(4);
    // Estimates start from last year's result on detail rows (editable), sums on parents.
    expect(at(t, r1 + 1, estCol)).toMatchObject({ v: 1.5, s: 'entryScore' });
    expect(at(t, rt, estCol)?.f).toBe(`SUM(G${r1},G${r1 + 3})`);
    const gap = at(t, r1 + 2, headerCol(t, 'Còn thiếu so với mục tiêu'));
    expect(gap).toMatchObject({
      f: `IF(AND(ISNUMBER(F${r1 + 2}),ISNUMBER(G${r1 + 2})),F${r1 + 2}-G${r1 + 2},"")`,
      r: 1.25,
    });
    expect(at(t, r1 + 2, headerCol(t, 'Tỷ lệ đạt'))?.r).toBeCloseTo(0.625, 9);
  });

  it('PAR: colours targets above the maximum or below last year, and draws data bars on achievement', () => {
    const t = sheets(par).find((s) => s.kind === 'scores')!;
    const rules = (t.condFormats ?? []).flatMap((c) => c.rules.map((r) => ({ range: c.range, ...r })));
    expect(
      rules.find((r) => r.type === 'expression' && r.range.startsWith('F') && r.formula.includes('$F6>$D6')),
    ).toBeDefined();
    expect(
      rules.find((r) => r.type === 'expression' && r.formula === 'AND(ISNUMBER($F6),ISNUMBER($E6),$F6<$E6)'),
    ).toBeDefined();
    expect(rules.find((r) => r.type === 'dataBar' && r.range.startsWith('J'))).toMatchObject({ min: 0, max: 1 });
  });

  it('SIPAS: no sums (not additive) and the criterion 8.1 points below the table', () => {
    const t = sheets(sipas).find((s) => s.kind === 'scores')!;
    const rt = rowOfKey(t, 'TỔNG');
    expect(at(t, rt, headerCol(t, 'Kết quả 2024'))).toMatchObject({ v: 86.5 });
    expect(at(t, rowOfKey(t, 'I'), headerCol(t, 'Kết quả 2024'))?.f).toBeUndefined();
    const row81 = t.cells.findIndex((r) => typeof r?.[0]?.v === 'string' && r[0].v.startsWith('Điểm tiêu chí 8.1')) + 1;
    expect(row81).toBeGreaterThan(0);
    expect(at(t, row81, 5)).toMatchObject({ f: `IF(ISNUMBER(E${rt}),E${rt}*$D$${row81}/100,"")` });
    expect(at(t, row81, 5)?.r).toBeCloseTo(8.65, 9);
  });

  it('PAPI: keeps the published results, sums targets, and ranks/groups with COUNTIF over the data sheet', () => {
    const all = sheets(papi);
    const t = all.find((s) => s.kind === 'scores')!;
    const data = all.find((s) => s.kind === 'data')!;
    expect(data.name).toBe('Dữ liệu PAPI');
    const rt = rowOfKey(t, 'TỔNG');
    expect(at(t, rt, headerCol(t, 'Kết quả 2024'))).toMatchObject({ v: 43.7747 });
    expect(at(t, rt, headerCol(t, 'Mục tiêu 2025'))?.f).toBe(`SUM(F${rt + 1})`);
    expect(at(t, rt + 1, headerCol(t, 'Mục tiêu 2025'))?.r).toBeCloseTo(5.7, 9);
    const rankRow = t.cells.findIndex((r) => typeof r?.[0]?.v === 'string' && r[0].v.startsWith('Hạng nếu so')) + 1;
    const rank = at(t, rankRow, 5);
    expect(rank?.f).toMatch(
      /^IF\(ISNUMBER\(E\d+\),1\+COUNTIF\('Dữ liệu PAPI'!\$C\$\d+:\$C\$\d+,">"&ROUND\(E\d+,4\)\),""\)$/,
    );
    // Hà Nội 2024: 43,7747 → 29th, "Trung bình cao" (published).
    expect(rank?.r).toBe(29);
    expect(at(t, rankRow + 1, 5)?.r).toBe('Trung bình cao');
    expect(at(t, rankRow + 1, 5)?.f).toContain(`IF(ROUND(E${rt},4)>='Dữ liệu PAPI'!$G$`);
    // The range the rank counts is the 2024 block: 61 provinces.
    const m = /\$C\$(\d+):\$C\$(\d+)/.exec(rank?.f ?? '')!;
    const years = new Set<unknown>();
    for (let r = Number(m[1]); r <= Number(m[2]); r++) years.add(at(data, r, 1)?.v);
    expect([...years]).toEqual([2024]);
    expect(Number(m[2]) - Number(m[1]) + 1).toBe(61);
  });
});

describe('PAPI estimates on the Hà Nội plan', () => {
  let first: ReturnType<typeof buildTrackerSet>;
  let plan: Plan;
  const papiOf = (set: ReturnType<typeof buildTrackerSet>) =>
    set.sheets.find((s) => s.kind === 'scores' && s.source?.sheet === 'Phụ lục 4')!;
  const rankRowOf = (t: SheetSpec) =>
    t.cells.findIndex((r) => typeof r?.[0]?.v === 'string' && r[0].v.startsWith('Hạng nếu so')) + 1;

  beforeAll(async () => {
    plan = readTablesFlow(await readWorkbookGrids(fixturePlan())).plan;
    first = buildTrackerSet(plan, [], { today: TODAY, fixedToday: true });
  });

  it('numbering labels are text in every tracker: criteria 1.1, 1.2 (numbers in the plan) show as "1.1", never "1,1"', () => {
    const labelCol = (t: SheetSpec) => headerCol(t, t.kind === 'scores' ? 'STT' : 'TT');
    const shown = first.sheets
      .filter((t) => t.kind === 'scores' || t.kind === 'tasks')
      .flatMap((t) => t.cells.slice(5).map((r) => r?.[labelCol(t) - 1]?.v))
      .filter((v): v is string => typeof v === 'string');
    expect(shown).toEqual(expect.arrayContaining(['1.1', '1.2']));
    expect(shown.filter((v) => /^\d+(,\d+)+\.?$/.test(v))).toEqual([]);
  });

  it('counts tasks by lead agency over the task tables (the pane draws them): a task naming several counts for each', () => {
    const { agencies, tasks } = first.stats;
    expect(agencies.length).toBeGreaterThan(5);
    expect(agencies.reduce((a, x) => a + x.total, 0)).toBeGreaterThanOrEqual(tasks);
    for (const a of agencies) expect(bucketTotal(a.buckets)).toBe(a.total);
    expect(new Set(agencies.map((a) => a.name)).size).toBe(agencies.length);
    expect(agencies.find((a) => a.name === 'UBND cấp xã')?.total).toBeGreaterThan(50);
  });

  it('a fresh tracker estimates the published total and rank (43,7747 → 29th), not the sum of rounded parts', () => {
    const t = papiOf(first);
    const rt = totalRowOf(first, t);
    const est = headerCol(t, 'Ước đạt');
    const res = headerCol(t, 'Kết quả');
    expect(at(t, rt, res)?.v).toBe(43.7747);
    expect(at(t, rt, est)?.r).toBe(43.7747);
    expect(at(t, rt, est)?.f).toMatch(new RegExp(`^IF\\(AND\\(G\\d+=E\\d+(,G\\d+=E\\d+)+\\),E${rt},SUM\\(`));
    const rankRow = rankRowOf(t);
    expect(at(t, rankRow, 5)?.r).toBe(29);
    expect(at(t, rankRow, 7)?.r).toBe(29);
    const summary = first.sheets.find((s) => s.kind === 'summary')!;
    expect(summary.cells.find((r) => typeof r?.[0]?.v === 'string' && r[0].v.startsWith('PAPI'))?.[7]?.r).toBe(29);
  });

  it('once an estimate is typed below, the dimension and the total are sums again', () => {
    const t = papiOf(first);
    const est = headerCol(t, 'Ước đạt');
    // The first sub-dimension under a dimension: raise its estimate by 0,5.
    const subRow =
      t.cells.findIndex((r, i) => i >= 5 && r?.[est - 1]?.s === 'entryScore' && typeof r?.[est - 1]?.v === 'number') +
      1;
    const grids = first.sheets.map(gridOfSpec);
    const g = grids.find((x) => x.sheet === t.name)!;
    const old = at(t, subRow, est)!.v as number;
    typeInto(g, subRow, est, { kind: 'number', value: old + 0.5 });
    const second = buildTrackerSet(
      plan,
      [],
      { today: TODAY, fixedToday: true, existingSheets: first.sheets.map((s) => s.name) },
      { grids },
    );
    const t2 = papiOf(second);
    const parentRow = [...Array(subRow).keys()]
      .reverse()
      .find((r) => r > 5 && r < subRow && at(t2, r, est)?.f !== undefined)!;
    const children: number[] = [];
    for (let r = parentRow + 1; r <= t2.cells.length && at(t2, r, est)?.s === 'entryScore'; r++)
      children.push(at(t2, r, est)!.v as number);
    const sum = Math.round(children.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
    expect(at(t2, parentRow, est)?.r).toBe(sum);
    const rt = totalRowOf(second, t2);
    expect(at(t2, rt, est)?.r).not.toBe(43.7747);
    expect(at(t2, rt, est)?.r as number).toBeCloseTo(43.7747 + 0.5, 2);
  });
});

/** Sheet row of a score tracker's total: the summary's estimate cell refers to it. */
function totalRowOf(set: ReturnType<typeof buildTrackerSet>, t: SheetSpec): number {
  const summary = set.sheets.find((s) => s.kind === 'summary')!;
  const row = summary.cells.find((r) => typeof r?.[0]?.v === 'string' && r[0].v.endsWith(`— ${t.name}`))!;
  return Number(/!G(\d+)$/.exec(row[4]!.f!)![1]);
}
