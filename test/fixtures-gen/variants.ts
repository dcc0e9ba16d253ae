/**
 * Reshapings of real appendix sheets, the way officials' copies differ from one another:
 * columns reordered, an extra "Lãnh đạo phụ trách" column, headers without diacritics, the table moved to C5,
 * two appendices on one sheet, renamed sheets, notes below the table, numbers typed as text with a decimal comma,
 * two-row headers with year sub-columns. Pure functions on SheetModel (no reader code involved).
 */
import type { Merge } from '../../src/core/grid';
import { type CellModel, type SheetModel, clone, getCell, setCell, width } from './model';

function plainText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  }
  return '';
}

export function cellText(m: SheetModel, row: number, col: number): string {
  return plainText(getCell(m, row, col)?.value);
}

/** The first row whose cells include the given header text (exact, trimmed). */
export function findRow(m: SheetModel, text: string): number {
  for (let r = 1; r <= m.rows.length; r++) {
    for (let c = 1; c <= (m.rows[r - 1]?.length ?? 0); c++) if (cellText(m, r, c).trim() === text) return r;
  }
  throw new Error(`no row with "${text}" on ${m.name}`);
}

/** Columns in a new order: order[i] is the old 1-based column shown at new column i + 1. */
export function reorderColumns(src: SheetModel, order: number[]): SheetModel {
  const m = clone(src);
  const newOf = new Map<number, number>();
  order.forEach((old, i) => newOf.set(old, i + 1));
  const n = order.length;
  m.rows = src.rows.map((line) => {
    const out = line.slice();
    for (let i = 0; i < n; i++) out[i] = line[order[i] - 1] ?? null;
    return out;
  });
  const merges: Merge[] = [];
  for (const g of src.merges) {
    const master = getCell(src, g.top, g.left);
    if (g.left === g.right) {
      const c = newOf.get(g.left) ?? g.left;
      merges.push({ ...g, left: c, right: c });
      continue;
    }
    // Horizontal merges: clear the area, keep full-width ones (titles), put the value where its column went.
    for (let r = g.top; r <= g.bottom; r++)
      for (let c = g.left; c <= g.right; c++) setCell(m, r, newOf.get(c) ?? c, null);
    if (g.left <= 1 && g.right >= n) {
      merges.push({ ...g });
      setCell(m, g.top, g.left, master);
    } else {
      setCell(m, g.top, newOf.get(g.left) ?? g.left, master);
    }
  }
  m.merges = merges;
  return m;
}

/** Inserts a column before `at` (1-based), filled by `fill(row)`; merges that straddle it grow. */
export function insertColumn(src: SheetModel, at: number, fill: (row: number) => CellModel | null): SheetModel {
  const m = clone(src);
  m.rows = src.rows.map((line, ri) => {
    const out = line.slice();
    while (out.length < at - 1) out.push(null);
    out.splice(at - 1, 0, fill(ri + 1));
    return out;
  });
  m.merges = src.merges.map((g) => {
    if (g.left >= at) return { ...g, left: g.left + 1, right: g.right + 1 };
    if (g.right >= at) return { ...g, right: g.right + 1 };
    return { ...g };
  });
  return m;
}

/** Inserts an empty row after row `after`; merges that straddle it grow. */
export function insertRowAfter(src: SheetModel, after: number): SheetModel {
  const m = clone(src);
  m.rows.splice(after, 0, []);
  m.merges = src.merges.map((g) => {
    if (g.top > after) return { ...g, top: g.top + 1, bottom: g.bottom + 1 };
    if (g.bottom > after) return { ...g, bottom: g.bottom + 1 };
    return { ...g };
  });
  return m;
}

/** Moves everything down `dr` rows and right `dc` columns. */
export function shift(src: SheetModel, dr: number, dc: number): SheetModel {
  const m = clone(src);
  const pad = () => Array.from({ length: dc }, () => null);
  m.rows = [
    ...Array.from({ length: dr }, () => [] as (CellModel | null)[]),
    ...src.rows.map((l) => (l.length ? [...pad(), ...l] : [])),
  ];
  m.merges = src.merges.map((g) => ({
    top: g.top + dr,
    bottom: g.bottom + dr,
    left: g.left + dc,
    right: g.right + dc,
  }));
  return m;
}

/** `b` below `a` on one sheet, after `gap` blank rows. */
export function stack(a: SheetModel, b: SheetModel, gap: number, name: string): SheetModel {
  const off = a.rows.length + gap;
  return {
    name,
    rows: [...clone(a).rows, ...Array.from({ length: gap }, () => []), ...clone(b).rows],
    merges: [
      ...a.merges.map((g) => ({ ...g })),
      ...b.merges.map((g) => ({ ...g, top: g.top + off, bottom: g.bottom + off })),
    ],
  };
}

/** Applies `fn` to the text cells of one row. */
export function mapRowText(src: SheetModel, row: number, fn: (s: string) => string): SheetModel {
  const m = clone(src);
  const line = m.rows[row - 1] ?? [];
  line.forEach((cell, i) => {
    const t = plainText(cell?.value);
    if (cell && t) line[i] = { ...cell, value: fn(t) };
  });
  return m;
}

export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Number cells at or below `fromRow` become text with a decimal comma ("9,5"). */
export function numbersToText(src: SheetModel, fromRow: number): SheetModel {
  const m = clone(src);
  m.rows.forEach((line, ri) => {
    if (ri + 1 < fromRow) return;
    line.forEach((cell, ci) => {
      if (cell && typeof cell.value === 'number') line[ci] = { value: String(cell.value).replace('.', ',') };
    });
  });
  return m;
}

/** Notes below the table: a blank row, "Ghi chú: …" merged across, then dash lines. */
export function appendNotes(src: SheetModel, lines: string[]): SheetModel {
  const m = clone(src);
  const w = width(src);
  let r = m.rows.length + 2;
  for (const text of lines) {
    setCell(m, r, 1, { value: text });
    m.merges.push({ top: r, left: 1, bottom: r, right: w });
    r++;
  }
  return m;
}

/**
 * The one-row header at `headerRow` becomes two rows: "Kết quả năm 2024" → "Kết quả" over "Năm 2024",
 * "Mục tiêu năm 2025 (%)" → "Mục tiêu (%)" over "2025"; other header cells merge down over both rows.
 */
export function twoRowYearHeader(src: SheetModel, headerRow: number): SheetModel {
  const m = insertRowAfter(src, headerRow);
  const w = width(src);
  for (let c = 1; c <= w; c++) {
    const t = cellText(m, headerRow, c);
    if (!t) continue;
    const y = /^(.*?)\s*năm\s+(\d{4})\s*(\(%\))?$/i.exec(t.trim());
    if (y) {
      setCell(m, headerRow, c, { value: `${y[1]}${y[3] ? ' ' + y[3] : ''}` });
      setCell(m, headerRow + 1, c, { value: c % 2 ? `Năm ${y[2]}` : Number(y[2]) });
    } else {
      m.merges.push({ top: headerRow, left: c, bottom: headerRow + 1, right: c });
    }
  }
  return m;
}

export function rename(src: SheetModel, name: string): SheetModel {
  return { ...clone(src), name };
}

/** A sheet that is not an appendix: a cover note and a contact list. */
export function nonAppendixSheet(name: string): SheetModel {
  const m: SheetModel = { name, rows: [], merges: [] };
  setCell(m, 1, 1, { value: 'HƯỚNG DẪN SỬ DỤNG BIỂU MẪU' });
  setCell(m, 2, 1, {
    value: 'Các cơ quan, đơn vị cập nhật tiến độ trước ngày 15 hằng tháng; liên hệ Phòng Nội vụ khi cần hỗ trợ.',
  });
  const head = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại'];
  head.forEach((h, i) => setCell(m, 4, i + 1, { value: h }));
  const people = [
    ['Nguyễn Văn An', 'Trưởng phòng', 'Phòng Nội vụ', '0901 234 567'],
    ['Trần Thị Bình', 'Chuyên viên', 'Văn phòng UBND', '0912 345 678'],
  ];
  people.forEach((p, i) => {
    setCell(m, 5 + i, 1, { value: i + 1 });
    p.forEach((v, j) => setCell(m, 5 + i, j + 2, { value: v }));
  });
  return m;
}
