/**
 * What the open workbook's formulas refer to, for the track pipeline (it keeps an obsolete sheet of chiso's while a
 * kept formula uses it). Asked only when an obsolete sheet could go, for the sheets that stay: their formulas are
 * loaded in row blocks under the same cell budget as the values (one sync per batch), and the workbook's defined
 * names (ExcelApi 1.7 has their formulas). Charts' series are not read here: Excel keeps a series pointing to a
 * deleted sheet as #REF! inside the chart only (docs/excel-checklist.md).
 */
import { collectRefs, type FormulaRefs } from '../../core/app/references';
import { colLetter } from '../../core/grid';
import { CELL_BUDGET } from './read';
import { REQUIREMENTS } from './requirements';

export const NAMES_API = REQUIREMENTS.namesFormula.minVersion;

export async function readFormulaRefs(
  context: Excel.RequestContext,
  sheets: readonly string[],
  opts: { supports: (version: string) => boolean; cellBudget?: number },
): Promise<FormulaRefs> {
  const budget = opts.cellBudget ?? CELL_BUDGET;
  const areas = sheets.map((name) => {
    const area = context.workbook.worksheets.getItem(name).getUsedRange(true);
    area.load('rowIndex,columnIndex,rowCount,columnCount');
    return { name, area };
  });
  const names = opts.supports(NAMES_API) ? context.workbook.names : null;
  names?.load('items/name,items/formula');
  await context.sync();
  const found = sheets.map(() => new Set<string>());
  const jobs: Array<{ sheet: number; range: string; cells: number }> = [];
  areas.forEach(({ area }, i) => {
    const cols = Math.max(1, area.columnCount);
    const per = Math.max(1, Math.floor(budget / cols));
    const left = colLetter(area.columnIndex + 1);
    const right = colLetter(area.columnIndex + cols);
    for (let top = 0; top < area.rowCount; top += per) {
      const rows = Math.min(per, area.rowCount - top);
      const first = area.rowIndex + top + 1;
      jobs.push({ sheet: i, range: `${left}${first}:${right}${first + rows - 1}`, cells: rows * cols });
    }
  });
  let next = 0;
  while (next < jobs.length) {
    const batch: Array<{ sheet: number; range: Excel.Range }> = [];
    let cells = 0;
    while (next < jobs.length && (batch.length === 0 || cells + jobs[next].cells <= budget)) {
      const job = jobs[next++];
      const range = context.workbook.worksheets.getItem(sheets[job.sheet]).getRange(job.range);
      range.load('formulas');
      batch.push({ sheet: job.sheet, range });
      cells += job.cells;
    }
    // One sync per batch of blocks under the cell budget, not per sheet or row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const b of batch)
      for (const line of b.range.formulas as unknown[][])
        for (const f of line) if (typeof f === 'string' && f.startsWith('=')) collectRefs([f], found[b.sheet]);
  }
  const book = new Set<string>();
  if (names)
    collectRefs(
      names.items.map((n) => (typeof n.formula === 'string' ? n.formula : '')),
      book,
    );
  return {
    sheets: Object.fromEntries(sheets.map((n, i) => [n, [...found[i]]])),
    book: [...book],
  };
}
