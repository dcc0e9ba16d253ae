/**
 * Row assembly: the data rows of one table → records. Skips blank rows, header rows repeated at page breaks and the
 * "1 2 3 4 5 6" column-number rows; joins continuation rows (no numbering, no new agency/deadline/number) into the
 * record above — except a row right under a heading that hands the group to another plan, which is the group's task;
 * spreads vertically merged cells to every row they cover.
 */
import { type Cell, a1 } from '../grid';
import { classifyLabel, fold, normalizeLabel } from '../text';
import { type FieldAcc, fieldKeys } from './fields';
import { type HeaderInfo, mainRole, repeatsHeader } from './header';
import { labelText } from './numbers';
import { MAIN_ROLES } from './roles';
import { type SheetView, cellString } from './sheet';
import type { Column, Role } from './types';

export interface RawRecord {
  row: number;
  /** Last sheet row covered. */
  end: number;
  /** Numbering as printed, its normalised form and where it was read. */
  label: string;
  norm: string;
  labelAddr?: string;
  /** Field key → collected text. */
  acc: Map<string, FieldAcc>;
  /** Field keys that hold an own (not inherited) value on the record's first row. */
  own: Set<string>;
}

/** "I. CÔNG TÁC …", "A. CHỈ SỐ …", "1.2. Nội dung": a label, then the title. */
const LABEL_HEAD = /^((?:[A-Z]|[IVXL]{1,6}|\d{1,3}(?:[.,]\d{1,3})*)[.)]?)\s+(\S[\s\S]*)$/;

const TOTAL_RE = /^(tong\b|cong\b|chi so( [a-z ]{0,40})? chung\b|diem tong|ket qua chung|toan (tinh|thanh pho|bo)\b)/;

/**
 * A row that hands its whole group to another plan: "Thực hiện theo Kế hoạch số 326/KH-UBND …", "Thực hiện theo Kế
 * hoạch riêng", "Theo Kế hoạch số …", "Triển khai theo Chương trình …". Under a heading it is the group's task.
 */
const HANDOFF_RE = new RegExp(
  '^[-+*•\\s]*(?:(?:duoc\\s+)?(?:thuc hien|trien khai)\\s+)?theo\\s+(?:cac\\s+)?' +
    '(?:ke hoach|chuong trinh|de an)(?:\\s+(?:so|rieng)\\b|\\s+\\d|\\s*$)',
);

/** Does the text hand the group to another plan? */
export function isHandOffText(text: string): boolean {
  return HANDOFF_RE.test(fold(text));
}

/** A heading so far: a structural label and no own value besides the main text (notes and unknown columns aside). */
function isHeadingRecord(rec: RawRecord, mainKeys: Set<string>): boolean {
  const kind = classifyLabel(rec.norm || rec.label).kind;
  if (!['letter', 'roman', 'romanDotted', 'number', 'dotted'].includes(kind)) return false;
  return [...rec.own].every((k) => mainKeys.has(k) || k === 'note' || k.startsWith('other:'));
}

/** Does the (folded) main text of an unnumbered row read like a total ("Tổng điểm", "CHỈ SỐ CHUNG:")? */
export function isTotalText(text: string): boolean {
  return TOTAL_RE.test(fold(text));
}

/** The "1 2 3 4 5 6" (or "(1) (2) …") row printed under some headers. */
function isColumnNumberRow(view: SheetView, r: number, h: HeaderInfo): boolean {
  const nums: number[] = [];
  for (let c = h.left; c <= h.right; c++) {
    const cell = view.own(r, c);
    if (cell.kind === 'empty') continue;
    let n: number | null = null;
    if (cell.kind === 'number' && Number.isInteger(cell.value)) n = cell.value;
    else if (cell.kind === 'text') {
      const m = /^\(?(\d{1,2})\)?$/.exec(cell.text.trim());
      if (m) n = Number(m[1]);
      else if (cell.text.trim() === '') continue;
    }
    if (n === null) return false;
    nums.push(n);
  }
  if (nums.length < 3) return false;
  for (let i = 1; i < nums.length; i++) if (nums[i] <= nums[i - 1]) return false;
  return nums[nums.length - 1] <= 60;
}

/** Assembles the records of one table. */
export function assembleRecords(view: SheetView, h: HeaderInfo, firstRow: number, lastRow: number): RawRecord[] {
  const keys = fieldKeys(h.columns);
  const noCol = h.columns.find((c) => c.role === 'no');
  const main = mainRole(h.columns);
  const mainCols = h.columns.filter((c) => (MAIN_ROLES as string[]).includes(c.role));
  const mainKeys = new Set(mainCols.map((c) => keys.get(c.index)).filter((k): k is string => k !== undefined));
  const records: RawRecord[] = [];
  let current: RawRecord | null = null;

  for (let r = firstRow; r <= lastRow; r++) {
    if (repeatsHeader(view, r, h) || isColumnNumberRow(view, r, h)) continue;
    // Values of the row, per column.
    const values: {
      col: Column;
      key: string;
      text: string;
      cell: Cell;
      addr: string;
      inherited: boolean;
      mergeId?: string;
    }[] = [];
    let ownCount = 0;
    for (const col of h.columns) {
      if (col.role === 'no') continue;
      const key = keys.get(col.index);
      if (!key) continue;
      const ref = view.value(r, col.index);
      const text = cellString(ref.cell);
      if (text === '') continue;
      if (!ref.inherited) ownCount++;
      values.push({
        col,
        key,
        text,
        cell: ref.cell,
        addr: a1(ref.row, ref.col),
        inherited: ref.inherited,
        mergeId: ref.merge ? `${ref.merge.top}:${ref.merge.left}` : undefined,
      });
    }
    let label = '';
    let norm = '';
    let labelAddr: string | undefined;
    let ownLabel = false;
    if (noCol) {
      const ref = view.value(r, noCol.index);
      label = labelText(ref.cell);
      if (label !== '') {
        norm = ref.cell.kind === 'number' ? normalizeLabel(ref.cell.value) : normalizeLabel(label);
        labelAddr = a1(ref.row, ref.col);
        ownLabel = !ref.inherited;
      }
    }
    if (ownLabel && classifyLabel(label).kind === 'other' && label.length > 12) {
      // Not a number: a heading typed whole into the numbering cell ("I. CÔNG TÁC …"), or a note line.
      const split = LABEL_HEAD.exec(label);
      const mainCol = h.columns.find((c) => c.role === main);
      const mainEmpty = !values.some((v) => v.col.role === main);
      if (split && main && mainCol && mainEmpty) {
        const addr = labelAddr as string;
        label = split[1];
        norm = normalizeLabel(label);
        values.push({
          col: mainCol,
          key: keys.get(mainCol.index) as string,
          text: split[2],
          cell: { kind: 'text', text: split[2] },
          addr,
          inherited: false,
        });
        ownCount++;
      } else if (ownCount === 0) continue;
    }
    if (ownCount === 0 && !ownLabel) continue;

    const mainText = values.find((v) => v.col.role === main)?.text ?? '';
    const ownRoles = new Set(values.filter((v) => !v.inherited).map((v) => v.col.role));
    const agency = ownRoles.has('lead') || ownRoles.has('coordinate') || ownRoles.has('leader');
    const numeric = ownRoles.has('max') || ownRoles.has('result') || ownRoles.has('target') || ownRoles.has('rank');
    const deadlineWithText = ownRoles.has('deadline') && mainCols.some((c) => ownRoles.has(c.role));
    const total = label === '' && mainText !== '' && isTotalText(mainText) && ownRoles.has(main as Role);
    const handOff =
      label === '' &&
      current !== null &&
      isHeadingRecord(current, mainKeys) &&
      values.some((v) => !v.inherited && mainKeys.has(v.key) && isHandOffText(v.text));
    const startsNew = ownLabel || current === null || agency || numeric || deadlineWithText || total || handOff;

    if (startsNew) {
      current = { row: r, end: r, label, norm, labelAddr, acc: new Map(), own: new Set() };
      for (const v of values) {
        current.acc.set(v.key, { first: v.cell, texts: [v.text], addr: v.addr, mergeId: v.mergeId });
        if (!v.inherited) current.own.add(v.key);
      }
      records.push(current);
      continue;
    }
    // Continuation: append own text; a value inherited from the same merge is not repeated.
    const rec = current as RawRecord;
    rec.end = r;
    for (const v of values) {
      const acc = rec.acc.get(v.key);
      if (!acc) {
        rec.acc.set(v.key, { first: v.cell, texts: [v.text], addr: v.addr, mergeId: v.mergeId });
        continue;
      }
      if (v.inherited && v.mergeId !== undefined && v.mergeId === acc.mergeId) continue;
      if (v.inherited && v.mergeId !== undefined && acc.texts[acc.texts.length - 1] === v.text) continue;
      acc.texts.push(v.text);
    }
  }
  return records;
}
