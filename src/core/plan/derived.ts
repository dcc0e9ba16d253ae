/**
 * A table derived from a parent's plan (`chiso cascade`): its title carries a line "(Triển khai Phụ lục 1 …)". Its
 * headings keep the parent's numbers (groups without a kept task are left out, so "IV" may follow "I"), and one note
 * below it says how the lead column was filled: the validator does not report either as the unit's mistake.
 */
import { fold } from '../text';
import type { PlanTable } from './types';

/** The start of the title line that marks a derived table (written by the cascade, read by the validator). */
export const DERIVED_TITLE = '(Triển khai ';

const FOLDED = fold(DERIVED_TITLE);

export function isDerivedTable(table: Pick<PlanTable, 'title'>): boolean {
  return (table.title ?? []).some((line) => fold(line).startsWith(FOLDED));
}
