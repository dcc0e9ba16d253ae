/** Hand-made Plans for the rule tests: a few rows, columns in fixed places, cells filled in like the reader does. */
import { colLetter } from '../../../src/core/grid';
import type { Issue } from '../../../src/core/issues-types';
import type {
  Column,
  Due,
  FieldValue,
  Plan,
  PlanRow,
  PlanTable,
  Role,
  RowType,
  TableKind,
} from '../../../src/core/plan/types';

export interface RowSpec {
  label: string;
  type?: RowType;
  /** Label (or key) of the parent row. */
  parent?: string;
  key?: string;
  text?: string;
  fields?: Record<string, FieldValue>;
  due?: Due;
}

export interface ColSpec {
  role: Role;
  header?: string;
  year?: number;
}

export const SCORE_COLUMNS: ColSpec[] = [
  { role: 'no', header: 'STT' },
  { role: 'task', header: 'Lĩnh vực/Tiêu chí' },
  { role: 'max', header: 'Điểm tối đa' },
  { role: 'result', header: 'Kết quả năm 2024', year: 2024 },
  { role: 'target', header: 'Mục tiêu năm 2025', year: 2025 },
  { role: 'lead', header: 'Đơn vị chủ trì' },
];

export const TASK_COLUMNS: ColSpec[] = [
  { role: 'no', header: 'TT' },
  { role: 'task', header: 'Nhiệm vụ' },
  { role: 'deadline', header: 'Tiến độ hoàn thành' },
  { role: 'lead', header: 'Cơ quan chủ trì' },
  { role: 'coordinate', header: 'Cơ quan phối hợp' },
  { role: 'output', header: 'Kết quả/sản phẩm' },
];

export interface TableOpts {
  sheet?: string;
  kind?: TableKind;
  columns?: ColSpec[];
  title?: string[];
  /** Sheet row of the first data row (header one above). */
  firstRow?: number;
}

/** A table whose row i sits on sheet row firstRow + i; column j on letter j + 1. */
export function table(rows: RowSpec[], opts: TableOpts = {}): PlanTable {
  const cols: Column[] = (opts.columns ?? SCORE_COLUMNS).map((c, i) => ({
    col: colLetter(i + 1),
    index: i + 1,
    role: c.role,
    header: c.header ?? c.role,
    ...(c.year !== undefined ? { year: c.year } : {}),
  }));
  const first = opts.firstRow ?? 6;
  const keyOf = new Map<string, string>();
  const out: PlanRow[] = rows.map((spec, i) => {
    const key = spec.key ?? (spec.label !== '' && spec.label !== '-' && !keyOf.has(spec.label) ? spec.label : `#${i}`);
    keyOf.set(spec.label, keyOf.get(spec.label) ?? key);
    if (spec.key) keyOf.set(spec.key, key);
    const rowNo = first + i;
    const fields: Record<string, FieldValue> = { ...(spec.fields ?? {}) };
    const mainRole = cols.some((c) => c.role === 'task') ? 'task' : 'criterion';
    if (spec.text !== undefined) fields[mainRole] = spec.text;
    if (spec.label !== '') fields.no = spec.label;
    const cells: Record<string, string> = {};
    for (const c of cols) {
      const k = c.role === 'rank' ? `rank${c.year ?? ''}` : c.role;
      cells[k] = `${c.col}${rowNo}`;
    }
    return {
      row: rowNo,
      span: 1,
      type: spec.type ?? (spec.label === '' ? 'total' : 'item'),
      label: spec.label,
      path: [spec.label],
      key,
      fields,
      cells,
      ...(spec.due ? { due: spec.due } : {}),
    };
  });
  rows.forEach((spec, i) => {
    if (spec.parent !== undefined) out[i].parentKey = keyOf.get(spec.parent) ?? spec.parent;
  });
  return {
    sheet: opts.sheet ?? 'Phụ lục 2',
    kind: opts.kind ?? 'scores',
    ...(opts.title ? { title: opts.title } : {}),
    headerRows: [first - 1],
    firstRow: first,
    lastRow: first + rows.length - 1,
    columns: cols,
    rows: out,
  };
}

export function plan(tables: PlanTable[], year: number | null = 2025): Plan {
  return { year, tables };
}

/** Score-row shorthand: label, parent, max, result, target. */
export function s(
  label: string,
  parent: string | undefined,
  max: FieldValue,
  result: FieldValue,
  target: FieldValue,
  more: Partial<RowSpec> = {},
): RowSpec {
  return { label, parent, text: `Tiêu chí ${label}`, fields: { max, result, target, lead: 'Sở Nội vụ' }, ...more };
}

type Scores = [max: FieldValue, result: FieldValue, target: FieldValue];

/** Score rows under `parent`, one per [max, result, target], numbered `parent.1`, `parent.2`, … */
export function under(parent: string, ...values: Scores[]): RowSpec[] {
  return values.map(([max, result, target], i) => s(`${parent}.${i + 1}`, parent, max, result, target));
}

/** Score rows under `parent` each labelled "-" (PAPI's sub-dimensions, SIPAS's components): [max, result, target]. */
export function bullets(parent: string, ...values: Scores[]): RowSpec[] {
  return values.map(([max, result, target]) => s('-', parent, max, result, target));
}

/** Task-row shorthand with every required field filled. */
export function t(
  label: string,
  text: string,
  fields: Record<string, FieldValue> = {},
  more: Partial<RowSpec> = {},
): RowSpec {
  return {
    label,
    text,
    fields: { deadline: 'Tháng 7/2025', lead: 'Sở Nội vụ', coordinate: 'Các sở, ngành', output: 'Báo cáo', ...fields },
    ...more,
  };
}

/** A group heading: label "I" → text "NHÓM I". */
export function group(label: string): RowSpec {
  return { label, type: 'group', text: `NHÓM ${label}` };
}

/** A subgroup heading under `parent`. */
export function sub(label: string, parent: string, text: string): RowSpec {
  return { label, type: 'subgroup', parent, text };
}

export function codes(issues: Issue[]): string[] {
  return issues.map((i) => i.code);
}

/** Expects `issues` to be the one issue `where` ("CODE@CELL") of `severity`, its message saying each of `says`. */
export function expectOnly(issues: Issue[], where: string, severity: Issue['severity'], ...says: string[]): void {
  expect(at(issues)).toEqual([where]);
  expect(issues[0].severity).toBe(severity);
  for (const words of says) expect(issues[0].message.vi).toContain(words);
}

/** "CODE@CELL" pairs, for compact assertions on codes and places. */
export function at(issues: Issue[], code?: string): string[] {
  return issues.filter((i) => !code || i.code === code).map((i) => `${i.code}@${i.cell}`);
}
