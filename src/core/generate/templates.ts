/**
 * `chiso template KIND`: empty appendices built from the versioned frameworks (core/frameworks). Score appendices
 * list every node with its numbering as officials print it and its maximum, empty result and target columns and an
 * empty lead-agency column; the task appendix has the standard columns, a section per index with the index's
 * fields (dimensions, areas) as Roman groups, and two empty numbered rows under each group.
 */
import { getFramework, type Framework, type FrameworkId, type FrameworkNode } from '../frameworks';
import type { SheetSpec } from '../sheetspec';
import { scoreTableSpec, type ScoreLine, type ScoreModel } from './score-table';
import { STANDARD_TASK_COLUMNS, taskTableSpec, type TaskLine, type TaskModel } from './task-table';
import { toRoman } from './numbering';
import { PLAN_YEARS, inYears } from '../text';

export type TemplateKind = FrameworkId | 'tasks';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['par', 'sipas', 'papi', 'tasks'];

export interface TemplateOptions {
  /** The plan year: targets for this year, results of the year before. */
  year: number;
  /** The framework to list (default: the latest of the kind). Ignored for `tasks`. */
  framework?: Framework;
  /** Appendix number in the title (default: tasks 1, PAR INDEX 2, SIPAS 3, PAPI 4, as in Hà Nội's 2025 plan). */
  appendix?: string;
  /** Sheet name (default "Phụ lục PAR INDEX", …). */
  sheet?: string;
}

export const TEMPLATE_SHEET: Record<TemplateKind, string> = {
  par: 'Phụ lục PAR INDEX',
  sipas: 'Phụ lục SIPAS',
  papi: 'Phụ lục PAPI',
  tasks: 'Phụ lục nhiệm vụ',
};
const APPENDIX: Record<TemplateKind, string> = { tasks: '1', par: '2', sipas: '3', papi: '4' };

export const INDEX_TITLE: Record<FrameworkId, string> = {
  par: 'Chỉ số Cải cách hành chính (PAR INDEX)',
  sipas: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
  papi: 'Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
};

/** "(Kèm theo Kế hoạch số …/KH-UBND ngày …/…/2026 của UBND …)": the numbers and the issuer are filled on signing. */
export function attachedLine(year: number, issuer = 'UBND …'): string {
  return `(Kèm theo Kế hoạch số …/KH-UBND ngày …/…/${year} của ${issuer})`;
}

/** Title lines of a score appendix. */
export function scoreTitles(kind: FrameworkId, year: number, appendix: string): string[] {
  return [
    `Phụ lục ${appendix}`,
    `Các chỉ tiêu cần cải thiện, nâng cao tại ${INDEX_TITLE[kind]} năm ${year}`,
    attachedLine(year),
  ];
}

const HEADERS: Record<FrameworkId, { title: string; max: string; targetSuffix?: string; total: string }> = {
  par: { title: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', max: 'Điểm tối đa', total: 'TỔNG ĐIỂM' },
  sipas: {
    title: 'Lĩnh vực/Nội dung thành phần',
    max: 'Chỉ số hài lòng tối đa (%)',
    targetSuffix: ' (%)',
    total: 'CHỈ SỐ HÀI LÒNG CHUNG',
  },
  papi: { title: 'Chỉ số nội dung/Nội dung thành phần', max: 'Điểm tối đa', total: 'CHỈ SỐ CHUNG' },
};
export const LEAD_HEADER = 'Đơn vị chủ trì tham mưu, theo dõi';

/** A node's numbering as officials print it: PAR ids as they are, PAPI "1." and "-" bullets, SIPAS "I" and "1.". */
function printedLabel(kind: FrameworkId, node: FrameworkNode, depth: number): string {
  if (kind === 'papi') return depth === 1 ? `${node.id}.` : '-';
  if (kind === 'sipas') return depth === 1 ? node.id : `${node.id}.`;
  return node.id;
}

/** The framework as the lines of a score appendix (total on top for SIPAS and PAPI, at the bottom for PAR INDEX). */
export function frameworkLines(f: Framework): ScoreLine[] {
  const lines: ScoreLine[] = [];
  const totalFirst = f.id !== 'par';
  const total: ScoreLine = {
    label: '',
    title: HEADERS[f.id].total,
    max: f.total,
    result: null,
    target: null,
    lead: null,
    children: [],
    isTotal: true,
    strong: true,
  };
  if (totalFirst) lines.push(total);
  const walk = (nodes: FrameworkNode[], depth: number): number[] =>
    nodes.map((node) => {
      const i = lines.length;
      lines.push({
        label: printedLabel(f.id, node, depth),
        title: node.title,
        max: node.max,
        result: null,
        target: null,
        lead: null,
        children: [],
        isTotal: false,
        strong: depth === 1,
      });
      if (node.children) lines[i].children = walk(node.children, depth + 1);
      return i;
    });
  total.children = walk(f.nodes, 1);
  if (!totalFirst) lines.push(total);
  return lines;
}

function scoreTemplate(kind: FrameworkId, opts: TemplateOptions): SheetSpec {
  const f = opts.framework ?? getFramework(kind);
  if (!f || f.id !== kind) throw new RangeError(`No framework for ${kind}`);
  const h = HEADERS[kind];
  const model: ScoreModel = {
    index: kind,
    sheet: opts.sheet ?? TEMPLATE_SHEET[kind],
    titles: scoreTitles(kind, opts.year, opts.appendix ?? APPENDIX[kind]),
    titleHeader: h.title,
    maxHeader: h.max,
    leadHeader: LEAD_HEADER,
    resultYear: opts.year - 1,
    targetYear: opts.year,
    targetSuffix: h.targetSuffix,
    additive: f.additive,
    lines: frameworkLines(f),
    notes: f.additive
      ? [
          // True in a workbook (SUM formulas) and in a Word table (no formulas): a rule, not a claim about formulas.
          'Ghi chú: mỗi dòng tổng (lĩnh vực, tiêu chí có tiêu chí thành phần, tổng điểm) bằng tổng các dòng con; chỉ nhập số vào các dòng chi tiết.',
        ]
      : ['Ghi chú: chỉ số hài lòng không cộng dồn; nhập từng dòng.'],
  };
  return scoreTableSpec(model);
}

/** Sections A/B/C of a task appendix: one per index, its top-level nodes as groups. */
export const TASK_SECTIONS: Array<{ label: string; index: FrameworkId; title: string }> = [
  { label: 'A', index: 'par', title: 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)' },
  { label: 'B', index: 'papi', title: 'CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI)' },
  { label: 'C', index: 'sipas', title: 'CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)' },
];
/** Empty numbered rows under each group. */
export const EMPTY_ROWS_PER_GROUP = 2;

function tasksTemplate(opts: TemplateOptions): SheetSpec {
  const lines: TaskLine[] = [];
  for (const s of TASK_SECTIONS) {
    lines.push({ type: 'section', label: s.label, title: s.title });
    const f = getFramework(s.index);
    (f?.nodes ?? []).forEach((node, g) => {
      lines.push({ type: 'group', label: toRoman(g + 1), title: node.title.toLocaleUpperCase('vi') });
      for (let k = 1; k <= EMPTY_ROWS_PER_GROUP; k++) lines.push({ type: 'item', label: `${k}.`, values: [] });
    });
  }
  const model: TaskModel = {
    sheet: opts.sheet ?? TEMPLATE_SHEET.tasks,
    titles: [
      `Phụ lục ${opts.appendix ?? APPENDIX.tasks}`,
      `Các nhiệm vụ, giải pháp nâng cao các Chỉ số PAR INDEX, PAPI, SIPAS năm ${opts.year}`,
      attachedLine(opts.year),
    ],
    columns: STANDARD_TASK_COLUMNS,
    lines,
  };
  return taskTableSpec(model);
}

/** The empty appendix of a kind. */
export function templateSpec(kind: TemplateKind, opts: TemplateOptions): SheetSpec {
  if (!inYears(opts.year, PLAN_YEARS)) throw new RangeError(`Bad year: ${opts.year}`);
  return kind === 'tasks' ? tasksTemplate(opts) : scoreTemplate(kind, opts);
}
