/**
 * The workbook part: found through the package rels (`_rels/.rels`, officeDocument), its sheets listed from
 * workbook.xml with their parts resolved through its rels, and edited: sheets added/removed (defined names' sheet
 * indices follow), chiso's defined names set, every other name kept as written.
 */
import { ContentTypes, CT } from './content-types';
import { PackageError, type OpcPackage } from './opc';
import { Rels, REL } from './rels';
import { childElements, ensureChild, firstChild, NS, parseXml, serializeXml, type Document, type Element } from './xml';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The r:id of the sheet in workbook.xml. */
  rId: string;
  /** The sheet's part, or null when the relationship or the part is missing. */
  part: string | null;
  state: SheetState;
  /** The relationship type's last segment: worksheet, chartsheet, dialogsheet, xlMacrosheet… */
  type: string;
}

/** workbook.xml's schema sequence (CT_Workbook), to insert missing elements at their place. */
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** The workbook part's name, from the package relationships; throws PackageError('NO_PART') when there is none. */
export async function findWorkbookPart(pkg: OpcPackage): Promise<string> {
  const root = await Rels.load(pkg, '');
  const rel = root.ofType('officeDocument').find((r) => r.part && pkg.has(r.part));
  const part = rel?.part ? pkg.find(rel.part) : pkg.find('xl/workbook.xml');
  if (!part)
    throw new PackageError('NO_PART', 'no workbook part (_rels/.rels has no officeDocument)', 'xl/workbook.xml');
  return part;
}

/** The sheets of a package, in workbook order. */
export async function listSheets(pkg: OpcPackage): Promise<SheetEntry[]> {
  return (await WorkbookXml.load(pkg)).sheets();
}

/**
 * Why chiso does not write into a Strict Open XML workbook (ISO/IEC 29500 strict: the purl.oclc.org namespaces),
 * one line, Vietnamese first: its tracker sheets would be in the transitional vocabulary, a mix Excel refuses.
 */
export function strictRefusal(name: string): string {
  return (
    `Sổ tính "${name}" lưu ở dạng Strict Open XML, chiso chưa ghi vào dạng này được: hãy mở bằng Excel và lưu lại` +
    ` với kiểu "Excel Workbook (*.xlsx)" / "${name}" is a Strict Open XML workbook, which chiso cannot write into:` +
    ` open it in Excel and save it as "Excel Workbook (*.xlsx)"`
  );
}

/** workbook.xml with its rels, editable. */
export class WorkbookXml {
  private dirty = false;

  private constructor(
    readonly part: string,
    readonly doc: Document,
    readonly rels: Rels,
    private readonly pkg: OpcPackage,
  ) {}

  static async load(pkg: OpcPackage): Promise<WorkbookXml> {
    const part = await findWorkbookPart(pkg);
    const doc = parseXml((await pkg.text(part)) ?? '', part);
    return new WorkbookXml(part, doc, await Rels.load(pkg, part), pkg);
  }

  private get root(): Element {
    return this.doc.documentElement!;
  }

  /** Whether the workbook is in the strict vocabulary (its root in the strict SpreadsheetML namespace). */
  get strict(): boolean {
    return this.root.namespaceURI === NS.mainStrict;
  }

  private sheetEls(): Element[] {
    const sheets = firstChild(this.root, 'sheets');
    return sheets ? childElements(sheets, 'sheet') : [];
  }

  private static rid(el: Element): string {
    return el.getAttributeNS(NS.r, 'id') || el.getAttributeNS(NS.rStrict, 'id') || el.getAttribute('r:id') || '';
  }

  sheets(): SheetEntry[] {
    const rels = this.rels.list();
    return this.sheetEls().map((el) => {
      const rId = WorkbookXml.rid(el);
      const rel = rels.find((r) => r.id === rId);
      const part = rel?.part ? this.pkg.find(rel.part) : null;
      const st = el.getAttribute('state');
      return {
        name: el.getAttribute('name') ?? '',
        sheetId: Number(el.getAttribute('sheetId')) || 0,
        rId,
        part,
        state: st === 'hidden' || st === 'veryHidden' ? st : 'visible',
        type: rel ? rel.type.slice(rel.type.lastIndexOf('/') + 1) : 'unknown',
      };
    });
  }

  /** Adds a worksheet entry (and its relationship) at the end; gives its r:id. */
  addSheet(name: string, part: string, state: SheetState = 'visible'): string {
    const sheets = ensureChild(this.root, 'sheets', WORKBOOK_ORDER);
    const ids = this.sheetEls().map((e) => Number(e.getAttribute('sheetId')) || 0);
    const rId = this.rels.add(REL.worksheet, part);
    const el = this.doc.createElementNS(
      this.root.namespaceURI,
      this.root.prefix ? `${this.root.prefix}:sheet` : 'sheet',
    );
    el.setAttribute('name', name);
    el.setAttribute('sheetId', String(Math.max(0, ...ids) + 1));
    if (state !== 'visible') el.setAttribute('state', state);
    el.setAttributeNS(NS.r, 'r:id', rId);
    sheets.appendChild(el);
    this.dirty = true;
    return rId;
  }

  /** Renames a sheet entry (the caller fixes formulas that name it). */
  renameSheet(from: string, to: string): void {
    const el = this.sheetEls().find((e) => e.getAttribute('name') === from);
    if (!el) return;
    el.setAttribute('name', to);
    this.dirty = true;
  }

  /** Sets a sheet's visibility. */
  setSheetState(name: string, state: SheetState): void {
    const el = this.sheetEls().find((e) => e.getAttribute('name') === name);
    if (!el) return;
    if (state === 'visible') el.removeAttribute('state');
    else el.setAttribute('state', state);
    this.dirty = true;
  }

  /**
   * Removes a sheet entry and its relationship (not its part: the caller decides what else goes). Defined names
   * local to it go; later sheets' local names and the active/first tab shift down.
   */
  removeSheet(name: string): void {
    const index = this.sheetEls().findIndex((e) => e.getAttribute('name') === name);
    if (index >= 0) this.removeSheetAt(index);
  }

  /**
   * Removes the entries no output carries (the reader has warned about each, and read none of them): one whose
   * relationship or part is missing, and a repeat of an earlier entry — the same name as Excel compares names
   * (case-insensitively) or the same part; Excel refuses both. The first entry of a name or part is the sheet, as
   * the reader reads it. Gives the parts of removed repeats that no kept entry uses (the caller may prune them).
   */
  removeUnlisted(): string[] {
    const names = new Set<string>();
    const parts = new Set<string>();
    const drop: number[] = [];
    const repeated: string[] = [];
    this.sheets().forEach((s, i) => {
      const part = s.part?.toLowerCase() ?? null;
      const repeat = names.has(s.name.toLowerCase()) || (part !== null && parts.has(part));
      if (repeat || s.part === null) drop.push(i);
      if (repeat) {
        if (s.part) repeated.push(s.part);
        return;
      }
      names.add(s.name.toLowerCase());
      if (part !== null) parts.add(part);
    });
    for (const i of drop.reverse()) this.removeSheetAt(i);
    return repeated.filter((p) => !parts.has(p.toLowerCase()));
  }

  private removeSheetAt(index: number): void {
    const els = this.sheetEls();
    const el = els[index];
    const rId = WorkbookXml.rid(el);
    // Two entries may share one r:id (a damaged workbook): the relationship stays while another uses it.
    if (!els.some((e, i) => i !== index && WorkbookXml.rid(e) === rId)) this.rels.remove(rId);
    el.parentNode!.removeChild(el);
    for (const dn of this.definedNameEls()) {
      const local = dn.getAttribute('localSheetId');
      if (local === null) continue;
      const n = Number(local);
      if (n === index) dn.parentNode!.removeChild(dn);
      else if (n > index) dn.setAttribute('localSheetId', String(n - 1));
    }
    const views = firstChild(this.root, 'bookViews');
    const last = Math.max(0, els.length - 2);
    for (const v of views ? childElements(views, 'workbookView') : []) {
      for (const attr of ['activeTab', 'firstSheet']) {
        if (!v.hasAttribute(attr)) continue;
        const n = Number(v.getAttribute(attr)) || 0;
        v.setAttribute(attr, String(Math.min(last, n > index ? n - 1 : n)));
      }
    }
    this.dirty = true;
  }

  private definedNameEls(): Element[] {
    const names = firstChild(this.root, 'definedNames');
    return names ? childElements(names, 'definedName') : [];
  }

  /** Defined names as written: name, local sheet index (or null for workbook scope) and formula text. */
  definedNames(): Array<{ name: string; localSheetId: number | null; value: string }> {
    return this.definedNameEls().map((el) => {
      const local = el.getAttribute('localSheetId');
      return {
        name: el.getAttribute('name') ?? '',
        localSheetId: local === null ? null : Number(local),
        value: el.textContent ?? '',
      };
    });
  }

  /** Sets (adds or replaces) a defined name at a scope; `value` null removes it; `hidden` as Excel's filter name. */
  setDefinedName(name: string, localSheetId: number | null, value: string | null, hidden = false): void {
    const same = (el: Element) =>
      (el.getAttribute('name') ?? '').toLowerCase() === name.toLowerCase() &&
      (el.getAttribute('localSheetId') ?? null) === (localSheetId === null ? null : String(localSheetId));
    for (const el of this.definedNameEls().filter(same)) el.parentNode!.removeChild(el);
    if (value !== null) {
      const names = ensureChild(this.root, 'definedNames', WORKBOOK_ORDER);
      const el = this.doc.createElementNS(
        this.root.namespaceURI,
        this.root.prefix ? `${this.root.prefix}:definedName` : 'definedName',
      );
      el.setAttribute('name', name);
      if (localSheetId !== null) el.setAttribute('localSheetId', String(localSheetId));
      if (hidden) el.setAttribute('hidden', '1');
      el.appendChild(this.doc.createTextNode(value));
      names.appendChild(el);
    }
    const names = firstChild(this.root, 'definedNames');
    if (names && childElements(names).length === 0) this.root.removeChild(names);
    this.dirty = true;
  }

  /** Asks Excel to recompute every formula on open (chiso's cached results were computed for a given day). */
  setFullCalcOnLoad(): void {
    const calc = ensureChild(this.root, 'calcPr', WORKBOOK_ORDER);
    if (calc.getAttribute('fullCalcOnLoad') === '1') return;
    calc.setAttribute('fullCalcOnLoad', '1');
    this.dirty = true;
  }

  save(pkg: OpcPackage): void {
    if (this.dirty) pkg.setText(this.part, serializeXml(this.doc));
    this.rels.save(pkg);
    this.dirty = false;
  }
}

/** Whether the workbook part is macro-enabled by its content type (the file's name may say otherwise). */
export async function isMacroWorkbook(pkg: OpcPackage): Promise<boolean> {
  return (await ContentTypes.load(pkg)).typeOf(await findWorkbookPart(pkg)) === CT.workbookMacro;
}
