import { matchRows, similarity } from '../../../src/core/tracker/match';
import { SheetNamer, cleanSheetName } from '../../../src/core/tracker/names';
import { looksLikeFormula, mergeStyles, parseRange } from '../../../src/core/sheetspec';

describe('similarity', () => {
  it('ignores case, diacritics and punctuation', () => {
    expect(similarity('Tổ chức Hội nghị tổng kết CCHC', 'to chuc hoi nghi TONG KET cchc.')).toBe(1);
  });
  it('is high for an edited sentence and low for another task', () => {
    expect(
      similarity('Tổ chức Hội nghị tổng kết công tác CCHC năm 2025', 'Tổ chức Hội nghị sơ kết công tác CCHC năm 2025'),
    ).toBeGreaterThan(0.8);
    expect(similarity('Tổ chức Hội nghị tổng kết', 'Rà soát văn bản quy phạm pháp luật')).toBe(0);
  });
});

describe('matchRows', () => {
  const old = [
    { key: 'A.1', text: 'Tổ chức hội nghị tổng kết công tác cải cách hành chính' },
    { key: 'A.2', text: 'Rà soát văn bản quy phạm pháp luật của thành phố' },
    { key: 'A.3', text: 'Kiểm tra công tác văn thư lưu trữ tại các sở' },
  ];
  it('matches by key when the text is still alike', () => {
    const m = matchRows(
      old.map((o) => ({ ...o, text: o.text + ' năm 2025' })),
      old,
    );
    expect([...m]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
  it('follows a task renumbered after a deletion instead of giving it the old number’s entries', () => {
    // A.2 deleted: the old A.3 is now A.2.
    const now = [old[0], { key: 'A.2', text: old[2].text }];
    const m = matchRows(now, old);
    expect(m.get(1)).toBe(2);
    expect([...m.values()]).not.toContain(1);
  });
  it('does not give a new, unrelated task the entries of a deleted one with the same key', () => {
    const now = [old[0], old[1], { key: 'A.3', text: 'Xây dựng chính quyền số, cơ sở dữ liệu dân cư' }];
    expect(matchRows(now, old).has(2)).toBe(false);
  });
  it('keeps a reworded task under its key', () => {
    const now = [{ key: 'A.1', text: 'Hội nghị tổng kết CCHC giai đoạn 2021-2025 và triển khai giải pháp' }];
    expect(matchRows(now, old).get(0)).toBe(0);
  });
});

describe('sheet names', () => {
  it('never takes the name of a sheet chiso did not create', () => {
    const n = new SheetNamer(['Theo dõi Phụ lục 1', 'Tổng hợp']);
    expect(n.claim('Theo dõi Phụ lục 1')).toBe('Theo dõi Phụ lục 1 (2)');
    expect(n.claim('theo dõi phụ lục 1')).toBe('theo dõi phụ lục 1 (3)');
    expect(n.claim('TỔNG HỢP')).toBe('TỔNG HỢP (2)');
    expect(n.claim('Vấn đề')).toBe('Vấn đề');
  });
  it('keeps names within Excel’s rules', () => {
    expect(cleanSheetName('Theo dõi PL [1]: a/b?')).toBe('Theo dõi PL 1 a b');
    // One word longer than 31 characters is cut inside it, marked "…"; a taken name gets " (2)" within 31.
    const long = new SheetNamer(['x'.repeat(30) + '…']).claim('x'.repeat(40));
    expect(long).toBe(`${'x'.repeat(26)}… (2)`);
  });
  it('shortens at a word boundary, marked "…", unique (issue 19: never "…phường B")', () => {
    const n = new SheetNamer([]);
    expect(n.claim('Theo dõi Nhiệm vụ UBND phường Ba Đình')).toBe('Theo dõi Nhiệm vụ UBND phường…');
    expect(n.claim('Theo dõi Nhiệm vụ UBND phường Bến Nghé')).toBe('Theo dõi Nhiệm vụ UBND… (2)');
    for (const name of ['Theo dõi Nhiệm vụ UBND phường…', 'Theo dõi Nhiệm vụ UBND… (2)']) {
      expect(name.length).toBeLessThanOrEqual(31);
    }
    expect(cleanSheetName('Theo dõi Phụ lục 1')).toBe('Theo dõi Phụ lục 1');
  });
});

describe('sheetspec helpers', () => {
  it('tells which strings a parsing host would take for formulas', () => {
    expect(['=A1', '+84 912', '-5', '@x', 'Sở Nội vụ', ' =x'].map(looksLikeFormula)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
  it('merges styles field by field', () => {
    expect(mergeStyles({ font: { name: 'Arial', size: 10 }, fill: 'FFFFFF' }, { font: { bold: true } })).toEqual({
      font: { name: 'Arial', size: 10, bold: true },
      fill: 'FFFFFF',
      align: undefined,
    });
  });
  it('parses A1 ranges', () => {
    expect(parseRange('B3:AA10')).toEqual({ top: 3, left: 2, bottom: 10, right: 27 });
    expect(parseRange('$C$5')).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(() => parseRange('nope')).toThrow(RangeError);
  });
});
