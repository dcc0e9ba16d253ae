/**
 * What the workbook reader noted on a sheet (grid.notes) becomes issues: LEGACY_TEXT (info: TCVN3/VNI text read as
 * Unicode, with its range) and SHEET_UNREADABLE (warning: a listed sheet whose part is missing or damaged). Very
 * hidden sheets are left alone entirely.
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { PlanRule } from './rule';

export const readNotesRule: PlanRule = {
  id: 'read-notes',
  scope: 'plan',
  run(ctx) {
    const out: Issue[] = [];
    for (const grid of ctx.grids.values()) {
      if (grid.state === 'veryHidden') continue;
      for (const note of grid.notes ?? [])
        out.push(
          note.code === 'LEGACY_TEXT'
            ? makeIssue(note.code, grid.sheet, note.cell, note.params)
            : makeIssue(note.code, grid.sheet, note.cell, { ...note.params, sheet: grid.sheet }),
        );
    }
    return out;
  },
};
