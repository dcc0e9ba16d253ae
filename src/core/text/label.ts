/**
 * Numbering cells (the "TT"/"STT" column): normalisation and classification.
 *
 * Decisions (tested in test/core/text/label.test.ts):
 * - 'letter': one upper-case letter that is not a Roman digit I, V or X — so "A", "B", "C", "D" … "H" (and "K", "L",
 *   "M" …) are letter sections, while "I", "V", "X" are Roman. "C", "D", "L", "M" are never read as Roman numbers.
 * - 'roman': I, II, III, IV … XXXIX (upper case, optional trailing dot): Roman groups.
 * - Lower case ("a", "b", "ii") is NOT a section or a group: in Vietnamese documents "a)", "b)" are sub-points of an
 *   item. Such labels are 'other' (parts = [label]) so a reader can treat them as sub-items or text.
 * - 'romanDotted': "I.1", "II.3.2" (parts ["II","3","2"]).
 * - 'number': "1", "1.", "01", "1)" (leading zeros dropped by normalizeLabel: "01." → "1").
 * - 'dotted': "1.1", "1,1", "2.4.1", "5.3.2." (parts ["5","3","2"]).
 * - Numbers stored as numbers: 2 → "2", 1.1 → "1.1", float noise removed (1.1000000000000001 → "1.1"). Excel cannot
 *   keep "1.10" as a number (it becomes 1.1): telling those apart needs the neighbouring rows, not this function.
 * - 'bullet': "-", "–", "—", "−", "+", "•", "*", "·", "o" (the dashes normalise to "-").
 * - 'empty': blank. Anything else: 'other'.
 */
import { memoString } from './memo';
import { cleanText } from './normalize';

export type LabelKind = 'letter' | 'roman' | 'romanDotted' | 'number' | 'dotted' | 'bullet' | 'empty' | 'other';

export interface LabelInfo {
  kind: LabelKind;
  /** letter/roman/number: [label]; dotted/romanDotted: the parts; bullet/empty: []; other: [label]. */
  parts: string[];
}

const ROMAN = /^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const DASHES = /^[\u2010-\u2015\u2212-]$/;
const BULLETS = new Set(['-', '+', '•', '*', '·', 'o', '◦', '▪', '●', '○', '■', '□', '✓', '→', '>']);
const NUMBER = /^\d{1,4}$/;
const DOTTED = /^\d{1,4}(?:\.\d{1,4})+$/;
const ROMAN_DOTTED_HEAD = /^([IVXL]+)\.(\d{1,4}(?:\.\d{1,4})*)$/;

/** Stable text of a number stored in a cell: 1.1000000000000001 → "1.1", 2 → "2". */
function numberLabel(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

/**
 * The label as a key: trimmed; trailing "." / ")" dropped; "(1)" → "1"; comma between digits → "." ("1,1" → "1.1");
 * spaces around dots dropped ("1. 2" → "1.2"); a plain integer loses its leading zeros ("01" → "1");
 * dashes become "-". Numbers: 1.1 → "1.1".
 */
export function normalizeLabel(v: string | number): string {
  if (typeof v === 'number') return numberLabel(v);
  if (typeof v !== 'string') return '';
  return normalizeCached(v);
}

// Memoised: every reader pass and validation rule normalises the same labels again.
const normalizeCached = /* @__PURE__ */ memoString((v: string): string => {
  let s = cleanText(v).replace(/\s+/g, ' ');
  if (s === '') return '';
  if (DASHES.test(s)) return '-';
  if (s.length === 1) return s;
  const paren = /^\((.+)\)$/.exec(s);
  if (paren) s = paren[1].trim();
  const whole = s;
  s = s.replace(/[.)]+$/, '').trim();
  if (s === '') return whole;
  s = s.replace(/(\d)\s*,\s*(?=\d)/g, '$1.').replace(/\s*\.\s*/g, '.');
  if (/^0+\d/.test(s) && NUMBER.test(s)) s = String(Number(s));
  return s;
});

function isRoman(s: string): boolean {
  return s !== '' && ROMAN.test(s);
}

/** Classifies a numbering cell (raw or normalised; it is normalised first). */
export function classifyLabel(label: string): LabelInfo {
  if (typeof label !== 'string') return { kind: 'empty', parts: [] };
  // Memoised like normalizeLabel; each caller gets its own object.
  const info = classifyCached(label);
  return { kind: info.kind, parts: info.parts.slice() };
}

const classifyCached = /* @__PURE__ */ memoString((label: string): LabelInfo => {
  const raw = cleanText(label);
  if (raw === '') return { kind: 'empty', parts: [] };
  if (raw.length === 1 && (BULLETS.has(raw) || DASHES.test(raw))) return { kind: 'bullet', parts: [] };
  const s = normalizeLabel(raw);
  if (s === '') return { kind: 'other', parts: [raw] };
  if (s === '-') return { kind: 'bullet', parts: [] };
  if (/^[A-Z]$/.test(s) && !/^[IVX]$/.test(s)) return { kind: 'letter', parts: [s] };
  if (isRoman(s)) return { kind: 'roman', parts: [s] };
  if (NUMBER.test(s)) return { kind: 'number', parts: [s] };
  if (DOTTED.test(s)) return { kind: 'dotted', parts: s.split('.') };
  const rd = ROMAN_DOTTED_HEAD.exec(s);
  if (rd && isRoman(rd[1])) return { kind: 'romanDotted', parts: [rd[1], ...rd[2].split('.')] };
  return { kind: 'other', parts: [s] };
});

const COMMA_NUMBERING = /^\d{1,4}(?:\s*,\s*\d{1,4})+[.)]?$/;

/**
 * A numbering label as it must be shown (pane, trackers): text, never a decimal number. A number cell 1.1 reads as
 * "1,1" in a Vietnamese Excel, yet officials mean criterion "1.1": commas between digit groups become dots; any
 * other label is returned as is.
 */
export function shownLabel(label: string): string {
  if (typeof label !== 'string' || !COMMA_NUMBERING.test(label.trim())) return label;
  return label.trim().replace(/\s*,\s*/g, '.');
}
