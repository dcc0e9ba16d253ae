/**
 * The one track pipeline's decision, on the Hà Nội plan's Grids with formula references given as data: what is
 * added, rewritten, kept, removed and carried, and when the surfaces are asked for formulas.
 */
import { readFileSync } from 'fs';
import { readXlsxWorkbook } from '../../../src/adapters/xlsx/reader';
import {
  SheetRoleConflictError,
  splitObsolete,
  trackPipeline,
  type FormulaRefs,
  type TrackBook,
} from '../../../src/core/app';
import { gridFromValues, type Grid } from '../../../src/core/grid';
import { SHEET_NAMES } from '../../../src/core/tracker';
import { fixturePlan, gridOfSpec } from '../tracker/helpers';

const OPTS = { today: '2025-09-30', fixedToday: true, file: 'ha-noi.xlsx' };
const PAPI_DATA = SHEET_NAMES.papiData;

let plan: Grid[];
beforeAll(async () => {
  plan = (await readXlsxWorkbook(readFileSync(fixturePlan()), 'ha-noi.xlsx')).grids;
});

/** A book whose formulas are `refs`; `asked` records every question. */
function book(grids: Grid[], refs: FormulaRefs = { sheets: {}, book: [] }, drawn: string[] = []) {
  const asked: string[][] = [];
  const b: TrackBook = {
    grids,
    links: [],
    drawn,
    refs: (sheets) => {
      asked.push(sheets);
      return refs;
    },
  };
  return { b, asked };
}

/** The workbook after a first track: the plan and chiso's sheets as read back. */
async function tracked(): Promise<Grid[]> {
  const w = await trackPipeline({ input: book(plan).b }, OPTS);
  return [...plan, ...w.specs.map(gridOfSpec)];
}

describe('trackPipeline', () => {
  it('first track: every sheet is added, nothing removed, no formula read', async () => {
    const { b, asked } = book(plan);
    const w = await trackPipeline({ input: b }, OPTS);
    expect(w.add).toEqual(w.specs.map((s) => s.name));
    expect(w.add).toContain(PAPI_DATA);
    expect([w.rewrite, w.keep, w.remove, w.carry, w.copy]).toEqual([[], [], [], [], []]);
    expect(asked).toEqual([]);
  });

  it('keeps "Dữ liệu PAPI" while the carried PAPI tracker’s formulas use it, removes it when nothing does', async () => {
    const grids = (await tracked()).filter((g) => g.sheet !== 'Phụ lục 4');
    const used = book(grids, { sheets: { 'Theo dõi Phụ lục 4': [PAPI_DATA] }, book: [] });
    const w = await trackPipeline({ input: used.b }, OPTS);
    expect(w.keep).toEqual([PAPI_DATA]);
    expect(w.remove).toEqual([]);
    // Asked about what stays (plan sheets, the carried tracker) and the candidate; never about rewritten sheets.
    expect(used.asked).toHaveLength(1);
    expect(used.asked[0]).toEqual(expect.arrayContaining(['Phụ lục 1', 'Theo dõi Phụ lục 4', PAPI_DATA]));
    expect(used.asked[0]).not.toContain(SHEET_NAMES.summary);
    expect(w.rewrite).toContain(SHEET_NAMES.summary);
    expect(w.specs.map((s) => s.name)).not.toContain('Theo dõi Phụ lục 4');

    const unused = await trackPipeline({ input: book(grids).b }, OPTS);
    expect([unused.keep, unused.remove]).toEqual([[], [PAPI_DATA]]);
    // A defined name or a chart that uses it holds it back too.
    const named = await trackPipeline({ input: book(grids, { sheets: {}, book: [PAPI_DATA] }).b }, OPTS);
    expect(named.keep).toEqual([PAPI_DATA]);
    // A rewritten sheet that used to refer to it does not (it is rebuilt without it).
    const old = await trackPipeline(
      { input: book(grids, { sheets: { [SHEET_NAMES.summary]: [PAPI_DATA] }, book: [] }).b },
      OPTS,
    );
    expect(old.remove).toEqual([PAPI_DATA]);
  });

  it('keeps what a kept sheet uses in turn', async () => {
    // The marker also lists an old sheet "Cũ" of chiso's, which "Dữ liệu PAPI" (kept for the PAPI tracker) uses.
    const grids = (await tracked())
      .filter((g) => g.sheet !== 'Phụ lục 4')
      .map((g) =>
        g.sheet === SHEET_NAMES.marker
          ? {
              ...g,
              rowCount: g.cells.length + 1,
              cells: [
                ...g.cells,
                [
                  { kind: 'text' as const, text: 'Cũ' },
                  { kind: 'text' as const, text: 'data' },
                ],
              ],
            }
          : g,
      );
    grids.push(gridFromValues('Cũ', [['x']]));
    const refs = { sheets: { 'Theo dõi Phụ lục 4': [PAPI_DATA], [PAPI_DATA]: ['Cũ'] }, book: [] };
    const w = await trackPipeline({ input: book(grids, refs).b }, OPTS);
    expect(w.keep.sort()).toEqual(['Cũ', PAPI_DATA].sort());
    expect(w.remove).toEqual([]);
    const alone = await trackPipeline({ input: book(grids, { sheets: { [PAPI_DATA]: ['Cũ'] }, book: [] }).b }, OPTS);
    expect(alone.remove.sort()).toEqual(['Cũ', PAPI_DATA].sort());
  });

  it('carries drawings of chiso’s rewritten sheets only', async () => {
    const grids = await tracked();
    const w = await trackPipeline(
      { input: book(grids, undefined, ['Phụ lục 1', SHEET_NAMES.summary, 'Theo dõi Phụ lục 2']).b },
      OPTS,
    );
    expect(w.carry).toEqual([SHEET_NAMES.summary, 'Theo dõi Phụ lục 2']);
    expect(w.add).toEqual([]);
  });

  it('refresh of a previous output: brings changed plan sheets over, keeps officials’ sheets', async () => {
    const out = [...(await tracked()), gridFromValues('Của phòng', [['ghi chú']])];
    const changed = plan.map((g) =>
      g.sheet === 'Phụ lục 2' ? { ...g, cells: [...g.cells, [{ kind: 'text' as const, text: 'mới' }]] } : g,
    );
    const w = await trackPipeline({ input: book(changed).b, previous: book(out).b }, OPTS);
    expect(w.copy).toEqual(['Phụ lục 2']);
    expect(w.userSheets).toEqual(['Của phòng']);
    expect(w.refreshed).toBe(true);
    expect(w.add).toEqual([]);
  });

  it('refuses a plan sheet the previous output lists as chiso’s', async () => {
    const out = await tracked();
    const clash = [...plan, gridFromValues(SHEET_NAMES.summary, [['x']])];
    await expect(trackPipeline({ input: book(clash).b, previous: book(out).b }, OPTS)).rejects.toThrow(
      SheetRoleConflictError,
    );
  });
});

describe('splitObsolete', () => {
  it('keeps what is wanted, whatever the case of its name', () => {
    expect(splitObsolete(['Dữ liệu PAPI', 'Cũ'], new Set(['dữ liệu papi']))).toEqual({
      keep: ['Dữ liệu PAPI'],
      remove: ['Cũ'],
    });
  });
});
