/**
 * The workbook reader: .xlsx/.xlsm bytes → Grid per worksheet, reading only the package relationships,
 * xl/workbook.xml (sheet names, states, the 1904 date system), styles, shared strings and the worksheet parts, each
 * streamed. Drawings, comments, tables, pivots and unknown parts are never opened, so they cannot make reading fail.
 * A sheet whose part is missing or damaged becomes an empty Grid with a note saying so; the others are read.
 * No Node modules: the CLI (via read.ts) and the browser's file mode share it.
 */
import type { Grid, ReadNote, SheetState } from '../../../core/grid';
import { fold } from '../../../core/text';
import { SHEET_NAMES } from '../../../core/tracker/labels';
import { readMarker } from '../../../core/tracker/marker';
import { WorkbookReadError, sniffWorkbookBytes } from '../errors';
import { Package, partDetail } from './package';
import { MAX_CELLS, PLAN_CELLS, readSheet, SHEET_CELLS, SheetTooLarge, type RawLink, type SheetContext } from './sheet';
import { readSharedStrings, workbookEncoding } from './strings';
import { readStyles } from './styles';

export { MAX_PART_BYTES } from './package';
export { MAX_CELLS, PLAN_CELLS, PROBE_ROWS, SHEET_CELLS } from './sheet';
export { unescapeOoxml } from './strings';
export { isDateFormat } from './styles';

export interface ReadXlsxOptions {
  /**
   * Only this sheet (exact name, else case/diacritic-insensitive), and chiso's marker sheet when there is one; no
   * other sheet's part is inflated. All sheets when absent.
   */
  sheet?: string;
  /** Also collect cell hyperlinks (readXlsxWorkbook's `links`). */
  links?: boolean;
  /**
   * Lower limits (tests): bytes of one inflated part, cells kept in the workbook, cells of a sheet without a plan
   * header in its first rows, cells of a plan sheet.
   */
  limits?: { partBytes?: number; cells?: number; sheetCells?: number; planCells?: number };
}

interface SheetEntry {
  name: string;
  state: SheetState;
  rid: string;
}

const REL = {
  officeDocument: /\/officeDocument$/,
  docProps: /\/(core-properties|extended-properties|custom-properties)$/,
  worksheet: /\/worksheet$/,
  styles: /\/styles$/,
  sharedStrings: /\/sharedStrings$/,
};

async function workbookPart(pkg: Package): Promise<string> {
  const root = await pkg.rels('');
  for (const r of root.values()) {
    if (REL.officeDocument.test(r.type)) {
      const found = pkg.find(r.target);
      if (found && /\.xml$/i.test(found) && !/^word\/|^ppt\//i.test(found)) return found;
    }
  }
  const fallback = pkg.find('xl/workbook.xml');
  if (fallback) return fallback;
  throw new WorkbookReadError('NOT_XLSX', pkg.name, undefined, {
    vi: 'không có phần workbook.xml',
    en: 'no xl/workbook.xml part',
  });
}

/**
 * The document properties (docProps/core.xml, app.xml, custom.xml) are not read, but the writer rewrites app.xml and
 * carries the others into every output: one that declares an entity is refused by name, as any part chiso parses
 * (a malformed one is left alone, as before — it holds nothing chiso needs).
 */
async function refuseEntityProps(pkg: Package): Promise<void> {
  for (const r of (await pkg.rels('')).values()) {
    const part = REL.docProps.test(r.type) ? pkg.find(r.target) : null;
    if (!part) continue;
    try {
      await pkg.parse(part, {});
    } catch (e) {
      if (e instanceof WorkbookReadError && e.code === 'ENTITY') throw e;
    }
  }
}

async function readWorkbookPart(pkg: Package, part: string): Promise<{ sheets: SheetEntry[]; date1904: boolean }> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await pkg.parse(part, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet' && a.name !== undefined) {
        const state: SheetState = a.state === 'hidden' ? 'hidden' : a.state === 'veryHidden' ? 'veryHidden' : 'visible';
        sheets.push({ name: a.name, state, rid: a.id ?? '' });
      }
    },
  });
  return { sheets, date1904 };
}

function pickSheets(sheets: SheetEntry[], want: string | undefined): SheetEntry[] {
  if (want === undefined) return sheets;
  const exact = sheets.filter((s) => s.name === want);
  return exact.length ? exact : sheets.filter((s) => fold(s.name) === fold(want));
}

function unreadable(entry: SheetEntry, part: string, reason: 'missing' | 'damaged' | 'unlinked' | number): Grid {
  const note: ReadNote =
    typeof reason === 'number'
      ? { code: 'SHEET_TOO_LARGE', cell: 'A1', params: { part, cells: reason } }
      : { code: 'SHEET_UNREADABLE', cell: 'A1', params: { part, reason } };
  const grid: Grid = { sheet: entry.name, rowCount: 0, colCount: 0, cells: [], merges: [], notes: [note] };
  if (entry.state !== 'visible') grid.state = entry.state;
  return grid;
}

/**
 * workbook.xml's entries with the later repeats left out: a name Excel would take for the same (it compares sheet
 * names case-insensitively), or a part already listed. Excel refuses both; chiso reads the first, as copySheet and
 * the writer keep it, and notes the repeat.
 */
function firstEntries(
  sheets: SheetEntry[],
  partOf: (e: SheetEntry) => string | null,
): { kept: SheetEntry[]; twice: { first: SheetEntry; note: ReadNote }[] } {
  const byName = new Map<string, SheetEntry>();
  const byPart = new Map<string, SheetEntry>();
  const kept: SheetEntry[] = [];
  const twice: { first: SheetEntry; note: ReadNote }[] = [];
  for (const e of sheets) {
    const part = partOf(e);
    const sameName = byName.get(e.name.toLowerCase());
    const samePart = part !== null ? byPart.get(part.toLowerCase()) : undefined;
    const first = sameName ?? samePart;
    if (first) {
      const params = { later: e.name, part: part ?? (e.rid || '?'), by: sameName ? 'name' : 'part' } as const;
      twice.push({ first, note: { code: 'SHEET_LISTED_TWICE', cell: 'A1', params } });
      continue;
    }
    byName.set(e.name.toLowerCase(), e);
    if (part !== null) byPart.set(part.toLowerCase(), e);
    kept.push(e);
  }
  return { kept, twice };
}

/** A cell hyperlink: "#'Sheet'!A1" for a place in the workbook, else the stored target (URL or file). */
export interface CellLink {
  sheet: string;
  cell: string;
  target: string;
}

/** Reads the worksheets of workbook bytes (`name` is used in messages); unreadable workbooks throw WorkbookReadError. */
export async function readXlsxGrids(bytes: Uint8Array, name = 'workbook', opts: ReadXlsxOptions = {}): Promise<Grid[]> {
  return (await readXlsxWorkbook(bytes, name, opts)).grids;
}

/** The hyperlinks of one sheet: targets from the sheet's relationships (read only when a link uses one). */
async function sheetLinks(pkg: Package, part: string, sheet: string, raw: RawLink[]): Promise<CellLink[]> {
  let rels = new Map<string, { raw: string }>();
  if (raw.some((l) => l.rid)) {
    try {
      rels = await pkg.rels(part);
    } catch {
      // Links are extra: a damaged rels part loses them, never the sheet.
    }
  }
  const out: CellLink[] = [];
  for (const l of raw) {
    const target = (l.rid ? rels.get(l.rid)?.raw : undefined) ?? (l.location ? `#${l.location}` : undefined);
    if (target) out.push({ sheet, cell: l.ref.replace(/\$/g, '').toUpperCase(), target });
  }
  return out;
}

/** Grids (as readXlsxGrids) and, with `opts.links`, the cell hyperlinks of every sheet read. */
export async function readXlsxWorkbook(
  bytes: Uint8Array,
  name = 'workbook',
  opts: ReadXlsxOptions = {},
): Promise<{ grids: Grid[]; links: CellLink[] }> {
  const sniffed = sniffWorkbookBytes(bytes);
  if (sniffed) throw new WorkbookReadError(sniffed, name);
  const pkg = await Package.open(bytes, name, opts.limits?.partBytes);
  const mimetype = await pkg.smallText('mimetype');
  if (mimetype && /opendocument\.spreadsheet/.test(mimetype)) throw new WorkbookReadError('ODS', name);
  const wbPart = await workbookPart(pkg);
  await refuseEntityProps(pkg);
  const { sheets, date1904 } = await readWorkbookPart(pkg, wbPart);
  if (sheets.length === 0) {
    throw new WorkbookReadError(
      'NOT_XLSX',
      name,
      undefined,
      partDetail(wbPart, { vi: 'không có trang tính nào', en: 'lists no sheets' }),
    );
  }
  const rels = await pkg.rels(wbPart);
  const relOf = (re: RegExp, fallback: string): string | null => {
    for (const r of rels.values()) if (re.test(r.type)) return pkg.find(r.target);
    return pkg.find(fallback);
  };
  const dir = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
  const shared = await readSharedStrings(pkg, relOf(REL.sharedStrings, `${dir}sharedStrings.xml`));
  const ctx: SheetContext = {
    pkg,
    styles: await readStyles(pkg, relOf(REL.styles, `${dir}styles.xml`)),
    shared,
    date1904,
    encoding: workbookEncoding(shared.texts),
    counter: { cells: 0, max: opts.limits?.cells ?? MAX_CELLS },
    sheetCells: opts.limits?.sheetCells ?? SHEET_CELLS,
    planCells: opts.limits?.planCells ?? PLAN_CELLS,
    own: new Set(),
  };
  const links: CellLink[] = [];
  const readOne = async (entry: SheetEntry): Promise<Grid | null> => {
    const rel = rels.get(entry.rid);
    // Chart sheets, dialog and macro sheets hold no cells: they are not read (and not reported).
    if (rel && !REL.worksheet.test(rel.type)) return null;
    // An r:id with no relationship is named by the id: there is no part name to give.
    if (!rel) return unreadable(entry, entry.rid || '(r:id)', 'unlinked');
    const part = pkg.find(rel.target);
    if (!part) return unreadable(entry, rel.target, 'missing');
    try {
      const raw: RawLink[] | undefined = opts.links ? [] : undefined;
      const grid = await readSheet(ctx, part, entry.name, raw);
      if (entry.state !== 'visible') grid.state = entry.state;
      if (raw?.length) links.push(...(await sheetLinks(pkg, part, entry.name, raw)));
      return grid;
    } catch (e) {
      if (e instanceof SheetTooLarge) return unreadable(entry, part, e.cells);
      if (e instanceof WorkbookReadError && e.code === 'CORRUPT') return unreadable(entry, part, 'damaged');
      throw e;
    }
  };
  const { kept, twice } = firstEntries(sheets, (e) => {
    const rel = rels.get(e.rid);
    return rel ? (pkg.find(rel.target) ?? rel.target) : null;
  });
  const picked = pickSheets(kept, opts.sheet);
  // chiso's marker first: the sheets it lists are chiso's own, read up to the plan cap whatever their first rows
  // hold (a refresh reads back every sheet chiso wrote). With one sheet asked for, the marker is read too (it is
  // small): it says whether that sheet is chiso's.
  const markerEntry = kept.find((s) => s.name === SHEET_NAMES.marker);
  if (markerEntry && !picked.includes(markerEntry)) picked.unshift(markerEntry);
  if (markerEntry) ctx.own.add(markerEntry.name);
  const markerGrid = markerEntry ? await readOne(markerEntry) : null;
  if (markerGrid) for (const e of readMarker(markerGrid)) ctx.own.add(e.sheet);
  const grids: Grid[] = [];
  for (const entry of picked) {
    const grid = entry === markerEntry ? markerGrid : await readOne(entry);
    if (grid) grids.push(grid);
  }
  // A sheet listed again is said on the first entry's Grid (a second Grid of the same name would be ambiguous).
  for (const t of twice) {
    const grid = grids.find((g) => g.sheet === t.first.name);
    if (grid) grid.notes = [...(grid.notes ?? []), t.note];
  }
  return { grids, links };
}
