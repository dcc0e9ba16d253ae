/**
 * Legacy detection needs the evidence of Vietnamese (issue 22): in a plan typed in TCVN3 (or VNI) and pasted into a
 * Unicode font, so that the workbook as a whole reads as legacy text, Latin-1 prose in another language stays as it
 * is ("Pilotenaktivität", "Taucherstraße", "Luleå", "£12.50") while the Vietnamese cells are converted.
 */
import ExcelJS from 'exceljs';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { cellAt, cellText, type Grid } from '../../../src/core/grid';
import { unicodeToLegacy, type LegacyEncoding } from '../../../src/core/text';

const VIETNAMESE = [
  'Kế hoạch cải cách hành chính năm 2025',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời gian hoàn thành',
  'Sở Nội vụ',
  'Rà soát thủ tục hành chính',
  'Văn phòng UBND thành phố',
  'Quý IV/2025',
];
const FOREIGN = ['Pilotenaktivität', 'Taucherstraße 12', 'Luleå kommun', '£12.50', 'Müller GmbH, Zürich', 'café crème'];

async function workbook(encoding: LegacyEncoding): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  // Legacy bytes in a Unicode font (values pasted): no font says "legacy", only the text does.
  VIETNAMESE.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = unicodeToLegacy(t, encoding);
    ws.getCell(i + 1, 1).font = { name: 'Times New Roman' };
  });
  FOREIGN.forEach((t, i) => {
    ws.getCell(i + 1, 2).value = t;
    ws.getCell(i + 1, 2).font = { name: 'Times New Roman' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const column = (g: Grid, col: number, n: number) =>
  Array.from({ length: n }, (_, i) => cellText(cellAt(g, i + 1, col)));

describe.each(['tcvn3', 'vni'] as const)('Latin-1 prose beside %s text', (encoding) => {
  it('the Vietnamese cells are converted, the other languages stay as typed', async () => {
    const [grid] = await readWorkbookGrids(await workbook(encoding));
    expect(column(grid, 1, VIETNAMESE.length)).toEqual(VIETNAMESE);
    expect(column(grid, 2, FOREIGN.length)).toEqual(FOREIGN);
  });
});
