/**
 * Plans on disk that may be Word documents: a .docx (by its name, or a zip holding word/document.xml under
 * another name) is read with the docx adapter, anything else as a workbook.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { isWordName, isWordPlan, planTooLarge } from '../../core/app/plan-file';
import { importSpecs } from '../../core/generate';
import type { Grid } from '../../core/grid';
import { readWorkbookGrids, WorkbookReadError } from '../xlsx/read';
import { DocxReadError, readDocxTables, type DocxGridTable } from './read';
import { issueWhere, type Where } from './where';

export interface DocxSource {
  tables: DocxGridTable[];
  /** "Bảng 2" → the imported sheet's name ("Phụ lục 2"), for the tables that hold an appendix. */
  sheets: Map<string, string>;
}

export interface PlanSource {
  grids: Grid[];
  /** Set when the plan is a Word document. */
  docx?: DocxSource;
}

/** Reads a Word document's tables from a file. Throws DocxReadError. */
export async function readDocxFile(file: string): Promise<DocxSource> {
  const name = path.basename(file);
  let buf: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new DocxReadError('NOT_A_FILE', name);
    // The one size cap of plan files (core/app/plan-file.ts), as for workbooks.
    if (planTooLarge(stat.size)) throw new DocxReadError('TOO_LARGE', name);
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError('MISSING', name, e);
  }
  const tables = await readDocxTables(buf, name);
  const sheets = new Map(importSpecs(tables).sheets.map((s) => [s.table, s.sheet]));
  return { tables, sheets };
}

/**
 * A workbook or a Word plan → Grids (Word: one per top-level table). Throws WorkbookReadError or DocxReadError.
 * `sheet`: of a workbook, parse only that sheet's part (and chiso's marker); a Word document is read whole.
 */
export async function readPlanSource(file: string, opts: { sheet?: string } = {}): Promise<PlanSource> {
  if (isWordName(file)) {
    const docx = await readDocxFile(file);
    return { grids: docx.tables.map((t) => t.grid), docx };
  }
  try {
    return { grids: await readWorkbookGrids(file, opts.sheet !== undefined ? { sheet: opts.sheet } : {}) };
  } catch (e) {
    // A Word document under another name: read it as one.
    if (e instanceof WorkbookReadError && e.code === 'NOT_XLSX') {
      const head = await fs.readFile(file).catch(() => null);
      if (head && isWordPlan(head, file)) {
        const docx = await readDocxFile(file);
        return { grids: docx.tables.map((t) => t.grid), docx };
      }
    }
    throw e;
  }
}

/** Where a problem is in the Word document, for messages (null when the issue has no cell in a table). */
export function docxWhere(src: DocxSource, sheet: string, cell: string): Where | null {
  return issueWhere(src.tables, src.sheets, sheet, cell);
}

/** A Word plan by its name (the one rule: core/app/plan-file.ts). */
export function isWordFile(file: string): boolean {
  return isWordName(file);
}
