/**
 * The issue catalogue: every data problem chiso reports, by stable code, with its severity and its messages in
 * Vietnamese (what users see first) and English. Rules and readers only choose a code, a place and parameters;
 * wording lives here alone, so tests assert on codes and cells, never on text.
 *
 * Severities (decided here):
 * - error: the workbook says something that cannot be right and that changes scores or dates — a parent that is not
 *   the sum of its parts, a total that is not the sum of its fields, points above the maximum or below zero, a date
 *   that does not exist, text where a score should be. `chiso validate` exits 1 when there is one.
 * - warning: worth a look, not necessarily wrong — a planned decrease, numbering gaps/repeats/disorder, missing lead
 *   agency/deadline/output, a deadline that cannot be read or falls outside the plan year, a threshold written as
 *   text (">92,00"), the same task twice, criterion 8.1 disagreeing with the SIPAS table (the PAR framework may change
 *   how SIPAS feeds 8.1), a validation rule that failed internally.
 * - info: notes that need no action — text typed in a legacy Vietnamese encoding (TCVN3, VNI) read as Unicode.
 * - warning (reading): a sheet the workbook lists whose part is missing or damaged (the other sheets are read).
 *
 * Each code declares its parameters (IssueParamsByCode), so a rule that forgets or misspells one does not compile.
 * Parameters are plain values; numbers are formatted here (Vietnamese: decimal comma "9,5", dates "15/12/2025").
 */
import type { LegacyTextNote, ListedTwiceNote, TooLargeNote, UnreadableNote } from './grid';
import { formatVnNumber, type Bilingual } from './text';

export type Severity = 'error' | 'warning' | 'info';

/** A data problem: a catalogue code, where it is, and its message in both languages. */
export interface Issue {
  /** Stable code of the catalogue below, e.g. "INVALID_DATE"; tests assert on it. */
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the problem concerns. */
  cell: string;
  /** The message: Vietnamese (what users see first) and English. */
  message: Bilingual;
}

// ---- parameters, per code ------------------------------------------------------------------------------------

/** Which item a message is about, as TableView.describe gives it: numbering label (else sheet row) and title. */
export interface ItemParams {
  label: string;
  row: number;
  title: string;
}

/** Which value of a score table: the column's role (max, result, target, rank), its year, its printed header. */
export interface ColumnParams {
  role: string;
  year?: number;
  header?: string;
}

/** A parent or a total that is not the sum of its parts; `dp` is how many decimals the value was printed with. */
export interface MismatchParams extends ItemParams, ColumnParams {
  value: number;
  dp?: number;
  sum: number;
  diff: number;
}

/** What each code's message needs: a rule that forgets or misspells a parameter does not compile. */
export interface IssueParamsByCode {
  SUM_MISMATCH: MismatchParams;
  TOTAL_MISMATCH: MismatchParams;
  ABOVE_MAX: ItemParams & ColumnParams & { value: number; max: number };
  NEGATIVE_VALUE: ItemParams & ColumnParams & { value: number };
  TARGET_BELOW_RESULT: ItemParams & { target: number; result: number; targetYear?: number; resultYear?: number };
  /** `prev` is "" when the gap is at the start of a run. */
  NUMBER_GAP: { label: string; prev: string; missing: string };
  NUMBER_REPEAT: { label: string; firstRow: number };
  NUMBER_ORDER: { label: string; prev: string };
  NUMBER_PREFIX: { label: string; parent: string; expected: string };
  MISSING_LEAD: ItemParams;
  MISSING_DEADLINE: ItemParams;
  MISSING_OUTPUT: ItemParams;
  /** `date` (dd/mm/yyyy), `month` and `days` (its real length) when an impossible date was found in the text. */
  INVALID_DATE: { text: string; date?: string; month?: number; days?: number };
  UNKNOWN_DEADLINE: { text: string };
  /** `date` as dd/mm/yyyy. */
  DEADLINE_OUTSIDE_YEAR: { text: string; date: string; year: number };
  NOT_A_NUMBER: ItemParams & ColumnParams & { text: string };
  /** `op` is the comparator (">", "≥", …), `number` the threshold as written ("92,00"). */
  THRESHOLD_TEXT: ItemParams & ColumnParams & { text: string; op: string; number: string };
  DUPLICATE_TASK: ItemParams & { firstRow: number; lead: string };
  SIPAS_MISMATCH: ColumnParams & {
    value: number;
    sipas: number;
    max: number;
    expected: number;
    sipasSheet: string;
    sipasCell: string;
  };
  /** The reader's note (grid.ts); `cell` stands in for a missing range. */
  LEGACY_TEXT: LegacyTextNote['params'] & { cell?: string };
  SHEET_UNREADABLE: UnreadableNote['params'] & { sheet: string };
  SHEET_TOO_LARGE: TooLargeNote['params'] & { sheet: string };
  SHEET_LISTED_TWICE: ListedTwiceNote['params'] & { sheet: string };
  RULE_FAILED: { rule: string; detail: string };
  // ---- self-assessment (issue 21) ----
  SELF_ABOVE_MAX: ItemParams & { value: number; max: number };
  SELF_NEGATIVE: ItemParams & { value: number };
  SELF_ON_SURVEY: ItemParams & { value: number };
  SELF_NO_EVIDENCE: ItemParams & { value: number };
  SELF_BELOW_TARGET: ItemParams & { value: number; target: number };
  ASSESS_SUM_MISMATCH: ItemParams & { column: string; value: number; sum: number };
  SCORING_UNKNOWN: { count: number; labels: string };
  /** Evidence rows: `label` is the criterion id, `row` the evidence sheet row, `text` the document. */
  EVIDENCE_NO_NUMBER: { label: string; row: number; text: string };
  EVIDENCE_NO_DATE: { label: string; row: number; text: string };
  EVIDENCE_DATE_OUTSIDE_YEAR: { label: string; row: number; text: string; date: string; year: number };
  EVIDENCE_TASK_NOT_DONE: { label: string; row: number; text: string; task: string };
}

export type IssueCode = keyof IssueParamsByCode;

/** The parameters of one code (of any of them, for a union of codes). */
export type IssueParams<C extends IssueCode> = IssueParamsByCode[C];

export interface IssueDef<P> {
  severity: Severity;
  /** Short name of the problem, for legends and documentation. */
  title: Bilingual;
  vi: (p: P) => string;
  en: (p: P) => string;
}

/** Thrown when code asks for an issue code that is not in the catalogue (API misuse, not a data problem). */
export class UnknownIssueCodeError extends Error {
  constructor(code: string) {
    super(`Unknown issue code: ${code}`);
    this.name = 'UnknownIssueCodeError';
  }
}

// ---- formatting helpers -------------------------------------------------------------------------------------

function num(v: string | number | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return null;
}

/** Decimals to print a value with, when the rule knows how it was printed (0–6). */
function places(dp: string | number | undefined): number | undefined {
  return typeof dp === 'number' && Number.isInteger(dp) && dp >= 0 && dp <= 6 ? dp : undefined;
}

/** Vietnamese number ("9,5"; with `dp` decimals "9,50"); text parameters pass through. */
function nVi(v: string | number | undefined, dp?: string | number): string {
  const n = num(v);
  if (n === null) return String(v ?? '');
  const d = places(dp);
  return d === undefined ? formatVnNumber(Number(n.toPrecision(12))) : formatVnNumber(n, d);
}

/** English number ("9.5"). */
function nEn(v: string | number | undefined, dp?: string | number): string {
  const n = num(v);
  if (n === null) return String(v ?? '');
  const d = places(dp);
  return d === undefined ? String(Number(n.toPrecision(12))) : n.toFixed(d);
}

function s(v: string | number | undefined): string {
  return v === undefined ? '' : String(v);
}

/** Title shortened for a one-line message. */
function short(title: string | number | undefined, max = 60): string {
  const t = s(title).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** "mục 2.4 “Tác động…”" / "item 2.4 "Tác động…"" ("dòng 108 …" / "row 108 …" when the item has no label). */
function item(p: ItemParams): Bilingual {
  const title = short(p.title);
  const byLabel = s(p.label) !== '' && p.label !== '-';
  const vi = byLabel ? `mục ${s(p.label)}` : `dòng ${s(p.row)}`;
  const en = byLabel ? `item ${s(p.label)}` : `row ${s(p.row)}`;
  return title ? { vi: `${vi} “${title}”`, en: `${en} "${title}"` } : { vi, en };
}

function cap(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Column of a score table by role (and year): "kết quả năm 2024" / "2024 result". */
function column(p: ColumnParams): Bilingual {
  const y = s(p.year);
  switch (p.role) {
    case 'max':
      return { vi: 'điểm tối đa', en: 'maximum' };
    case 'result':
      return y ? { vi: `kết quả năm ${y}`, en: `${y} result` } : { vi: 'kết quả', en: 'result' };
    case 'target':
      return y ? { vi: `mục tiêu năm ${y}`, en: `${y} target` } : { vi: 'mục tiêu', en: 'target' };
    case 'rank':
      return y ? { vi: `thứ hạng năm ${y}`, en: `${y} rank` } : { vi: 'thứ hạng', en: 'rank' };
    default:
      return { vi: s(p.header) || 'giá trị', en: 'value' };
  }
}

// ---- the catalogue -------------------------------------------------------------------------------------------

const CATALOGUE: { readonly [C in IssueCode]: IssueDef<IssueParamsByCode[C]> } = {
  SUM_MISMATCH: {
    severity: 'error',
    title: { vi: 'Tổng mục con không khớp', en: 'Parent differs from the sum of its parts' },
    vi: (p) =>
      `${cap(column(p).vi)} của ${item(p).vi} ghi ${nVi(p.value, p.dp)} trong khi các mục con cộng lại bằng ${nVi(p.sum)} (chênh ${nVi(p.diff)}).`,
    en: (p) =>
      `The ${column(p).en} of ${item(p).en} is ${nEn(p.value, p.dp)}, but its sub-items add up to ${nEn(p.sum)} (off by ${nEn(p.diff)}).`,
  },
  TOTAL_MISMATCH: {
    severity: 'error',
    title: { vi: 'Dòng tổng không khớp', en: 'Total differs from its fields' },
    vi: (p) =>
      `Dòng tổng “${short(p.title)}”: ${column(p).vi} ghi ${nVi(p.value, p.dp)} trong khi các mục thành phần cộng lại bằng ${nVi(p.sum)} (chênh ${nVi(p.diff)}).`,
    en: (p) =>
      `Total row "${short(p.title)}": the ${column(p).en} is ${nEn(p.value, p.dp)}, but its fields add up to ${nEn(p.sum)} (off by ${nEn(p.diff)}).`,
  },
  ABOVE_MAX: {
    severity: 'error',
    title: { vi: 'Vượt điểm tối đa', en: 'Above the maximum' },
    vi: (p) => `${cap(column(p).vi)} của ${item(p).vi} ghi ${nVi(p.value)} trong khi điểm tối đa chỉ là ${nVi(p.max)}.`,
    en: (p) => `The ${column(p).en} of ${item(p).en} is ${nEn(p.value)}, above its maximum of ${nEn(p.max)}.`,
  },
  NEGATIVE_VALUE: {
    severity: 'error',
    title: { vi: 'Số âm', en: 'Negative value' },
    vi: (p) => `${cap(column(p).vi)} của ${item(p).vi} ghi số âm (${nVi(p.value)}).`,
    en: (p) => `The ${column(p).en} of ${item(p).en} is negative (${nEn(p.value)}).`,
  },
  TARGET_BELOW_RESULT: {
    severity: 'warning',
    title: { vi: 'Mục tiêu thấp hơn kết quả', en: 'Target below the last result' },
    vi: (p) =>
      `${cap(column({ role: 'target', year: p.targetYear }).vi)} của ${item(p).vi} (${nVi(p.target)}) thấp hơn ${column({ role: 'result', year: p.resultYear }).vi} (${nVi(p.result)}): kế hoạch đang dự kiến giảm điểm.`,
    en: (p) =>
      `The ${column({ role: 'target', year: p.targetYear }).en} of ${item(p).en} (${nEn(p.target)}) is below the ${column({ role: 'result', year: p.resultYear }).en} (${nEn(p.result)}): the plan foresees a decrease.`,
  },
  NUMBER_GAP: {
    severity: 'warning',
    title: { vi: 'Số thứ tự bị nhảy', en: 'Numbering gap' },
    vi: (p) =>
      s(p.prev) !== ''
        ? `Số thứ tự nhảy từ ${s(p.prev)} sang ${s(p.label)}: thiếu ${s(p.missing)}.`
        : `Số thứ tự bắt đầu từ ${s(p.label)}: thiếu ${s(p.missing)}.`,
    en: (p) =>
      s(p.prev) !== ''
        ? `Numbering jumps from ${s(p.prev)} to ${s(p.label)}: ${s(p.missing)} missing.`
        : `Numbering starts at ${s(p.label)}: ${s(p.missing)} missing.`,
  },
  NUMBER_REPEAT: {
    severity: 'warning',
    title: { vi: 'Số thứ tự bị lặp', en: 'Repeated number' },
    vi: (p) => `Số thứ tự ${s(p.label)} bị lặp lại (đã dùng ở dòng ${s(p.firstRow)} cho một nội dung khác).`,
    en: (p) => `Number ${s(p.label)} is used twice (row ${s(p.firstRow)} already has it, for another item).`,
  },
  NUMBER_ORDER: {
    severity: 'warning',
    title: { vi: 'Số thứ tự sai thứ tự', en: 'Numbering out of order' },
    vi: (p) => `Số thứ tự ${s(p.label)} đứng sau ${s(p.prev)}: sai thứ tự.`,
    en: (p) => `Number ${s(p.label)} comes after ${s(p.prev)}: out of order.`,
  },
  NUMBER_PREFIX: {
    severity: 'warning',
    title: { vi: 'Số thứ tự không khớp nhóm', en: 'Number does not match its group' },
    vi: (p) => `Số thứ tự ${s(p.label)} nằm trong nhóm ${s(p.parent)}: có lẽ phải là ${s(p.expected)}.`,
    en: (p) => `Number ${s(p.label)} sits under ${s(p.parent)}: probably ${s(p.expected)}.`,
  },
  MISSING_LEAD: {
    severity: 'warning',
    title: { vi: 'Thiếu cơ quan chủ trì', en: 'No lead agency' },
    vi: (p) => `${cap(item(p).vi)} chưa có cơ quan chủ trì.`,
    en: (p) => `${cap(item(p).en)} has no lead agency.`,
  },
  MISSING_DEADLINE: {
    severity: 'warning',
    title: { vi: 'Thiếu thời hạn', en: 'No deadline' },
    vi: (p) => `${cap(item(p).vi)} chưa có thời hạn hoàn thành.`,
    en: (p) => `${cap(item(p).en)} has no deadline.`,
  },
  MISSING_OUTPUT: {
    severity: 'warning',
    title: { vi: 'Thiếu kết quả/sản phẩm', en: 'No expected output' },
    vi: (p) => `${cap(item(p).vi)} chưa ghi kết quả/sản phẩm cần đạt.`,
    en: (p) => `${cap(item(p).en)} has no expected output.`,
  },
  INVALID_DATE: {
    severity: 'error',
    title: { vi: 'Ngày không tồn tại', en: 'Impossible date' },
    vi: (p) =>
      num(p.days) !== null
        ? `Thời hạn “${short(p.text, 80)}” ghi ngày ${s(p.date)} không có thật: tháng ${s(p.month)} chỉ có ${s(p.days)} ngày.`
        : `Thời hạn “${short(p.text, 80)}” ghi một ngày không có thật.`,
    en: (p) =>
      num(p.days) !== null
        ? `The deadline "${short(p.text, 80)}" gives ${s(p.date)}, which does not exist: month ${s(p.month)} has ${s(p.days)} days.`
        : `The deadline "${short(p.text, 80)}" gives a date that does not exist.`,
  },
  UNKNOWN_DEADLINE: {
    severity: 'warning',
    title: { vi: 'Không đọc được thời hạn', en: 'Unreadable deadline' },
    vi: (p) =>
      `Không đọc được thời hạn “${short(p.text, 80)}”: nên ghi rõ ngày (vd. 15/12/2025), tháng, quý, hoặc “Thường xuyên”.`,
    en: (p) =>
      `Cannot read the deadline "${short(p.text, 80)}": write a date (e.g. 15/12/2025), a month, a quarter, or "Thường xuyên".`,
  },
  DEADLINE_OUTSIDE_YEAR: {
    severity: 'warning',
    title: { vi: 'Thời hạn ngoài năm kế hoạch', en: 'Deadline outside the plan year' },
    vi: (p) => `Thời hạn “${short(p.text, 80)}” (${s(p.date)}) nằm ngoài năm kế hoạch ${s(p.year)}.`,
    en: (p) => `The deadline "${short(p.text, 80)}" (${s(p.date)}) is outside the plan year ${s(p.year)}.`,
  },
  NOT_A_NUMBER: {
    severity: 'error',
    title: { vi: 'Không phải là số', en: 'Not a number' },
    vi: (p) =>
      `${cap(column(p).vi)} của ${item(p).vi} ghi “${short(p.text, 40)}”, không phải là số: giá trị này bị bỏ qua khi cộng và so sánh.`,
    en: (p) =>
      `The ${column(p).en} of ${item(p).en} reads "${short(p.text, 40)}", which is not a number: it is left out of sums and comparisons.`,
  },
  THRESHOLD_TEXT: {
    severity: 'warning',
    title: { vi: 'Ngưỡng ghi bằng chữ', en: 'Threshold written as text' },
    vi: (p) =>
      `${cap(column(p).vi)} của ${item(p).vi} ghi “${short(p.text, 40)}” (ngưỡng ${s(p.op)} ${nVi(p.number)}): được đọc là văn bản, không dùng khi cộng và so sánh.`,
    en: (p) =>
      `The ${column(p).en} of ${item(p).en} reads "${short(p.text, 40)}" (threshold ${s(p.op)} ${nEn(p.number)}): read as text, left out of sums and comparisons.`,
  },
  DUPLICATE_TASK: {
    severity: 'warning',
    title: { vi: 'Nhiệm vụ trùng lặp', en: 'Duplicate task' },
    vi: (p) =>
      `${cap(item(p).vi)} trùng với dòng ${s(p.firstRow)}: cùng nội dung, cùng cơ quan chủ trì “${short(p.lead, 50)}”.`,
    en: (p) => `${cap(item(p).en)} repeats row ${s(p.firstRow)}: same text, same lead agency "${short(p.lead, 50)}".`,
  },
  SIPAS_MISMATCH: {
    severity: 'warning',
    title: { vi: 'Tiêu chí 8.1 lệch với SIPAS', en: 'Criterion 8.1 disagrees with SIPAS' },
    vi: (p) =>
      `${cap(column(p).vi)} của tiêu chí 8.1 ghi ${nVi(p.value)} điểm trong khi Chỉ số hài lòng ${nVi(p.sipas)}% ở trang tính “${s(p.sipasSheet)}” (ô ${s(p.sipasCell)}) cho ${nVi(p.expected)} điểm (= ${nVi(p.sipas)} × ${nVi(p.max)} / 100).`,
    en: (p) =>
      `The ${column(p).en} of criterion 8.1 is ${nEn(p.value)} points, but the satisfaction index ${nEn(p.sipas)}% on sheet "${s(p.sipasSheet)}" (cell ${s(p.sipasCell)}) gives ${nEn(p.expected)} points (= ${nEn(p.sipas)} × ${nEn(p.max)} / 100).`,
  },
  LEGACY_TEXT: {
    severity: 'info',
    title: { vi: 'Chữ gõ bằng bảng mã cũ', en: 'Text in a legacy Vietnamese encoding' },
    vi: (p) =>
      `Vùng ${s(p.range) || s(p.cell) || '?'}: ${s(p.count) || 'một số'} ô gõ bằng bảng mã ${s(p.encoding) || 'cũ'} (phông chữ cũ) đã được đọc thành chữ Unicode; tệp gốc không thay đổi.`,
    en: (p) =>
      `Range ${s(p.range) || s(p.cell) || '?'}: ${s(p.count) || 'some'} cells typed in the ${s(p.encoding) || 'legacy'} encoding (legacy font) were read as Unicode; the source file is unchanged.`,
  },
  SHEET_UNREADABLE: {
    severity: 'warning',
    title: { vi: 'Trang tính không đọc được', en: 'Sheet could not be read' },
    vi: (p) =>
      `Trang “${s(p.sheet)}” không đọc được (${p.reason === 'damaged' ? `phần ${s(p.part)} bị hỏng` : p.reason === 'unlinked' ? `mã ${s(p.part)} của trang không có trong quan hệ của workbook.xml` : `thiếu phần ${s(p.part)}`}); các trang khác vẫn được đọc.`,
    en: (p) =>
      `Sheet "${s(p.sheet)}" could not be read (${p.reason === 'damaged' ? `part ${s(p.part)} is damaged` : p.reason === 'unlinked' ? `its id ${s(p.part)} has no relationship in workbook.xml.rels` : `part ${s(p.part)} is missing`}); the other sheets were read.`,
  },
  SHEET_TOO_LARGE: {
    severity: 'info',
    title: { vi: 'Trang tính quá lớn, không đọc', en: 'Sheet too large, not read' },
    vi: (p) =>
      `Trang “${s(p.sheet)}” quá lớn, không đọc (hơn ${nVi(p.cells)} ô có dữ liệu, không có dòng tiêu đề kế hoạch ở đầu trang); các trang khác vẫn được đọc, trang này giữ nguyên.`,
    en: (p) =>
      `Sheet "${s(p.sheet)}" too large, not read (over ${nEn(p.cells)} cells with data and no plan header in its first rows); the other sheets were read, this one is kept as it is.`,
  },
  SHEET_LISTED_TWICE: {
    severity: 'warning',
    title: { vi: 'Trang tính khai báo hai lần', en: 'Sheet listed twice' },
    vi: (p) =>
      p.by === 'name'
        ? `Sổ khai báo hai trang cùng tên “${s(p.sheet)}” (workbook.xml); chỉ đọc trang đầu, trang sau (phần ${s(p.part)}) không đọc và không chép sang tệp ra.`
        : `Trang “${s(p.later)}” trỏ tới cùng phần ${s(p.part)} với trang “${s(p.sheet)}” (workbook.xml); chỉ đọc “${s(p.sheet)}”, “${s(p.later)}” không đọc và không chép sang tệp ra.`,
    en: (p) =>
      p.by === 'name'
        ? `The workbook lists two sheets named "${s(p.sheet)}" (workbook.xml); only the first is read, the later one (part ${s(p.part)}) is neither read nor carried into the output.`
        : `Sheet "${s(p.later)}" points to the same part ${s(p.part)} as sheet "${s(p.sheet)}" (workbook.xml); only "${s(p.sheet)}" is read, "${s(p.later)}" is neither read nor carried into the output.`,
  },
  RULE_FAILED: {
    severity: 'warning',
    title: { vi: 'Lỗi nội bộ của quy tắc kiểm tra', en: 'Validation rule failed' },
    vi: (p) => `Quy tắc kiểm tra “${s(p.rule)}” gặp lỗi nội bộ và đã bị bỏ qua cho bảng này (${short(p.detail, 80)}).`,
    en: (p) =>
      `The validation rule "${s(p.rule)}" failed internally and was skipped for this table (${short(p.detail, 80)}).`,
  },
  // ---- self-assessment (issue 21) ----
  SELF_ABOVE_MAX: {
    severity: 'error',
    title: { vi: 'Điểm tự chấm vượt điểm tối đa', en: 'Self-score above the maximum' },
    vi: (p) => `Điểm tự chấm của ${item(p).vi} là ${nVi(p.value)}, vượt điểm tối đa ${nVi(p.max)}.`,
    en: (p) => `The self-score of ${item(p).en} is ${nEn(p.value)}, above its maximum of ${nEn(p.max)}.`,
  },
  SELF_NEGATIVE: {
    severity: 'error',
    title: { vi: 'Điểm tự chấm âm', en: 'Negative self-score' },
    vi: (p) => `Điểm tự chấm của ${item(p).vi} là số âm (${nVi(p.value)}).`,
    en: (p) => `The self-score of ${item(p).en} is negative (${nEn(p.value)}).`,
  },
  SELF_ON_SURVEY: {
    severity: 'warning',
    title: { vi: 'Tự chấm tiêu chí điều tra xã hội học', en: 'Self-score on a survey criterion' },
    vi: (p) => `${cap(item(p).vi)} được chấm qua điều tra xã hội học, đơn vị không tự chấm (đang ghi ${nVi(p.value)}).`,
    en: (p) => `${cap(item(p).en)} is scored by the survey, not by the unit (${nEn(p.value)} is typed).`,
  },
  SELF_NO_EVIDENCE: {
    severity: 'warning',
    title: { vi: 'Tự chấm thiếu tài liệu kiểm chứng', en: 'Self-score without evidence' },
    vi: (p) =>
      `${cap(item(p).vi)} tự chấm ${nVi(p.value)} điểm nhưng chưa có tài liệu kiểm chứng nào và chưa có giải trình.`,
    en: (p) => `${cap(item(p).en)} is self-scored ${nEn(p.value)} but has no evidence and no explanation.`,
  },
  SELF_BELOW_TARGET: {
    severity: 'warning',
    title: { vi: 'Tự chấm thấp hơn mục tiêu, chưa giải trình', en: 'Below the target, not explained' },
    vi: (p) =>
      `${cap(item(p).vi)} tự chấm ${nVi(p.value)}, thấp hơn mục tiêu ${nVi(p.target)}, nhưng chưa có giải trình.`,
    en: (p) =>
      `${cap(item(p).en)} is self-scored ${nEn(p.value)}, below its target of ${nEn(p.target)}, with no explanation.`,
  },
  ASSESS_SUM_MISMATCH: {
    severity: 'error',
    title: { vi: 'Tiêu chí cha khác tổng tiêu chí con', en: 'Parent is not the sum of its children' },
    vi: (p) =>
      `${cap(s(p.column) || 'giá trị')} của ${item(p).vi} là ${nVi(p.value)}, nhưng các tiêu chí con cộng lại được ${nVi(p.sum)}.`,
    en: (p) => `A value of ${item(p).en} is ${nEn(p.value)}, but its children add up to ${nEn(p.sum)}.`,
  },
  SCORING_UNKNOWN: {
    severity: 'info',
    title: { vi: 'Chưa rõ cách chấm, coi là tự chấm', en: 'Scoring unknown, taken as self-scored' },
    vi: (p) =>
      `Bộ tiêu chí không ghi cách chấm của ${s(p.count)} tiêu chí (${short(p.labels, 80)}): chiso coi là đơn vị tự chấm; sửa ở cột "Cách chấm" nếu khác.`,
    en: (p) =>
      `The criteria set does not say how ${s(p.count)} criteria are scored (${short(p.labels, 80)}): taken as self-scored; change the scoring column if not.`,
  },
  EVIDENCE_NO_NUMBER: {
    severity: 'warning',
    title: { vi: 'Tài liệu thiếu số, ký hiệu', en: 'Evidence without a number' },
    vi: (p) => `Tài liệu “${short(p.text)}” (tiêu chí ${s(p.label)}, dòng ${s(p.row)}) chưa ghi số, ký hiệu văn bản.`,
    en: (p) =>
      `The evidence "${short(p.text)}" (criterion ${s(p.label)}, row ${s(p.row)}) has no document number and symbol.`,
  },
  EVIDENCE_NO_DATE: {
    severity: 'warning',
    title: { vi: 'Tài liệu thiếu ngày ban hành', en: 'Evidence without a date' },
    vi: (p) => `Tài liệu “${short(p.text)}” (tiêu chí ${s(p.label)}, dòng ${s(p.row)}) chưa ghi ngày ban hành.`,
    en: (p) => `The evidence "${short(p.text)}" (criterion ${s(p.label)}, row ${s(p.row)}) has no date.`,
  },
  EVIDENCE_DATE_OUTSIDE_YEAR: {
    severity: 'warning',
    title: { vi: 'Tài liệu ngoài năm đánh giá', en: 'Evidence outside the assessed year' },
    vi: (p) =>
      `Tài liệu “${short(p.text)}” (tiêu chí ${s(p.label)}) ban hành ngày ${s(p.date)}, ngoài năm đánh giá ${s(p.year)}.`,
    en: (p) =>
      `The evidence "${short(p.text)}" (criterion ${s(p.label)}) is dated ${s(p.date)}, outside the assessed year ${s(p.year)}.`,
  },
  EVIDENCE_TASK_NOT_DONE: {
    severity: 'warning',
    title: { vi: 'Tài liệu của nhiệm vụ chưa hoàn thành', en: 'Evidence of an unfinished task' },
    vi: (p) =>
      `Tài liệu “${short(p.text)}” (tiêu chí ${s(p.label)}) thuộc nhiệm vụ ${s(p.task)} mà bảng theo dõi cho thấy chưa hoàn thành.`,
    en: (p) =>
      `The evidence "${short(p.text)}" (criterion ${s(p.label)}) belongs to task ${s(p.task)}, which the tracker shows as not done.`,
  },
};

/** The catalogue, read-only. */
export const ISSUES = CATALOGUE;

export const ISSUE_CODES = Object.keys(CATALOGUE) as IssueCode[];

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

function def<C extends IssueCode>(code: C): IssueDef<IssueParams<C>> {
  if (!isIssueCode(code)) throw new UnknownIssueCodeError(code);
  return CATALOGUE[code];
}

/** The message of an issue in one language (NFC). */
export function issueMessage<C extends IssueCode>(code: C, params: IssueParams<C>, lang: 'vi' | 'en' = 'vi'): string {
  return def(code)[lang](params).normalize('NFC');
}

/** Builds an Issue: severity and both messages from the catalogue. */
export function makeIssue<C extends IssueCode>(code: C, sheet: string, cell: string, params: IssueParams<C>): Issue {
  return {
    code,
    severity: def(code).severity,
    sheet,
    cell,
    message: { vi: issueMessage(code, params, 'vi'), en: issueMessage(code, params, 'en') },
  };
}
