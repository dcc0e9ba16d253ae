/**
 * Issue 18: the page's what-if and the tracker give the same PAPI year, rank and group for the same file. Expected
 * values are read by hand from the published data (src/core/frameworks/papi-published.ts): Hà Nội's 2024 total
 * 43,7747 has 28 provinces above it in 2024 (rank 29) and 16 in 2023 (rank 17); it is below the "Cao" cut-offs
 * (2024: 44,7379; 2023: 43,9603) and above "Trung bình cao" (43,7289; 42,3966).
 */
import { readWorkbookGrids } from '../../src/adapters/xlsx/read';
import { readTablesFlow } from '../../src/core/app';
import type { Plan } from '../../src/core/plan/types';
import type { SheetSpec } from '../../src/core/sheetspec';
import { buildTrackerSet } from '../../src/core/tracker';
import { project, whatIfTables } from '../../src/taskpane/whatif';
import { HANOI } from './helpers';
import { readFileSync } from 'fs';

let plan: Plan;
beforeAll(async () => {
  plan = readTablesFlow(await readWorkbookGrids(new Uint8Array(readFileSync(HANOI)))).plan;
});

const none = () => ({ estimate: {}, target: {} });

/** What the page shows: the what-if's year, rank and group of the PAPI table. */
function page(p: Plan, picked: number | null = null) {
  const t = whatIfTables(p).find((x) => x.index === 'papi')!;
  return project(t, none(), picked).papi;
}

/** What the tracker shows: the year in its rank label and the cached rank and group of the estimate column. */
function tracker(p: Plan, papiYear?: number) {
  const set = buildTrackerSet(p, [], { today: '2025-09-30', fixedToday: true, papiYear });
  const t = set.sheets.find((s) => s.kind === 'scores' && s.source?.sheet === 'Phụ lục 4') as SheetSpec;
  // The label spans the first columns (its cell is the first of its merge).
  const isLabel = (c: { v?: unknown } | null | undefined) => typeof c?.v === 'string' && c.v.startsWith('Hạng nếu so');
  const row = t.cells.findIndex((r) => (r ?? []).some(isLabel));
  const label = (t.cells[row] ?? []).find(isLabel)?.v as string;
  const summary = set.sheets.find((s) => s.kind === 'summary') as SheetSpec;
  const heads = summary.cells.flatMap((r) => (r ?? []).map((c) => c?.v)).filter((v) => typeof v === 'string');
  return {
    year: Number(/năm (\d{4})/.exec(label)?.[1]),
    rank: t.cells[row]?.[6]?.r,
    group: t.cells[row + 1]?.[6]?.r,
    summaryHeads: heads.filter((h) => /^(Hạng|Nhóm) \(ước đạt/.test(String(h))),
  };
}

describe('one PAPI year, rank and group on the page and in the tracker', () => {
  it('a 2025 plan is compared with 2024: rank 29, "Trung bình cao" on both', () => {
    expect(page(plan)).toEqual({ year: 2024, rank: 29, group: 'Trung bình cao' });
    expect(tracker(plan)).toEqual({
      year: 2024,
      rank: 29,
      group: 'Trung bình cao',
      summaryHeads: ['Hạng (ước đạt, 2024)', 'Nhóm (ước đạt, 2024)'],
    });
  });

  it('the same tables in a 2024 plan are compared with 2023 on both: rank 17, "Trung bình cao"', () => {
    const p2024 = { ...plan, year: 2024 };
    expect(page(p2024)).toEqual({ year: 2023, rank: 17, group: 'Trung bình cao' });
    expect(tracker(p2024)).toMatchObject({ year: 2023, rank: 17, group: 'Trung bình cao' });
  });

  it('a year the official picks is used by both', () => {
    expect(page(plan, 2023)).toEqual({ year: 2023, rank: 17, group: 'Trung bình cao' });
    expect(tracker(plan, 2023)).toMatchObject({ year: 2023, rank: 17, group: 'Trung bình cao' });
  });
});
