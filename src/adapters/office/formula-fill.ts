/**
 * Finds formulas that are "the same formula filled down" (Excel's relative references moved by one row per row), so
 * the writer sends the first one and lets Excel copy it down (`Range.copyFrom(…, "Formulas")`, ExcelApi 1.9: a
 * destination that is an exact multiple of the source repeats it, adjusting relative references like paste does).
 * This keeps the request size of a 10,000-row tracker well under Excel on the web's 5 MB limit.
 *
 * A formula is reduced to a row template: each relative row number becomes its offset from the formula's own row
 * ("J8-$E$2" on row 8 → "J{0}-$E$2"). Texts in quotes, quoted sheet names and absolute rows are kept as written.
 * Anything the tokenizer does not recognise stays as text, so an unknown construct can only make two formulas look
 * different (no compaction), never make different formulas look the same — except a relative reference it missed,
 * which it avoids by recognising every A1 cell reference and every row range ("5:9").
 */

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(!])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.(!])/y;

const wordChar = (ch: string | undefined) => ch !== undefined && /[\w.$]/.test(ch);

/** The row template of a formula written on `row`; the same template = the same formula filled down. */
export function rowTemplate(formula: string, row: number): string {
  let out = '';
  let i = 0;
  const rel = (abs: string, n: string) => (abs ? `$${n}` : `{${Number(n) - row}}`);
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A text literal or a quoted sheet name, doubled quotes inside.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!wordChar(formula[i - 1])) {
      ROWS.lastIndex = i;
      const r = ROWS.exec(formula);
      if (r) {
        out += `${rel(r[1], r[2])}:${rel(r[3], r[4])}`;
        i = ROWS.lastIndex;
        continue;
      }
      CELL.lastIndex = i;
      const m = CELL.exec(formula);
      if (m) {
        out += `${m[1]}${m[2].toUpperCase()}${rel(m[3], m[4])}`;
        i = CELL.lastIndex;
        continue;
      }
    }
    // Copy a whole word at once (function names, names, numbers) so a reference is only ever matched at its start.
    let j = i + 1;
    if (wordChar(ch)) while (j < formula.length && wordChar(formula[j]) && formula[j] !== '$') j++;
    out += formula.slice(i, j);
    i = j;
  }
  return out;
}

/** A run of filled-down formulas: rows top..bottom (inclusive) of columns left..right share their templates. */
export interface FillRun {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Runs of at least `minRows` rows where each column's formula is the one of the row above filled down.
 * `formulaAt(row, col)` gives the formula (no "=") of a plain formula cell, else undefined. Adjacent columns with
 * the same run rows are joined.
 */
export function fillRuns(
  rows: number,
  cols: number,
  formulaAt: (row: number, col: number) => string | undefined,
  minRows = 3,
): FillRun[] {
  const perCol: FillRun[] = [];
  for (let c = 1; c <= cols; c++) {
    let start = 0;
    let tpl = '';
    const close = (end: number) => {
      if (start && end - start + 1 >= minRows) perCol.push({ top: start, bottom: end, left: c, right: c });
    };
    for (let r = 1; r <= rows + 1; r++) {
      const f = r <= rows ? formulaAt(r, c) : undefined;
      const t = f === undefined ? '' : rowTemplate(f, r);
      if (t !== '' && t === tpl) continue;
      close(r - 1);
      start = t === '' ? 0 : r;
      tpl = t;
    }
  }
  // Join neighbours with identical rows.
  perCol.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const out: FillRun[] = [];
  for (const run of perCol) {
    const last = out[out.length - 1];
    if (last && last.top === run.top && last.bottom === run.bottom && last.right + 1 === run.left)
      last.right = run.left;
    else out.push({ ...run });
  }
  return out;
}
