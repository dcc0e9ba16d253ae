/**
 * OPC primitives for writing by adding (issue 12): a package is opened from bytes, only the parts that must change
 * are edited (through a real XML parser), and every other part is written back with its bytes untouched.
 *
 * API (stable; other branches build on it):
 * - `OpcPackage.open(bytes, {precompress?})` / `OpcPackage.create({precompress?})` (precompress: the raw deflater
 *   for parts that are set; in Node `nodePrecompress` from ../node-deflate.ts, Node's zlib — not re-exported here,
 *   it is Node-only; fflate's otherwise); `parts()`, `find(name)` (case-insensitive), `has`, `text`,
 *   `bytes`, `setText`, `setBytes`, `setTextPieces(name, fill)` (text written in pieces, deflated as it comes: a big
 *   sheet), `remove`, `changed()`, `save()` → zip bytes (untouched entries keep their
 *   compressed bytes and method). Part names have no leading "/". Errors: `PackageError` (`NOT_ZIP`, `NO_PART`,
 *   `BAD_XML` with `.part`).
 * - `ContentTypes.load(pkg)`: `typeOf(part)`, `setOverride`, `removeOverride`, `ensureDefault`, `save(pkg)`.
 * - `Rels.load(pkg, sourcePart)` ("" = package root): `list()`, `byId`, `ofType(kind)`, `add(type, toPart |
 *   url, external?)` → id, `remove(id)`, `save(pkg)`; `resolveTarget(source, target)` (absolute and relative),
 *   `relativeTarget`, `relsPartFor`, `REL` type URIs, `isRelType`.
 * - `findWorkbookPart(pkg)`, `listSheets(pkg)` → `SheetEntry` {name, sheetId, rId, part, state, type};
 *   `WorkbookXml.load(pkg)`: `sheets()`, `addSheet(name, part, state)`, `removeSheet(name)`, `definedNames()`,
 *   `setDefinedName(name, localSheetId, value|null)`, `setFullCalcOnLoad()`, `save(pkg)` (also saves its rels).
 * - `parseXml(text, part)`, `serializeXml(doc)`, `childElements`, `firstChild`, `ensureChild`, `insertInOrder`,
 *   `importFragment`, `NS`.
 * - Text boundary: `xmlText` (cell text: `_xHHHH_` for forbidden characters, `_x005F_` before a literal escape),
 *   `xmlAttr`, `xmlFormula`, `xmlEscape`, `ooxmlString`, `decodeOoxmlString`.
 * - `removeUnreachable(pkg, candidates, ct)`: deletes parts no relationship reaches any more.
 */
export { OpcPackage, PackageError, type PackageOptions } from './opc';
export { PartIndex, partName } from './part-names';
export { ContentTypes, CONTENT_TYPES_PART, CT } from './content-types';
export { Rels, REL, isRelType, relsPartFor, relativeTarget, resolveTarget, type Relationship } from './rels';
export { WorkbookXml, findWorkbookPart, isMacroWorkbook, listSheets, type SheetEntry, type SheetState } from './book';
export {
  NS,
  childElements,
  ensureChild,
  firstChild,
  importFragment,
  insertInOrder,
  parseXml,
  serializeElement,
  serializeXml,
  type Document,
  type Element,
} from './xml';
export { decodeOoxmlString, ooxmlString, xmlAttr, xmlEscape, xmlFormula, xmlText } from './escape';
export { removeUnreachable } from './prune';
