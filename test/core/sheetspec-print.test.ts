/** pagePrint: a fixed scale that fits the printed columns on A4 landscape, never below 9 pt of body text. */
import { pagePrint, wrappedLines, type SheetSpec } from '../../src/core/sheetspec';
import { pick, prng } from '../support/rng';

const sheet = (widths: number[], hidden: number[] = []): Pick<SheetSpec, 'cells' | 'cols'> => {
  const cells: SheetSpec['cells'] = [];
  // Sparse rows, as the builders leave them.
  cells[4] = widths.map(() => ({ v: 'x' }));
  return { cells, cols: widths.map((width, i) => ({ width, hidden: hidden.includes(i + 1) })) };
};

it('a narrow table prints at 100 %, its columns as the print area', () => {
  expect(pagePrint(sheet([10, 20, 30]), { headerRows: '5:5', bodyPt: 10, repeatCols: 'A:B' })).toEqual({
    landscape: true,
    paper: 'A4',
    scale: 100,
    repeatRows: '5:5',
    area: 'A:C',
  });
});

it('a slightly wide table is scaled down to fit the page width', () => {
  // 150 characters = 150 × (7 px + padding) ≈ 790 pt > 770 pt of printable width.
  const p = pagePrint(sheet([50, 50, 50]), { bodyPt: 10 });
  expect(p.scale).toBeLessThan(100);
  expect(p.scale).toBeGreaterThanOrEqual(90);
  expect(p.fitToWidth).toBeUndefined();
});

it('a wide table keeps 9-pt text: the floor scale, pages across with the key columns repeated', () => {
  const p = pagePrint(sheet(Array(20).fill(20)), { headerRows: '5:5', bodyPt: 10, repeatCols: 'A:B' });
  expect(p.scale).toBe(90);
  expect(p.repeatCols).toBe('A:B');
  // Times New Roman 12: 75 % keeps 9 pt.
  expect(pagePrint(sheet(Array(20).fill(20)), { bodyPt: 12 }).scale).toBe(75);
});

it('hidden and unlisted columns are not printed; a gap makes a second block', () => {
  expect(pagePrint(sheet([10, 10, 10, 10], [4]), { bodyPt: 10 }).area).toBe('A:C');
  expect(pagePrint(sheet([10, 10, 10, 10, 10]), { bodyPt: 10, printed: [1, 2, 4, 5] }).area).toBe('A:B,D:E');
});

it('wrappedLines wraps word by word and breaks words longer than a line', () => {
  expect(wrappedLines('một hai ba', 40)).toBe(1);
  expect(wrappedLines('một\nhai', 40)).toBe(2);
  // 10 units × 0.9 = 9 letters a line: "aaaa bbbb" fits, "cccc" goes to the next line.
  expect(wrappedLines('aaaa bbbb cccc', 10)).toBe(2);
  expect(wrappedLines('x'.repeat(30), 10)).toBe(4);
});

it('wrappedLines counts as splitting into paragraphs and words does (seeded texts with every kind of space)', () => {
  // The rule as first written (split on "\n", then on runs of white space); the one-pass count must agree.
  const reference = (text: string, width: number, font: { size?: number; bold?: boolean }): number => {
    const per = Math.max(1, Math.floor(width * 0.9 * (10 / (font.size ?? 10)) * (font.bold ? 0.9 : 1)));
    let n = 0;
    for (const para of text.split('\n')) {
      n++;
      let line = 0;
      for (const word of para.split(/\s+/).filter(Boolean)) {
        if (line > 0 && line + 1 + word.length <= per) {
          line += 1 + word.length;
          continue;
        }
        if (line > 0) n++;
        line = word.length;
        while (line > per) {
          n++;
          line -= per;
        }
      }
    }
    return Math.max(1, n);
  };
  const rnd = prng(22);
  const alphabet = ['a', 'ệ', 'Đ', '1', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b'];
  for (let i = 0; i < 2000; i++) {
    const text = Array.from({ length: Math.floor(rnd() * 80) }, () => pick(rnd, alphabet)).join('');
    const width = 1 + Math.floor(rnd() * 40);
    const font = { size: pick(rnd, [8, 10, 12]), bold: rnd() < 0.5 };
    expect([text, wrappedLines(text, width, font)]).toEqual([text, reference(text, width, font)]);
  }
});
