/**
 * What the workbook reader noted on a sheet (grid.notes) becomes issues: LEGACY_TEXT (info: TCVN3/VNI text read as
 * Unicode, with its range), SHEET_UNREADABLE (warning: a listed sheet whose part is missing or damaged),
 * SHEET_LISTED_TWICE (warning) and SHEET_TOO_LARGE (info). Very hidden sheets are left alone entirely.
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { Grid } from '../grid';
import type { PlanRule } from './rule';

/** The issues of the reader's notes on `grids` (very hidden sheets left out). */
export function readNoteIssues(grids: Iterable<Grid>): Issue[] {
  const out: Issue[] = [];
  for (const grid of grids) {
    if (grid.state === 'veryHidden') continue;
    for (const note of grid.notes ?? [])
      out.push(
        note.code === 'LEGACY_TEXT'
          ? makeIssue(note.code, grid.sheet, note.cell, note.params)
          : makeIssue(note.code, grid.sheet, note.cell, { ...note.params, sheet: grid.sheet }),
      );
  }
  return out;
}

export const readNotesRule: PlanRule = {
  id: 'read-notes',
  scope: 'plan',
  run: (ctx) => readNoteIssues(ctx.grids.values()),
};
