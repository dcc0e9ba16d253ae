/**
 * Numbers as officials type them in Vietnamese workbooks.
 *
 * Reading rules of `parseVnNumber` (decided here, tested in test/core/text/number.test.ts):
 * - Decimal comma is the Vietnamese norm: "9,5" → 9.5, "0,9756" → 0.9756, "1,234" → 1.234.
 * - A decimal point is accepted too: "1.5" → 1.5. A single "." followed by exactly three digits ("1.234") is still
 *   read as a decimal (1.234): it is the thousands "1234" only when the text also has a comma ("1.234,5") or more
 *   than one dot group ("1.234.567"). Scores, the common case, are small numbers with decimals.
 * - With both separators the last one is the decimal mark and the other must group thousands correctly:
 *   "1.234,5" → 1234.5, "1,234.5" → 1234.5; "1,2.3" → null.
 * - Several commas are thousands only when correctly grouped ("1,234,567"); "1,2,3" → null.
 * - Spaces (also NBSP / narrow NBSP) group thousands only in groups of three: "1 234,5" → 1234.5.
 * - A leading "+", "-" or "−" sign; a trailing "%" divides by 100 like Excel ("86,50%" → 0.865).
 * - Scientific notation as JavaScript prints it ("1e-7", "1.5E+21").
 * - Anything else is not a number: "", "abc", ">92,00", "9,5 điểm", "1,2,3" → null.
 */
import type { Cell } from '../grid';

const SPACES = /[\s\u00A0\u202F\u2007\u2009]+/g;
const SIGN_RE = /^([+\-\u2212]?)(.*)$/s;
const PLAIN_DIGITS = /^\d+$/;
const GROUPED_DIGITS = /^\d{1,3}(?:[ ]\d{3})+$/;
const SCIENTIFIC = /^(\d+(?:\.\d+)?|\.\d+)e[+-]?\d+$/i;

/** Integer part that may carry thousands separators `sep` (or none): returns its plain digits, or null. */
function groupedInteger(s: string, sep: string): string | null {
  if (PLAIN_DIGITS.test(s)) return s;
  const parts = s.split(sep);
  if (parts.length < 2) return null;
  if (!/^\d{1,3}$/.test(parts[0])) return null;
  for (let i = 1; i < parts.length; i++) if (!/^\d{3}$/.test(parts[i])) return null;
  return parts.join('');
}

/** The unsigned body (no sign, no %, no spaces) as a canonical "digits[.digits]" string, or null. */
function canonicalBody(body: string): string | null {
  if (body === '') return null;
  if (PLAIN_DIGITS.test(body)) return body;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots === 0 && commas === 0) return null;
  if (dots > 0 && commas > 0) {
    const lastDot = body.lastIndexOf('.');
    const lastComma = body.lastIndexOf(',');
    const decimalMark = lastDot > lastComma ? '.' : ',';
    const thousands = decimalMark === '.' ? ',' : '.';
    const at = Math.max(lastDot, lastComma);
    const intPart = body.slice(0, at);
    const frac = body.slice(at + 1);
    if (!PLAIN_DIGITS.test(frac)) return null;
    const digits = groupedInteger(intPart, thousands);
    return digits === null ? null : `${digits}.${frac}`;
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count === 1) {
    const [intPart, frac] = body.split(sep);
    if (!PLAIN_DIGITS.test(frac)) return null;
    if (intPart === '') return `0.${frac}`;
    return PLAIN_DIGITS.test(intPart) ? `${intPart}.${frac}` : null;
  }
  // Two or more of the same separator: only a correctly grouped integer.
  return groupedInteger(body, sep);
}

/** Moves the decimal point two places left ("86.50" → "0.8650") so percents parse without float noise. */
function shiftPercent(canonical: string): string {
  const [intPart, frac = ''] = canonical.split('.');
  const padded = intPart.padStart(3, '0');
  return `${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`;
}

/** Reads a number typed as text the Vietnamese (or the English) way; null when the text is not just a number. */
export function parseVnNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  let s = text.normalize('NFC').trim();
  if (s === '' || s.length > 64) return null;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  const signMatch = SIGN_RE.exec(s);
  if (!signMatch) return null;
  const negative = signMatch[1] !== '' && signMatch[1] !== '+';
  let body = signMatch[2].trimStart();
  if (/\s|\u00A0|\u202F|\u2007|\u2009/.test(body)) {
    // Spaces may only group thousands in the integer part: "1 234,5", "1 234 567".
    const m = /^([\d\s\u00A0\u202F\u2007\u2009]+)([.,]\d+)?$/.exec(body);
    if (!m) return null;
    const intPart = m[1].replace(SPACES, ' ').trim();
    if (!GROUPED_DIGITS.test(intPart)) return null;
    body = intPart.replace(/ /g, '') + (m[2] ?? '');
  }
  let value: number;
  if (SCIENTIFIC.test(body)) {
    if (percent) return null;
    value = Number(body);
  } else {
    const canonical = canonicalBody(body);
    if (canonical === null) return null;
    value = Number(percent ? shiftPercent(canonical) : canonical);
  }
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/** A cell's numeric value: numbers as they are, text read with parseVnNumber, anything else null. */
export function numberFromCell(cell: Cell): number | null {
  if (!cell || typeof cell !== 'object') return null;
  switch (cell.kind) {
    case 'number':
      return Number.isFinite(cell.value) ? cell.value : null;
    case 'text':
      return parseVnNumber(cell.text);
    default:
      return null;
  }
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** |n| rounded half away from zero to `places` decimals, decided on the shortest decimal text of n (1.005 → 1.01). */
function roundAbs(n: number, places: number): number {
  const v = Math.abs(n);
  const text = String(v);
  if (text.includes('e')) return Number(v.toFixed(places));
  return Number(`${Math.round(Number(`${text}e${places}`))}e-${places}`);
}

/**
 * Vietnamese display of a number: decimal comma, "." between thousands.
 * Without `decimals`: 15 significant digits at most, trailing zeros dropped (float noise removed: 0.1 + 0.2 → "0,3").
 * With `decimals`: exactly that many, rounded half away from zero on the decimal value (1.005 → "1,01").
 * Non-finite → "". Note: an integer of 4–6 digits prints as "1.234", which parseVnNumber reads back as 1.234.
 */
export function formatVnNumber(n: number, decimals?: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  if (Math.abs(n) >= 1e21) return String(n);
  let fixed: string;
  if (decimals === undefined) {
    const v = Number(Math.abs(n).toPrecision(15));
    fixed = String(v).includes('e') ? v.toFixed(20).replace(/\.?0+$/, '') : String(v);
  } else {
    const places = Math.max(0, Math.min(20, Math.floor(decimals)));
    fixed = roundAbs(n, places).toFixed(places);
  }
  const [intPart, frac] = fixed.split('.');
  const isZero = /^[0.]*$/.test(fixed);
  const sign = n < 0 && !isZero ? '-' : '';
  return sign + groupThousands(intPart) + (frac !== undefined && frac !== '' ? `,${frac}` : '');
}
