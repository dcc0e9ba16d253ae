/** Small pieces of the Office adapter: date serials and formats, the fill-down template, error mapping, style rectangles. */
import { toPortError } from '../../../src/adapters/office/errors';
import { fillRuns, rowTemplate } from '../../../src/adapters/office/formula-fill';
import { groupRects } from '../../../src/adapters/office/style-rects';
import { cellFromOffice } from '../../../src/adapters/office/read';
import { officeInput, utf8Length, widthToPoints } from '../../../src/adapters/office/values';

describe('dates', () => {
  it('writes dates as the core serial (1900-01-15 is 15, 1900-03-01 is 61), as Excel counts them', () => {
    expect(officeInput({ v: { date: '1900-01-15' } })).toBe(15);
    expect(officeInput({ v: { date: '1900-02-28' } })).toBe(59);
    expect(officeInput({ v: { date: '1900-03-01' } })).toBe(61);
  });

  it('reads serials 59, 60, 61 and times the core way: 60 and times stay numbers', () => {
    expect(cellFromOffice(59, 'Double', 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '1900-02-28' });
    expect(cellFromOffice(60, 'Double', 'dd/mm/yyyy')).toEqual({ kind: 'number', value: 60, format: 'dd/mm/yyyy' });
    expect(cellFromOffice(61, 'Double', 'dd/mm/yyyy')).toEqual({ kind: 'date', iso: '1900-03-01' });
    expect(cellFromOffice(45930.99, 'Double', 'm/d/yyyy')).toEqual({ kind: 'date', iso: '2025-09-30' });
    expect(cellFromOffice(1.5, 'Double', '[h]:mm')).toEqual({ kind: 'number', value: 1.5, format: '[h]:mm' });
    expect(cellFromOffice(0.5, 'Double', 'hh:mm')).toEqual({ kind: 'number', value: 0.5, format: 'hh:mm' });
  });
});

describe('cell inputs', () => {
  it('writes text with an apostrophe, dates as serials, formulas and links as formulas', () => {
    expect(officeInput({ v: '=1+1' })).toBe("'=1+1");
    expect(officeInput({ v: "'a" })).toBe("''a");
    expect(officeInput({ v: '' })).toBe('');
    expect(officeInput({ v: 3 })).toBe(3);
    expect(officeInput({ v: { date: '2025-09-30' } })).toBe(45930);
    expect(officeInput({ f: 'SUM(A1:A3)', r: 6 })).toBe('=SUM(A1:A3)');
    expect(officeInput({ v: "Phụ lục 'A'", link: { sheet: "Phụ lục 'A'", cell: 'B5' } })).toBe(
      `=HYPERLINK("#'Phụ lục ''A'''!B5","Phụ lục 'A'")`,
    );
    expect(officeInput({ v: 'QĐ 12', link: { url: 'https://x.vn' } })).toBe("'QĐ 12");
    expect(officeInput(null)).toBe('');
  });

  it('counts UTF-8 bytes and converts widths to points', () => {
    expect(utf8Length('aệ😀')).toBe(1 + 3 + 4);
    expect(widthToPoints(10)).toBe(56.25);
  });
});

describe('formulas filled down', () => {
  it('reduces a formula to its row template', () => {
    expect(rowTemplate('IF(ISNUMBER(J8),J8-$E$2,"")', 8)).toBe(rowTemplate('IF(ISNUMBER(J9),J9-$E$2,"")', 9));
    expect(rowTemplate('IF(ISNUMBER(J8),J8-$E$2,"")', 8)).not.toBe(rowTemplate('IF(ISNUMBER(J9),J8-$E$2,"")', 9));
    expect(rowTemplate('B1*2', 2)).not.toBe(rowTemplate('B1*3', 3));
    expect(rowTemplate('COUNTIF(\'Theo dõi 1\'!R6:R99,"A1")', 3)).toBe('COUNTIF(\'Theo dõi 1\'!R{3}:R{96},"A1")');
    expect(rowTemplate('LOG10(A5)+SUM(5:7)+Sheet1!C$4', 5)).toBe('LOG10(A{0})+SUM({0}:{2})+Sheet1!C$4');
    expect(rowTemplate('"B2"&B2', 2)).toBe('"B2"&B{0}');
  });

  it('finds runs per column and joins neighbours', () => {
    const f = (r: number, c: number) =>
      r >= 2 && r <= 6 && c <= 2 ? `A${r}*${c}` : r === 8 && c === 1 ? 'A8' : undefined;
    expect(fillRuns(9, 3, f)).toEqual([{ top: 2, bottom: 6, left: 1, right: 2 }]);
    expect(fillRuns(9, 3, f, 6)).toEqual([]);
  });
});

describe('style rectangles', () => {
  it('groups equal values into rectangles that follow the layout, not the rows', () => {
    const at = (r: number, c: number) => (r === 1 ? 'head' : r % 50 === 0 ? undefined : c <= 2 ? 'a' : 'b');
    const rects = groupRects(1000, 4, at);
    expect(rects[0]).toEqual({ rect: { top: 1, left: 1, bottom: 1, right: 4 }, value: 'head' });
    expect(rects.length).toBe(1 + 20 * 2);
    let covered = 0;
    for (const { rect, value } of rects) {
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) expect(at(r, c)).toBe(value);
      covered += (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    }
    expect(covered).toBe(4 + 979 * 4);
  });
});

describe('error mapping', () => {
  it('maps Office error codes to PortErrors with a Vietnamese message first', () => {
    expect(toPortError({ code: 'InvalidOperationInCellEditMode', message: 'x' })).toMatchObject({
      code: 'EDIT_MODE',
      text: { en: expect.stringContaining('Press Enter or Esc') },
    });
    expect(toPortError({ code: 'AccessDenied', message: 'x' })).toMatchObject({
      code: 'PROTECTED',
      message: expect.stringMatching(/^Một trang tính/),
    });
    // Recognised by its code in any UI language; a message saying "protect" under another code is not protection.
    expect(
      toPortError({ code: 'AccessDenied', message: 'Das Blatt ist geschützt. Heben Sie den Blattschutz auf.' }, 'A'),
    ).toMatchObject({ code: 'PROTECTED', message: expect.stringContaining('"A"') });
    expect(toPortError({ code: 'InvalidOperation', message: 'The sheet is protected' }, 'A')).toMatchObject({
      code: 'OFFICE_ERROR',
    });
    expect(toPortError({ code: 'ApiNotFound', message: 'x' })).toMatchObject({ code: 'OLD_EXCEL' });
    expect(toPortError({ code: 'RequestPayloadSizeLimitExceeded', message: 'x' })).toMatchObject({ code: 'TOO_LARGE' });
    expect(toPortError({ code: 'ItemNotFound', message: 'x' }, 'B')).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('"B"'),
    });
    expect(toPortError(new Error('boom'))).toMatchObject({
      code: 'OFFICE_ERROR',
      message: expect.stringMatching(/^Excel báo lỗi: boom/),
    });
  });
});
