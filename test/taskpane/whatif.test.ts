/**
 * What-if maths on the Hà Nội 2025 sample's score tables. The expected figures are worked by hand from the sample
 * (its cells as printed) and the published PAPI data (data/papi-provincial.csv), never by the functions under test.
 */
import { readFlow } from '../../src/taskpane/flows';
import { editCount, project, type WhatIfTable } from '../../src/taskpane/whatif';
import { HANOI, fixturePort } from './helpers';

let tables: WhatIfTable[];
beforeAll(async () => {
  tables = (await readFlow(await fixturePort(HANOI), 'all')).whatIf;
});
const none = () => ({ estimate: {}, target: {} });

describe('what-if projection', () => {
  it('PAR INDEX: the total of the leaf estimates, starting from last year’s results', () => {
    const par = tables.find((t) => t.index === 'par')!;
    // Phụ lục 2 has 80 leaf criteria (rows numbered 1.1, 1.3.1, … with nothing numbered below them); summed by hand
    // from the sheet: maxima 100, results of 2024 92,80 (the printed total row says 92,75), targets 96,585.
    const leaves = par.rows.filter((r) => r.editable);
    expect(leaves).toHaveLength(80);
    // Parents are not leaves: 1.3 has 1.3.1 and 1.3.2 below it.
    expect(par.rows.find((r) => r.label === '1.3')?.editable).toBe(false);
    const p = project(par, none(), 2024);
    expect(p.total).toBeCloseTo(92.8, 9);
    // The maximum is the PAR INDEX framework's 100 (issue 18), and the gap to it is 100 − the total.
    expect(p.max).toBe(100);
    expect(p.target).toBeCloseTo(96.585, 9);
    expect(p.gapTarget).toBeCloseTo(3.785, 9); // 96,585 − 92,8
    expect(p.gapMax).toBeCloseTo(7.2, 9); // 100 − 92,8
    expect(p.papi).toBeUndefined();
  });

  it('numbering labels are text: criteria 1.1, 1.2, 1.3 stored as numbers show as "1.1", never "1,1"', () => {
    const labels = tables.flatMap((t) => t.rows.map((r) => r.label));
    expect(labels).toEqual(expect.arrayContaining(['1.1', '1.2', '1.3']));
    expect(labels.filter((l) => /^\d+(,\d+)+$/.test(l))).toEqual([]);
  });

  it('an edited estimate moves the total and the gaps by exactly the change', () => {
    const par = tables.find((t) => t.index === 'par')!;
    const leaf = par.rows.find((r) => r.editable && r.result !== null && r.max !== null && r.result >= 0.5)!;
    const before = project(par, none(), 2024);
    const edits = { estimate: { [leaf.key]: (leaf.result as number) - 0.5 }, target: {} };
    const after = project(par, edits, 2024);
    expect(after.total).toBeCloseTo((before.total as number) - 0.5, 9);
    expect(after.gapTarget).toBeCloseTo((before.gapTarget as number) + 0.5, 9);
    expect(after.gapMax).toBeCloseTo((before.gapMax as number) + 0.5, 9);
    expect(after.edited).toBe(1);
    expect(editCount(par, edits)).toBe(1);
  });

  it('edits on rows that are sums are ignored (a parent is the sum of its children)', () => {
    const par = tables.find((t) => t.index === 'par')!;
    const parent = par.rows.find((r) => !r.editable && r.id !== '')!;
    expect(project(par, { estimate: { [parent.key]: 99 }, target: {} }, 2024)).toEqual(project(par, none(), 2024));
  });

  it('PAPI: rank and group of the projected total for the chosen year, as PAPI.RANK and PAPI.GROUP', () => {
    const papi = tables.find((t) => t.index === 'papi')!;
    // The first sub-dimension: 1.1 "Tri thức công dân", 1,4257 in 2024, raised by 1,5 to 2,9257. By hand: dimension 1
    // becomes 2,9257 + 1,5310 + 1,4600 + 0,9756 = 6,8923; the seven others keep their published results, which with
    // the published 5,3923 of dimension 1 add up to 43,7749; so 43,7749 − 5,3923 + 6,8923 = 45,2749. In
    // data/papi-provincial.csv, 7 provinces scored more in 2023 (Hà Tĩnh 45,4291 is 7th) and 9 in 2024 (Bình Dương
    // 45,3911 is 9th); the "Cao" group starts at 43,9603 (2023) and 44,7379 (2024).
    const sub = papi.rows.find((r) => r.editable)!;
    expect([sub.title, sub.result]).toEqual(['Tri thức công dân', 1.4257]);
    const edits = { estimate: { [sub.key]: 2.9257 }, target: {} };
    const expected = { 2023: { rank: 8, group: 'Cao' }, 2024: { rank: 10, group: 'Cao' } } as const;
    for (const year of [2023, 2024] as const) {
      const p = project(papi, edits, year);
      expect(p.total).toBeCloseTo(45.2749, 9);
      expect(p.gapTarget).toBeCloseTo(0.9251, 9); // the targets add up to 46,20
      expect(p.papi).toEqual({ year, ...expected[year] });
    }
    // Raising the estimate never worsens the rank.
    const low = project(papi, none(), 2024).papi!.rank as number;
    const high = project(papi, { estimate: { [sub.key]: 10 }, target: {} }, 2024).papi!.rank as number;
    expect(high).toBeLessThanOrEqual(low);
  });

  it('PAPI untouched: the published total (43,7747, rank 29 in 2024), not the drifting sum of rounded sub-dimensions', () => {
    const papi = tables.find((t) => t.index === 'papi')!;
    const p = project(papi, none(), 2024);
    expect(p.total).toBeCloseTo(43.7747, 6);
    expect(p.papi?.rank).toBe(29);
    // One edited sub-dimension: its dimension is summed again, the others keep their published results.
    const sub = papi.rows.find((r) => r.editable)!;
    const moved = project(papi, { estimate: { [sub.key]: (sub.result as number) + 1 }, target: {} }, 2024);
    expect(moved.total as number).toBeGreaterThan(43.7747 + 0.99);
    expect(moved.total as number).toBeLessThan(43.7747 + 1.01);
  });

  it('SIPAS: not additive; the overall satisfaction gives criterion 8.1 points (PAR.SIPAS)', () => {
    const sipas = tables.find((t) => t.index === 'sipas')!;
    expect(sipas.rows.every((r) => r.editable)).toBe(true);
    const total = sipas.rows.find((r) => r.id === '')!;
    const p = project(sipas, { estimate: { [total.key]: 90 }, target: {} }, 2024);
    expect(p.total).toBe(90);
    // Criterion 8.1 gives a tenth of the satisfaction in points (functions.md: 86,5 % → 8,65): 90 % → 9.
    expect(p.sipas?.points).toBeCloseTo(9, 9);
    expect(total.target).toBe(88); // "Mục tiêu năm 2025 (%)" of the overall row
    expect(p.gapTarget).toBeCloseTo(-2, 9);
  });

  it('reports the core’s message instead of a number when a value cannot be used', () => {
    const papi = tables.find((t) => t.index === 'papi')!;
    const all = Object.fromEntries(papi.rows.filter((r) => r.editable).map((r) => [r.key, 0]));
    const p = project(papi, { estimate: all, target: {} }, 2024);
    expect(p.total).toBe(0);
    expect(p.papi?.rank).toBeNull(); // 0 is not a PAPI total (10–80)
    expect(p.problems.length).toBeGreaterThan(0);
    expect(p.problems[0].vi).toMatch(/PAPI/);
  });
});
