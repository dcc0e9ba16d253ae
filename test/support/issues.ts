/** What every Issue must look like, whatever the input: the checks the property tests share. */
import { parseA1 } from '../../src/core/grid';
import { ISSUES, isIssueCode } from '../../src/core/issues';
import type { Issue } from '../../src/core/issues-types';

/**
 * A catalogue code with the catalogue's severity, a non-empty sheet (one of `sheets` when given), a valid A1 cell,
 * non-empty NFC messages in both languages. `ctx` names the case in a failure.
 */
export function expectWellFormedIssue(i: Issue, ctx: string, sheets?: readonly string[]): void {
  const where = `${ctx}: ${JSON.stringify(i)}`;
  expect({ where, code: isIssueCode(i.code) }).toEqual({ where, code: true });
  expect({ where, severity: i.severity }).toEqual({ where, severity: ISSUES[i.code].severity });
  const sheetOk = typeof i.sheet === 'string' && i.sheet.length > 0 && (!sheets || sheets.includes(i.sheet));
  expect({ where, sheet: sheetOk }).toEqual({ where, sheet: true });
  const pos = parseA1(i.cell);
  expect({ where, cell: pos !== null && pos.row >= 1 && pos.col >= 1 }).toEqual({ where, cell: true });
  expect(i.message.vi.length).toBeGreaterThan(0);
  expect(i.message.vi.normalize('NFC')).toBe(i.message.vi);
  expect(i.message.en.length).toBeGreaterThan(0);
}
