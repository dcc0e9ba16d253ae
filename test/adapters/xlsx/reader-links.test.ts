import ExcelJS from 'exceljs';
import { readXlsxWorkbook } from '../../../src/adapters/xlsx/read';
import { linksOf } from '../../support/exceljs-grid';
import { buildBook } from './build';

describe('cell hyperlinks', () => {
  it('finds the links exceljs finds (internal and external), only when asked', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('Theo dõi');
    a.getCell('A1').value = { text: 'Về kế hoạch', hyperlink: "#'Phụ lục 1'!A5" };
    a.getCell('B3').value = { text: 'Cổng', hyperlink: 'https://dichvucong.gov.vn/' };
    a.getCell('C4').value = 'không có liên kết';
    wb.addWorksheet('Phụ lục 1').getCell('A5').value = 'Nhiệm vụ';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const expected = back.worksheets.flatMap(linksOf);
    expect(expected).toHaveLength(2);
    const read = await readXlsxWorkbook(bytes, 'links.xlsx', { links: true });
    expect(read.links).toEqual(expected);
    expect((await readXlsxWorkbook(bytes, 'links.xlsx')).links).toEqual([]);
  });

  it('gives a location-only link as "#location", and a damaged sheet rels part loses links, not the sheet', async () => {
    const book = await buildBook({
      sheets: [
        {
          name: 'S',
          xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" location="\'S\'!B2"/><hyperlink ref="A2" r:id="rId9"/></hyperlinks>',
        },
      ],
      extra: { 'xl/worksheets/_rels/sheet1.xml.rels': '<<broken' },
    });
    const read = await readXlsxWorkbook(book, 'b.xlsx', { links: true });
    expect(read.links).toEqual([{ sheet: 'S', cell: 'A1', target: "#'S'!B2" }]);
    expect(read.grids[0].cells[0][0]).toEqual({ kind: 'number', value: 1 });
  });
});
