/**
 * Every Office requirement set chiso checks, one table (issue 18). Each entry names the first set that has every API
 * the feature calls (Microsoft's requirement-set tables,
 * https://learn.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel/excel-api-requirement-sets).
 * The Office adapter asks `ExcelApi` levels from here before each use; the pane asks the others (src/taskpane/
 * requirements.ts) from here too. Nothing else in src names a requirement-set version.
 */

export interface RequirementSet {
  name: string;
  minVersion: string;
}

const excel = (minVersion: string): RequirementSet => ({ name: 'ExcelApi', minVersion });

export const REQUIREMENTS = {
  /** The pane itself (the manifest's base): every Excel from 2016 on. */
  taskPane: excel('1.1'),
  ribbonButton: { name: 'AddinCommands', minVersion: '1.1' },
  sharedRuntime: { name: 'SharedRuntime', minVersion: '1.1' },
  customFunctions: { name: 'CustomFunctionsRuntime', minVersion: '1.1' },
  /** Reading sheets: values, value types and number formats of the used range (getUsedRange(valuesOnly): 1.2). */
  read: excel('1.2'),
  /** Selecting a problem's cell: worksheets.getItemOrNullObject (the *OrNullObject methods are ExcelApi 1.4). */
  selectCell: excel('1.4'),
  /** Deferring recalculation during the big write: Application.suspendApiCalculationUntilNextSync (1.6). */
  suspendCalculation: excel('1.6'),
  /** Defined names' formulas, read to keep sheets they point at: NamedItem.formula (1.7; the collection is 1.1). */
  namesFormula: excel('1.7'),
  /** The workbook's file name: Workbook.name (1.7). */
  workbookName: excel('1.7'),
  /** Writing the tracker: data validation lists (1.8) with the formats, freeze panes and hyperlinks of 1.7. */
  write: excel('1.8'),
  /** Formulas filled down with Range.copyFrom, AutoFilter, PageLayout and indents (1.9). */
  writeFull: excel('1.9'),
  /** Reading the links of chiso's own sheets back in blocks (with the 1.9 writer that wrote them). */
  links: excel('1.9'),
  /** Merged areas of a range: Range.getMergedAreasOrNullObject (1.13). */
  merges: excel('1.13'),
} as const satisfies Record<string, RequirementSet>;

export type Requirement = keyof typeof REQUIREMENTS;
