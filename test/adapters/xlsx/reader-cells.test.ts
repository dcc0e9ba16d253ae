import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { isDateFormat, unescapeOoxml } from '../../../src/adapters/xlsx/reader';
import { cellAt, type Grid } from '../../../src/core/grid';
import { buildBook, type BookDef } from './build';

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
const data = (rows: string): string => `<sheetData>${rows}</sheetData>`;

/** The grid of a one-sheet workbook ("S") whose sheetData holds `rows`; `book` adds shared strings, styles, … */
async function one(rows: string, book: Omit<BookDef, 'sheets'> = {}): Promise<Grid> {
  const grids = await readWorkbookGrids(await buildBook({ ...book, sheets: [{ name: 'S', xml: data(rows) }] }));
  return grids[0];
}

describe('cell values', () => {
  it('reads shared, inline and formula strings, numbers, booleans, errors and cached formula results', async () => {
    const g = await one(
      row(
        1,
        '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Nội dung</t></is></c><c r="C1" t="str"><f>A1</f><v>Nhiệm vụ</v></c>',
      ) +
        row(
          2,
          '<c r="A2"><v>9.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2"><f>1+1</f><v>2</v></c><c r="E2"><f>X</f></c>',
        ) +
        row(3, '<c r="A3" t="s"><v>1</v></c><c r="C3" t="d"><v>2025-06-30T00:00:00</v></c>'),
      { shared: ['<si><t>Nhiệm vụ</t></si>', '<si><t xml:space="preserve">  có khoảng trắng </t></si>'] },
    );
    expect(cellAt(g, 1, 1)).toEqual({ kind: 'text', text: 'Nhiệm vụ' });
    expect(cellAt(g, 1, 2)).toEqual({ kind: 'text', text: 'Nội dung' });
    expect(cellAt(g, 1, 3)).toEqual({ kind: 'text', text: 'Nhiệm vụ' });
    expect(cellAt(g, 2, 1)).toEqual({ kind: 'number', value: 9.5 });
    expect(cellAt(g, 2, 2)).toEqual({ kind: 'boolean', value: true });
    expect(cellAt(g, 2, 3)).toEqual({ kind: 'error', code: '#N/A' });
    expect(cellAt(g, 2, 4)).toEqual({ kind: 'number', value: 2 });
    expect(cellAt(g, 2, 5)).toEqual({ kind: 'empty' });
    expect(cellAt(g, 3, 1)).toEqual({ kind: 'text', text: '  có khoảng trắng ' });
    expect(cellAt(g, 3, 3)).toEqual({ kind: 'date', iso: '2025-06-30' });
    expect([g.rowCount, g.colCount]).toEqual([3, 4]);
  });

  it('flattens rich-text runs and leaves phonetic runs out', async () => {
    const g = await one(
      row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>'),
      {
        shared: [
          '<si><r><rPr><b/></rPr><t>Kế hoạch </t></r><r><t>số 12</t></r><rPh sb="0" eb="1"><t>ケ</t></rPh></si>',
        ],
      },
    );
    expect(cellAt(g, 1, 1)).toEqual({ kind: 'text', text: 'Kế hoạch số 12' });
    expect(cellAt(g, 1, 2)).toEqual({ kind: 'text', text: 'ab' });
  });

  it('unescapes _xHHHH_ the OOXML way: _x0001_ is the control character, _x005F_x0000_ the literal _x0000_', async () => {
    expect(unescapeOoxml('a_x0001_b')).toBe('a\u0001b');
    expect(unescapeOoxml('_x005F_x0000_')).toBe('_x0000_');
    expect(unescapeOoxml('x_x000D_\n')).toBe('x\r\n');
    const g = await one(
      row(
        1,
        '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>_x0002_</t></is></c>',
      ),
      { shared: ['<si><t>Việc_x0001_A</t></si>', '<si><t>Mã _x005F_x0000_ giữ nguyên</t></si>'] },
    );
    expect(cellAt(g, 1, 1)).toEqual({ kind: 'text', text: 'Việc\u0001A' });
    expect(cellAt(g, 1, 2)).toEqual({ kind: 'text', text: 'Mã _x0000_ giữ nguyên' });
    expect(cellAt(g, 1, 3)).toEqual({ kind: 'text', text: '\u0002' });
  });

  it('tells dates by built-in formats 14–17 and 22 and by custom formats; times, percents, others stay numbers', async () => {
    const ids = [14, 15, 16, 17, 18, 19, 20, 21, 22];
    const xfs = ['<xf numFmtId="0" fontId="0"/>', ...ids.map((id) => `<xf numFmtId="${id}" fontId="0"/>`)];
    xfs.push(
      '<xf numFmtId="164" fontId="0"/>',
      '<xf numFmtId="165" fontId="0"/>',
      '<xf numFmtId="9" fontId="0"/>',
      '<xf numFmtId="166" fontId="0"/>',
    );
    const cells = ids.map((_, i) => row(i + 1, `<c r="A${i + 1}" s="${i + 1}"><v>45838.75</v></c>`)).join('');
    const g = await one(
      cells +
        row(
          20,
          '<c r="A20" s="10"><v>45838</v></c><c r="B20" s="11"><v>45838</v></c><c r="C20" s="12"><v>0.925</v></c><c r="D20" s="13"><v>1500</v></c><c r="E20" s="0"><v>45838</v></c>',
        ),
      {
        numFmts:
          '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-42A]d &quot;tháng&quot; m &quot;năm&quot; yyyy"/><numFmt numFmtId="166" formatCode="#,##0.00 &quot;đ&quot;"/>',
        xfs,
      },
    );
    // Issue 18: 18–21 are times of day (h:mm AM/PM, h:mm:ss AM/PM, h:mm, h:mm:ss), not dates, in every reader.
    const TIMES: Record<number, string> = { 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss' };
    for (let i = 0; i < ids.length; i++)
      expect({ id: ids[i], cell: cellAt(g, i + 1, 1) }).toEqual({
        id: ids[i],
        cell: TIMES[ids[i]]
          ? { kind: 'number', value: 45838.75, format: TIMES[ids[i]] }
          : { kind: 'date', iso: '2025-06-30' },
      });
    expect(cellAt(g, 20, 1)).toEqual({ kind: 'date', iso: '2025-06-30' });
    expect(cellAt(g, 20, 2)).toEqual({ kind: 'date', iso: '2025-06-30' });
    expect(cellAt(g, 20, 3)).toEqual({ kind: 'number', value: 0.925, format: '0%' });
    expect(cellAt(g, 20, 4)).toEqual({ kind: 'number', value: 1500, format: '#,##0.00 "đ"' });
    expect(cellAt(g, 20, 5)).toEqual({ kind: 'number', value: 45838 });
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('[Red]#,##0;(#,##0)')).toBe(false);
    expect(isDateFormat('mmm yyyy')).toBe(true);
  });

  it('issue 18: custom times and durations are numbers; serials 59, 60, 61 under a date format', async () => {
    const g = await one(
      row(1, '<c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>1.25</v></c><c r="C1" s="3"><v>45838.75</v></c>') +
        row(2, '<c r="A2" s="4"><v>59</v></c><c r="B2" s="4"><v>60</v></c><c r="C2" s="4"><v>61</v></c>'),
      {
        numFmts:
          '<numFmt numFmtId="164" formatCode="hh:mm"/><numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy hh:mm"/><numFmt numFmtId="167" formatCode="dd/mm/yyyy"/>',
        xfs: [164, 165, 166, 167].reduce(
          (a, id) => [...a, `<xf numFmtId="${id}" fontId="0"/>`],
          ['<xf numFmtId="0" fontId="0"/>'],
        ),
      },
    );
    expect(cellAt(g, 1, 1)).toEqual({ kind: 'number', value: 0.5, format: 'hh:mm' });
    expect(cellAt(g, 1, 2)).toEqual({ kind: 'number', value: 1.25, format: '[h]:mm' });
    // A date with a time of day is a date.
    expect(cellAt(g, 1, 3)).toEqual({ kind: 'date', iso: '2025-06-30' });
    expect(cellAt(g, 2, 1)).toEqual({ kind: 'date', iso: '1900-02-28' });
    // Serial 60 is Excel's fictitious 29/02/1900: no date, so the cell keeps its number.
    expect(cellAt(g, 2, 2)).toEqual({ kind: 'number', value: 60, format: 'dd/mm/yyyy' });
    expect(cellAt(g, 2, 3)).toEqual({ kind: 'date', iso: '1900-03-01' });
  });

  it('reads serials in the 1904 date system', async () => {
    const g = await one(row(1, '<c r="A1" s="1"><v>44376</v></c>'), {
      date1904: true,
      xfs: ['<xf numFmtId="0" fontId="0"/>', '<xf numFmtId="14" fontId="0"/>'],
    });
    // 44376 days after 1904-01-01 is 2025-06-30 (1,462 days later than the same serial in the 1900 system).
    expect(cellAt(g, 1, 1)).toEqual({ kind: 'date', iso: '2025-06-30' });
  });

  it('keeps merges (slaves empty), places cells without r attributes, and reads sheet states', async () => {
    const grids = await readWorkbookGrids(
      await buildBook({
        shared: ['<si><t>Tiêu đề</t></si>', '<si><t>lạc</t></si>'],
        sheets: [
          {
            name: 'A',
            xml:
              data('<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row><c/><c><v>3</v></c></row>') +
              '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
          },
          { name: 'B', state: 'hidden', xml: data(row(1, '<c r="A1"><v>1</v></c>')) },
          { name: 'C', state: 'veryHidden', xml: data(row(1, '<c r="A1"><v>1</v></c>')) },
        ],
      }),
    );
    expect(grids.map((g) => [g.sheet, g.state])).toEqual([
      ['A', undefined],
      ['B', 'hidden'],
      ['C', 'veryHidden'],
    ]);
    const a = grids[0];
    expect(cellAt(a, 1, 1)).toEqual({ kind: 'text', text: 'Tiêu đề' });
    expect(cellAt(a, 1, 2)).toEqual({ kind: 'empty' });
    expect(cellAt(a, 2, 2)).toEqual({ kind: 'number', value: 3 });
    expect(a.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect([a.rowCount, a.colCount]).toEqual([2, 3]);
  });
});
