/** The facts every surface answers the same way about a plan file: size cap, Word or not, the tracker's name. */
import { readFileSync } from 'fs';
import { isWordName, isWordPlan, MAX_PLAN_BYTES, planTooLarge, trackerFileName } from '../../../src/core/app/plan-file';
import { planFile } from '../../support/fixtures';

describe('plan files', () => {
  it('names the tracker after the plan; an .xlsm stays one, a Word plan gives a workbook', () => {
    expect(trackerFileName('ke-hoach.xlsx')).toBe('ke-hoach-theo-doi.xlsx');
    expect(trackerFileName('Kế hoạch.XLSM')).toBe('Kế hoạch-theo-doi.xlsm');
    expect(trackerFileName('ke-hoach.docx')).toBe('ke-hoach-theo-doi.xlsx');
    expect(trackerFileName('ke.hoach.2025.xlsx')).toBe('ke.hoach.2025-theo-doi.xlsx');
    expect(trackerFileName('ke-hoach')).toBe('ke-hoach-theo-doi.xlsx');
    expect(trackerFileName('.xlsx')).toBe('chiso-theo-doi.xlsx');
    // The package's content type, when the adapter read it, decides over the name.
    expect(trackerFileName('ke-hoach.xlsx', true)).toBe('ke-hoach-theo-doi.xlsm');
    expect(trackerFileName('ke-hoach.xlsm', false)).toBe('ke-hoach-theo-doi.xlsx');
  });

  it('tells a Word plan by its name or, under another name, by its word/document.xml', () => {
    const docx = new Uint8Array(readFileSync(planFile('hanoi-2025-phu-luc.docx')));
    const xlsx = new Uint8Array(readFileSync(planFile('hanoi-2025-phu-luc.xlsx')));
    for (const n of ['a.docx', 'a.DOCM', 'a.dotx', 'a.dotm', 'a.doc']) expect(isWordName(n)).toBe(true);
    expect(isWordName('a.xlsx')).toBe(false);
    expect(isWordPlan(docx, 'ke-hoach.xlsx')).toBe(true);
    expect(isWordPlan(xlsx, 'ke-hoach.xlsx')).toBe(false);
    expect(isWordPlan(null, 'ke-hoach.docx')).toBe(true);
  });

  it('has one size cap', () => {
    expect(planTooLarge(MAX_PLAN_BYTES)).toBeNull();
    expect(planTooLarge(MAX_PLAN_BYTES + 1)).toEqual({ vi: 'tệp lớn hơn 512 MB', en: 'the file is over 512 MB' });
  });
});
