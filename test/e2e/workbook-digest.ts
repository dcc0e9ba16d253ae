/**
 * A workbook reduced to what "the same tracker" means: sheet names in order, their visibility, and every cell's
 * value or formula (formulas compared as text, without their cached results). Shared by the jest flow tests and the
 * browser tests that compare the pane's download with `chiso track`.
 */
import ExcelJS from 'exceljs';

export interface SheetDigest {
  name: string;
  state: string;
  cells: Record<string, string>;
}

function show(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `date:${v.toISOString().slice(0, 10)}`;
  if (typeof v !== 'object') return `${typeof v}:${String(v)}`;
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) return `=${String(o.formula ?? o.sharedFormula)}`;
  if ('richText' in o) return `text:${(o.richText as Array<{ text: string }>).map((r) => r.text).join('')}`;
  if ('hyperlink' in o) return `link:${String(o.text)}→${String(o.hyperlink)}`;
  if ('error' in o) return `error:${String(o.error)}`;
  return `json:${JSON.stringify(o)}`;
}

export async function workbookDigest(bytes: Uint8Array | Buffer): Promise<SheetDigest[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const s = show(cell.value);
        if (s !== '') cells[cell.address] = s;
      });
    });
    return { name: ws.name, state: ws.state ?? 'visible', cells };
  });
}
