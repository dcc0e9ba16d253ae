/**
 * A task appendix as a SheetSpec: the numbering column first, heading rows (sections A/B/C, Roman groups,
 * subgroups) with their title merged across the rest of the row, item rows with a value per column.
 */
import type { SheetSpec, SpecCell } from '../sheetspec';
import { putNote, putRow, startSheet, type FrameColumn } from './frame';

export type TaskLineType = 'section' | 'group' | 'subgroup' | 'item';

export interface TaskLine {
  type: TaskLineType;
  label: string;
  /** Headings: the title. Items: one value per column after the numbering column (index 0 = column B). */
  title?: string;
  values?: Array<string | number | null>;
}

export interface TaskModel {
  sheet: string;
  titles: string[];
  /** Every column, the numbering column first. */
  columns: FrameColumn[];
  lines: TaskLine[];
  notes?: string[];
  /** 1-based column where heading titles go (merged to the last column); default 2, the column after the numbering. */
  headingCol?: number;
}

const HEADING_STYLE: Record<Exclude<TaskLineType, 'item'>, string> = {
  section: 'textBold',
  group: 'textBold',
  subgroup: 'textItalic',
};

export function taskTableSpec(model: TaskModel): SheetSpec {
  const frame = startSheet(model.sheet, model.titles, model.columns);
  const last = model.columns.length;
  model.lines.forEach((line, i) => {
    const r = frame.firstRow + i;
    if (line.type !== 'item') {
      const s = HEADING_STYLE[line.type];
      const at = Math.min(Math.max(2, model.headingCol ?? 2), last);
      const cells: Array<SpecCell | null> = [{ v: line.label || null, s: 'labelBold' }];
      for (let c = 2; c <= last; c++) cells.push({ v: c === at ? (line.title ?? '') : null, s });
      putRow(frame, r, cells, last > at ? { from: at, to: last } : undefined);
      return;
    }
    const cells: Array<SpecCell | null> = [{ v: line.label || null, s: 'label' }];
    for (let c = 2; c <= last; c++) {
      const v = line.values?.[c - 2];
      cells.push({ v: v === undefined || v === '' ? null : v, s: 'text' });
    }
    putRow(frame, r, cells);
  });
  const after = frame.firstRow + model.lines.length + 1;
  (model.notes ?? []).forEach((n, k) => putNote(frame, after + k, n));
  return frame.spec;
}

/** The standard task-table columns (Hà Nội's Phụ lục 1 wording). */
export const STANDARD_TASK_COLUMNS: FrameColumn[] = [
  { header: 'TT', width: 7 },
  { header: 'Nhiệm vụ', width: 50 },
  { header: 'Tiến độ hoàn thành', width: 16 },
  { header: 'Cơ quan chủ trì', width: 22 },
  { header: 'Cơ quan phối hợp', width: 24 },
  { header: 'Yêu cầu/Kết quả/Sản phẩm', width: 40 },
];
