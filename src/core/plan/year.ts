/** The plan's year: the option, else the tables' title lines ("… năm 2025"), else the most common year in deadlines. */
import { fold, yearsInText } from '../text';
import type { PlanTable } from './types';

function mostCommon(years: number[]): number | null {
  if (years.length === 0) return null;
  const count = new Map<number, number>();
  for (const y of years) count.set(y, (count.get(y) ?? 0) + 1);
  let best: number | null = null;
  let bestN = 0;
  for (const [y, n] of count) {
    if (n > bestN || (n === bestN && best !== null && y > best)) {
      best = y;
      bestN = n;
    }
  }
  return best;
}

const plausible = (y: number) => y >= 2000 && y <= 2100;

/** Years named as "năm YYYY" first; otherwise any year; the most common one (the latest on a tie). */
export function yearFromTitles(lines: string[]): number | null {
  const named: number[] = [];
  const any: number[] = [];
  for (const line of lines) {
    const f = fold(line);
    for (const m of f.matchAll(/\bnam\s+((?:19|20)\d{2})\b/g)) named.push(Number(m[1]));
    for (const y of yearsInText(line)) if (plausible(y)) any.push(y);
  }
  return mostCommon(named.filter(plausible)) ?? mostCommon(any);
}

export function yearFromDeadlines(tables: PlanTable[]): number | null {
  const years: number[] = [];
  for (const t of tables) {
    for (const r of t.rows) {
      const d = r.fields.deadline;
      if (typeof d === 'string') for (const y of yearsInText(d)) if (plausible(y)) years.push(y);
    }
  }
  return mostCommon(years);
}

export function planYear(tables: PlanTable[], option?: number | null): number | null {
  if (typeof option === 'number' && Number.isInteger(option) && plausible(option)) return option;
  return yearFromTitles(tables.flatMap((t) => t.title ?? [])) ?? yearFromDeadlines(tables);
}
