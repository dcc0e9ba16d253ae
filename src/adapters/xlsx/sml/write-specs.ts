/**
 * Writing by adding (issue 12): chiso's SheetSpecs go into an OPC package as new worksheet parts; only the parts that
 * must list them change ([Content_Types].xml, the workbook part and its rels, styles.xml by appending,
 * docProps/app.xml). Every other part keeps its bytes. chiso's sheets from a previous run (`replace`) are rewritten
 * in place (same position, same part); obsolete ones (`remove`) go with the parts only they used. Defined names:
 * chiso's own (print titles, filter ranges of its sheets) are set; every other name is kept.
 */
import type { SheetSpec } from '../../../core/sheetspec';
import { ContentTypes, CT } from '../package/content-types';
import { WorkbookXml, type SheetEntry } from '../package/book';
import { PackageError, type OpcPackage } from '../package/opc';
import { removeUnreachable } from '../package/prune';
import { Rels, relsPartFor } from '../package/rels';
import { xmlAttr } from '../package/escape';
import { SheetConflictError } from './conflict';
import { updateSheetTitles } from './doc-props';
import { writeSheetXml } from './sheet-xml';
import { StyleSheet } from './styles';

export interface PackageWriteOptions {
  /** Sheets chiso created before (from its marker): they may be replaced. */
  replace?: readonly string[];
  /** chiso's old sheets that are no longer produced: removed. */
  remove?: readonly string[];
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((p) =>
      p.replace(/^\$?([A-Z]*)\$?(\d*)$/i, (_m, c: string, r: string) => `${c ? `$${c}` : ''}${r ? `$${r}` : ''}`),
    )
    .join(':');
}

function freePart(pkg: OpcPackage, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const part = `xl/worksheets/sheet${n}.xml`;
    if (!pkg.has(part) && !taken.has(part)) return part;
  }
}

/** Adds or replaces chiso's sheets in `pkg` (new ones after the existing sheets, in spec order). */
export async function writeSpecsToPackage(
  pkg: OpcPackage,
  specs: readonly SheetSpec[],
  opts: PackageWriteOptions = {},
): Promise<void> {
  const replace = opts.replace ?? [];
  const mayReplace = (name: string) => replace.some((r) => same(r, name));
  const ct = await ContentTypes.load(pkg);
  const wb = await WorkbookXml.load(pkg);
  // Never a mix of vocabularies (readForTrack refuses a strict input in words before this).
  if (wb.strict)
    throw new PackageError('STRICT', `${wb.part}: a Strict Open XML workbook is not written into`, wb.part);
  const styles = await StyleSheet.load(pkg, wb, ct);
  const worksheetNames = (list: SheetEntry[]) => list.filter((s) => s.type === 'worksheet').map((s) => s.name);
  // A sheet listed without a part, or listed twice (the reader has warned), is not carried: Excel repairs such a
  // file, and a later refresh would find nothing (or the wrong sheet) to copy.
  const candidates: string[] = wb.removeUnlisted();
  const namesBefore = worksheetNames(wb.sheets());

  const drop = (entry: SheetEntry) => {
    wb.removeSheet(entry.name);
    if (entry.part) candidates.push(entry.part);
  };
  for (const name of opts.remove ?? []) {
    const entry = wb.sheets().find((s) => same(s.name, name));
    if (entry && mayReplace(name) && !specs.some((s) => same(s.name, name))) drop(entry);
  }

  const taken = new Set<string>();
  for (const spec of specs) {
    let entry = wb.sheets().find((s) => same(s.name, spec.name));
    if (entry && !mayReplace(spec.name)) throw new SheetConflictError(entry.name);
    if (entry && (entry.type !== 'worksheet' || !entry.part)) {
      drop(entry);
      entry = undefined;
    }
    const part = entry?.part ?? freePart(pkg, taken);
    taken.add(part);
    if (entry) {
      // The old sheet's relationships (links, drawings…) go; what only they used is pruned below.
      const old = await Rels.load(pkg, part);
      for (const r of old.list()) if (r.part) candidates.push(r.part);
      pkg.remove(relsPartFor(part));
      if (entry.name !== spec.name) wb.renameSheet(entry.name, spec.name);
      wb.setSheetState(spec.name, spec.state === 'hidden' ? 'hidden' : 'visible');
    }
    let links: string[] = [];
    pkg.setTextPieces(part, (write) => (links = writeSheetXml(spec, styles, write)));
    if (links.length) {
      const rels = links.map(
        (url, i) =>
          `<Relationship Id="rId${i + 1}" Type="${HYPERLINK}" Target="${xmlAttr(url)}" TargetMode="External"/>`,
      );
      pkg.setText(
        relsPartFor(part),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
      );
    }
    ct.setOverride(part, CT.worksheet);
    if (!entry) wb.addSheet(spec.name, part, spec.state === 'hidden' ? 'hidden' : 'visible');
  }

  // chiso's own defined names, at the sheets' final positions.
  const order = wb.sheets();
  for (const spec of specs) {
    const index = order.findIndex((s) => same(s.name, spec.name));
    const at = (r: string) => `${quote(spec.name)}!${absoluteRange(r)}`;
    const p = spec.print;
    // Excel's order: the repeated columns first, then the rows.
    const titles = [p?.repeatCols, p?.repeatRows].filter((r): r is string => !!r).map(at);
    wb.setDefinedName('_xlnm.Print_Titles', index, titles.length ? titles.join(',') : null);
    wb.setDefinedName('_xlnm.Print_Area', index, p?.area ? p.area.split(',').map(at).join(',') : null);
    wb.setDefinedName(
      '_xlnm._FilterDatabase',
      index,
      spec.autoFilter ? `${quote(spec.name)}!${absoluteRange(spec.autoFilter)}` : null,
      true,
    );
  }
  wb.setFullCalcOnLoad();
  wb.save(pkg);
  styles.save(pkg);
  await removeUnreachable(pkg, candidates, ct);
  ct.save(pkg);
  await updateSheetTitles(pkg, namesBefore, worksheetNames(wb.sheets()));
}
