/** Numbers in plan cells: display text, numeric fields (max/result/target/rank) and numbering labels. */
import { cellText, type Cell } from '../grid';
import { cleanText, parseVnNumber } from '../text';
import type { FieldValue } from './types';

/** Removes binary floating-point noise from cached formula results (14.729999999999999 → 14.73). */
export function denoise(n: number): number {
  if (!Number.isFinite(n)) return n;
  return Number(n.toPrecision(12));
}

/** Decimal places a number format asks for: [min, max] ("0.00##" → [2, 4]); null when the format does not say. */
function formatDecimals(format: string | undefined): [number, number] | null {
  if (!format || format === 'General' || format === '@') return null;
  const section = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const m = /\.([0#?]+)/.exec(section);
  if (!m) return /[0#]/.test(section) ? [0, 0] : null;
  const min = (m[1].match(/0/g) || []).length;
  return [min, m[1].length];
}

function fixed(n: number, dec: [number, number] | null): string {
  if (!dec) return String(denoise(n));
  const [min, max] = dec;
  let s = n.toFixed(Math.min(max, 20));
  if (s.includes('.')) {
    const [i, f] = s.split('.');
    let frac = f;
    while (frac.length > min && frac.endsWith('0')) frac = frac.slice(0, -1);
    s = frac ? `${i}.${frac}` : i;
  }
  return s;
}

/** A number as Vietnamese users see it: decimal comma, the format's decimals, percent formats as "86,5%". */
export function displayNumber(value: number, format?: string): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const isPercent = !!format && /%/.test(format.replace(/"[^"]*"/g, ''));
  const dec = formatDecimals(format ? format.replace(/%/g, '') : undefined);
  const s = isPercent ? `${fixed(denoise(value * 100), dec)}%` : fixed(value, dec);
  return s.replace('.', ',');
}

/** A numeric-role field: a JSON number when the cell is a number or a number as text, else the cleaned text. */
export function numericField(cell: Cell): FieldValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'number':
      return Number.isFinite(cell.value) ? denoise(cell.value) : null;
    case 'text': {
      const t = cleanText(cell.text);
      if (t === '') return null;
      const n = parseVnNumber(t);
      return n === null ? t : denoise(n);
    }
    default:
      // Booleans, dates and errors as their text (empty is handled above).
      return cellText(cell);
  }
}

/** The numbering label as printed: text as is (cleaned), a number shown with its format ("1,1" for 1.1). */
export function labelText(cell: Cell): string {
  if (cell.kind === 'number') return displayNumber(cell.value, cell.format);
  if (cell.kind === 'text') return cleanText(cell.text).replace(/\s+/g, ' ');
  return '';
}
