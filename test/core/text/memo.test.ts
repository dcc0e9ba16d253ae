import { memoString } from '../../../src/core/text/memo';
import { cleanText, fold } from '../../../src/core/text';

describe('memoString', () => {
  it('calls the function once per string while the cache holds it', () => {
    const seen: string[] = [];
    const f = memoString((s: string) => {
      seen.push(s);
      return s.toUpperCase();
    }, 10);
    expect([f('a'), f('b'), f('a'), f('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('drops the cache once it is full, and still answers correctly', () => {
    let calls = 0;
    const f = memoString((s: string) => {
      calls++;
      return s.length;
    }, 2);
    f('a');
    f('bb');
    f('ccc'); // full: the cache is dropped before 'ccc' is stored
    expect(f('a')).toBe(1);
    expect(calls).toBe(4);
  });
});

describe('cached cleanText / fold', () => {
  it('give the same answers on repeated calls and for non-strings', () => {
    const s = '  Trước\u00A0 ngày\r\n15/12 ';
    expect(cleanText(s)).toBe('Trước ngày\n15/12');
    expect(cleanText(s)).toBe('Trước ngày\n15/12');
    expect(fold(s)).toBe('truoc ngay 15/12');
    expect(fold(s)).toBe('truoc ngay 15/12');
    expect(cleanText(3 as unknown as string)).toBe('');
    expect(fold(null as unknown as string)).toBe('');
  });
});
