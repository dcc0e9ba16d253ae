/**
 * How many decimals a value is printed with, and how far a printed sum may drift from its parts by rounding alone.
 *
 * Printed decimals come from the grid when the rule has it (a number cell's format "0.00##" shows 9.5 as "9,50";
 * a text cell "9,990" has three), else from the number itself (0.868 → 3).
 */
import { cellAt, parseA1, type Grid } from '../grid';

const MAX_DECIMALS = 10;

/** Decimals of a JS number as written in its shortest form (float noise removed): 0.868 → 3, 10 → 0. */
export function decimalsOfNumber(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const t = Number(Math.abs(n).toPrecision(12)).toFixed(MAX_DECIMALS).replace(/0+$/, '');
  const dot = t.indexOf('.');
  return dot < 0 ? 0 : Math.min(MAX_DECIMALS, t.length - dot - 1);
}

/** Decimals written in a number typed as text: "9,990" → 3, "86,50%" → 4 (of the fraction), "1.234,5" → 1. */
export function decimalsOfText(text: string, value: number): number {
  let t = text.trim().replace(/[\s\u00A0\u202F]/g, '');
  let extra = 0;
  if (t.endsWith('%')) {
    t = t.slice(0, -1);
    extra = 2;
  }
  const m = /[.,](\d+)$/.exec(t);
  if (!m) return decimalsOfNumber(value);
  const digits = m[1].length;
  // "1.234" read as one thousand two hundred and thirty-four has no decimals.
  const body = t.replace(/^[+\-\u2212]/, '');
  const asInteger = Number(body.replace(/[.,]/g, ''));
  if (Number.isInteger(value) && asInteger === Math.abs(value) * (extra ? 100 : 1) && digits === 3) return 0;
  return digits + extra;
}

/** Decimals that a number format shows for a value ("0.00##" → 2 to 4; "0.0" → 1; "0" → 0; "0.00%" → +2). */
export function decimalsOfFormat(format: string, value: number): number | null {
  const section = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (section.trim() === '' || /general/i.test(section)) return null;
  if (!/[0#?]/.test(section)) return null;
  const pct = section.includes('%') ? 2 : 0;
  const m = /\.([0#?]+)/.exec(section);
  const actual = decimalsOfNumber(value * (pct ? 100 : 1));
  if (!m) return pct;
  const min = (m[1].match(/0/g) ?? []).length;
  const max = m[1].length;
  return Math.max(min, Math.min(actual, max)) + pct;
}

/** Printed decimals of a value read from `address` (when a grid is given), else of the value itself. */
export function printedDecimals(value: number, grid: Grid | undefined, address: string | undefined): number {
  if (grid && address) {
    const pos = parseA1(address);
    if (pos) {
      const cell = cellAt(grid, pos.row, pos.col);
      if (cell.kind === 'text') return Math.min(MAX_DECIMALS, decimalsOfText(cell.text, value));
      if (cell.kind === 'number') {
        const f = cell.format ? decimalsOfFormat(cell.format, cell.value) : null;
        if (f !== null) return Math.min(MAX_DECIMALS, f);
      }
    }
  }
  return decimalsOfNumber(value);
}

/** A printed value and its decimals. */
export interface Printed {
  value: number;
  decimals: number;
}

/** Differences below this are fourth-decimal roundings (PAPI carries four decimals; PAR scores two or three). */
export const ROUNDING_FLOOR = 0.0005;
const EPS = 1e-9;

/**
 * How far `parent` may be from the sum of `parts` by rounding alone:
 * - one unit of the most precise printed decimal D when D ≥ 2 (three sub-dimensions of 3,33 under a 10);
 * - half a unit of the parent's decimals when the parent is printed with fewer (≥ 2) decimals than its parts
 *   (a total of 92,746 printed 92,75);
 * - half a unit of each part that is itself a subtotal printed with fewer decimals than its own parts
 *   (`roundedParts`: 6,02 for 6,019);
 * - never less than ROUNDING_FLOOR (fourth-decimal roundings).
 * Values with 0 or 1 decimal (9,5; 10; 1,5) are taken as exact: in these tables they are.
 */
export function sumTolerance(parent: Printed, parts: Printed[], roundedParts: Printed[] = []): number {
  const d = Math.max(parent.decimals, ...parts.map((p) => p.decimals));
  const unit = d >= 2 ? 10 ** -d : 0;
  const parentHalf = parent.decimals >= 2 && parent.decimals < d ? 0.5 * 10 ** -parent.decimals : 0;
  const partsHalf = roundedParts.reduce((acc, p) => acc + (p.decimals >= 2 ? 0.5 * 10 ** -p.decimals : 0), 0);
  return Math.max(unit, parentHalf, ROUNDING_FLOOR) + partsHalf + EPS;
}

/** Rounds for display to `decimals` (float noise gone). */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** Math.max(0, Math.min(MAX_DECIMALS, decimals));
  return Math.round((n + Math.sign(n) * EPS) * f) / f;
}
