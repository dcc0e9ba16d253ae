/** Roman numerals, as group headings and Word's upper/lower Roman list numbers write them (1–3999). */

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** "IV" → 4; null when the text is not a Roman numeral. */
export function fromRoman(s: string): number | null {
  const t = s.trim().toUpperCase();
  if (!/^[IVXLCDM]+$/.test(t)) return null;
  let n = 0;
  let rest = t;
  for (const [v, sym] of ROMAN) {
    while (rest.startsWith(sym)) {
      n += v;
      rest = rest.slice(sym.length);
    }
  }
  return rest === '' && toRoman(n) === t ? n : null;
}
