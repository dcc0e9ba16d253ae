/**
 * Renders SheetSpecs into the open workbook through Office.js. chiso's own sheets (`replace`, from its marker) are
 * cleared and rewritten in place (same position, and formulas elsewhere that point at them keep working); new ones
 * are added after the existing sheets in spec order; `remove` are deleted. A sheet chiso did not create is never
 * written: a spec whose name is taken by such a sheet stops everything before the first write.
 *
 * Syncs: one to load the sheet names and protection, then the write, which is one request as long as it stays under
 * the byte budget (see ops.ts) — so `context.sync()` calls grow with the bytes written (one per full request), never
 * with the rows or the sheets.
 */
import type { SheetSpec } from '../../core/sheetspec';
import type { Bilingual } from '../../core/text';
import { conflictError, oldExcelError, protectedError, structureProtectedError, toPortError } from './errors';
import { BLOCK_BYTES, OpQueue, REQUEST_BUDGET, runOps } from './ops';
import { hostSupports } from './read';
import { REQUIREMENTS } from './requirements';
import { planSheet, type WriteFeatures } from './render-sheet';

/** The requirement set the writer needs (data validation); 1.9 adds filled-down formulas, filters, print setup. */
export const WRITE_API = REQUIREMENTS.write.minVersion;
export const WRITE_API_FULL = REQUIREMENTS.writeFull.minVersion;
export const SUSPEND_CALC_API = REQUIREMENTS.suspendCalculation.minVersion;

export interface RenderOptions {
  /** chiso's sheets from a previous run: they may be rewritten. */
  replace?: string[];
  /** chiso's old sheets no longer produced: deleted. */
  remove?: string[];
  /** Requirement check; `Office.context.requirements.isSetSupported('ExcelApi', v)` when omitted. */
  supports?: (version: string) => boolean;
  /** Request budget in bytes (tests). */
  budget?: number;
}

export interface RenderReport {
  /** Every `context.sync()` made, the loading one included. */
  syncs: number;
  /** Estimated bytes of each write request. */
  requests: number[];
  added: string[];
  replaced: string[];
  removed: string[];
  /** Notes about what could not be written on this Excel (the pane shows them after the track). */
  warnings: Bilingual[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const NO_API19_WARNING: Bilingual = {
  vi: 'Excel này chưa có ExcelApi 1.9: bảng theo dõi được ghi không kèm bộ lọc, thiết lập trang in và thụt lề.',
  en: 'This Excel lacks ExcelApi 1.9: the tracker is written without filters, print setup and indents.',
};

export async function renderSheetSpecs(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  opts: RenderOptions = {},
): Promise<RenderReport> {
  const supports = opts.supports ?? hostSupports;
  if (!supports(WRITE_API)) throw oldExcelError(WRITE_API, { vi: 'ghi bảng theo dõi', en: 'write the tracker' });
  const budget = opts.budget ?? REQUEST_BUDGET;
  const features: WriteFeatures = {
    api19: supports(WRITE_API_FULL),
    blockBytes: Math.min(BLOCK_BYTES, Math.floor(budget / 4)),
  };
  const warnings = features.api19 ? [] : [NO_API19_WARNING];
  const replace = opts.replace ?? [];
  const mayReplace = (name: string) => replace.some((r) => same(r, name));

  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  const book = context.workbook.protection;
  book.load('protected');
  try {
    await context.sync();
  } catch (e) {
    throw toPortError(e);
  }
  const existing = sheets.items.map((ws) => ({ name: ws.name, ws, locked: ws.protection.protected }));
  const find = (name: string) => existing.find((e) => same(e.name, name));

  // Every check before the first write: nothing is half-done when one fails.
  const removed = (opts.remove ?? [])
    .map(find)
    .filter((e): e is NonNullable<typeof e> => !!e && mayReplace(e.name) && !specs.some((s) => same(s.name, e.name)));
  const replaced: typeof existing = [];
  const added: string[] = [];
  for (const spec of specs) {
    const ex = find(spec.name);
    if (!ex) added.push(spec.name);
    else if (!mayReplace(spec.name)) throw conflictError(ex.name);
    else if (ex.locked) throw protectedError(ex.name);
    else replaced.push(ex);
  }
  if ((added.length || removed.length) && book.protected) throw structureProtectedError();

  const q = new OpQueue();
  for (const r of removed) q.add(1, 0, () => r.ws.delete());
  for (const spec of specs) {
    const ex = find(spec.name);
    let ws: Excel.Worksheet | undefined;
    const sheet = () => ws as Excel.Worksheet;
    if (ex) {
      q.add(9, 0, () => {
        ws = ex.ws;
        clearSheet(ws, features);
      });
    } else {
      const name = spec.name;
      q.add(1, name.length * 3, () => {
        ws = sheets.add(name);
      });
    }
    planSheet(q, sheet, spec, features);
  }
  // Microsoft's advice for large writes: no recalculation while the cells arrive (it lasts one request, so each
  // request asks again); Excel recalculates the changed cells when calculation resumes after the sync.
  const suspend = supports(SUSPEND_CALC_API)
    ? () => context.application.suspendApiCalculationUntilNextSync()
    : undefined;
  let stats;
  try {
    stats = await runOps(context, q, budget, suspend);
  } catch (e) {
    throw toPortError(e);
  }
  return {
    syncs: 1 + stats.syncs,
    requests: stats.requests,
    added,
    replaced: replaced.map((r) => r.name),
    removed: removed.map((r) => r.name),
    warnings,
  };
}

/** Empties one of chiso's sheets for rewriting: values, formats, merges, rules, lists, panes, sizes. */
function clearSheet(ws: Excel.Worksheet, f: WriteFeatures): void {
  const all = ws.getRange();
  all.unmerge();
  all.clear('All');
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.columnHidden = false;
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
  ws.freezePanes.unfreeze();
  if (f.api19) ws.autoFilter.remove();
}
