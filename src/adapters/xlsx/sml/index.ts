/**
 * The direct SpreadsheetML writer: SheetSpecs into an existing workbook's bytes (only the parts that list the new
 * sheets change) or into a new workbook. Used by `chiso track`, `template`, `cascade` and the browser's file mode,
 * so every path writes the same file.
 */
import type { SheetSpec } from '../../../core/sheetspec';
import { OpcPackage, type PackageOptions } from '../package/opc';
import { newWorkbookPackage } from './new-package';
import { writeSpecsToPackage, type PackageWriteOptions } from './write-specs';

export { SheetConflictError } from './conflict';
export { writeSpecsToPackage, type PackageWriteOptions } from './write-specs';
export { newWorkbookPackage } from './new-package';
export { sheetXml, dateSerial } from './sheet-xml';
export { StyleSheet } from './styles';

/** The workbook `bytes` with chiso's sheets added (or replaced); every part chiso does not write keeps its bytes. */
export async function addSheetsToWorkbook(
  bytes: Uint8Array,
  specs: readonly SheetSpec[],
  opts: PackageWriteOptions = {},
  pkgOpts: PackageOptions = {},
): Promise<Uint8Array> {
  const pkg = await OpcPackage.open(bytes, pkgOpts);
  await writeSpecsToPackage(pkg, specs, opts);
  return pkg.save();
}

/** A new workbook of chiso's sheets. */
export async function newWorkbookBytes(
  specs: readonly SheetSpec[],
  created = new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  pkgOpts: PackageOptions = {},
): Promise<Uint8Array> {
  const pkg = newWorkbookPackage(created, pkgOpts);
  await writeSpecsToPackage(pkg, specs);
  return pkg.save();
}
