/** Every validation rule, in the order they run (the output is sorted by place afterwards). */
import { boundsRule } from './bounds';
import { deadlineRule } from './deadlines';
import { duplicateRule } from './duplicates';
import { numberingRule } from './numbering';
import { numbersRule } from './numbers';
import { readNotesRule } from './read-notes';
import { requiredRule } from './required';
import type { Rule } from './rule';
import { sipasRule } from './sipas';
import { sumRule } from './sums';

export const RULES: readonly Rule[] = [
  sumRule,
  boundsRule,
  numbersRule,
  numberingRule,
  requiredRule,
  deadlineRule,
  duplicateRule,
  sipasRule,
  readNotesRule,
];
