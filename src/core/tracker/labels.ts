/** Everything a tracker shows in words (Vietnamese first), and the names chiso gives its sheets. */
import type { DeadlineKind } from '../text/deadline';

export const STATUS = {
  notStarted: 'Chưa bắt đầu',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  paused: 'Tạm dừng',
} as const;
export const STATUS_LIST: string[] = [STATUS.notStarted, STATUS.inProgress, STATUS.done, STATUS.paused];

/**
 * What the "Cảnh báo" column says: one word per bucket of the status model (status.ts, decisions "Issue 18 — one
 * status model"), and the marker of a row removed from the plan (written as a value; not a task, never counted).
 */
export const ALERT = {
  done: 'Hoàn thành',
  paused: 'Tạm dừng',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  onTrack: 'Trong hạn',
  notUpdated: 'Chưa cập nhật',
  noDate: 'Không có hạn cố định',
  removed: 'Đã bỏ khỏi kế hoạch',
} as const;
/** A bucket of the status model (every key of ALERT but the removed marker). */
export type BucketKey = Exclude<keyof typeof ALERT, 'removed'>;
export type Alert = (typeof ALERT)[keyof typeof ALERT];

/** "Loại hạn": the deadline kind in words. */
export const KIND_LABEL: Record<DeadlineKind | 'none', string> = {
  date: 'Ngày',
  month: 'Tháng',
  quarter: 'Quý',
  year: 'Năm',
  multiple: 'Nhiều mốc',
  recurring: 'Thường xuyên',
  event: 'Theo sự kiện',
  invalid: 'Ngày không hợp lệ',
  unknown: 'Chưa đọc được',
  none: 'Chưa có',
};

/** Task-tracker column headers by column id. Refresh finds columns by these words. */
export const TASK_HEADERS = {
  key: 'Mã',
  label: 'TT',
  part: 'Phần',
  group: 'Nhóm',
  criterion: 'Tiêu chí',
  requirement: 'Yêu cầu',
  task: 'Nhiệm vụ',
  dimension: 'Chỉ số nội dung',
  lead: 'Cơ quan chủ trì',
  coordinate: 'Cơ quan phối hợp',
  leader: 'Lãnh đạo phụ trách',
  output: 'Kết quả/Sản phẩm',
  deadline: 'Tiến độ theo kế hoạch',
  due: 'Hạn',
  kind: 'Loại hạn',
  status: 'Trạng thái',
  progress: 'Tiến độ (%)',
  doneDate: 'Ngày hoàn thành',
  evidence: 'Tài liệu kiểm chứng',
  notes: 'Ghi chú',
  left: 'Còn lại (ngày)',
  alert: 'Cảnh báo',
  issues: 'Vấn đề dữ liệu',
  /** Hidden: the lead agencies of the row as folded keys ("|so noi vu|ubnd cap xa|"), counted by "Tổng hợp". */
  agencyKeys: 'Khóa cơ quan chủ trì (chiso)',
} as const;
export type TaskColId = keyof typeof TASK_HEADERS;

/** Score-tracker headers; the year-bearing ones get " <year>" appended. */
export const SCORE_HEADERS = {
  key: 'Mã',
  label: 'STT',
  title: 'Nội dung',
  max: 'Điểm tối đa',
  result: 'Kết quả',
  target: 'Mục tiêu',
  estimate: 'Ước đạt',
  gapTarget: 'Còn thiếu so với mục tiêu',
  gapMax: 'Còn thiếu so với tối đa',
  rate: 'Tỷ lệ đạt (so với tối đa)',
  lead: 'Đơn vị chủ trì',
  evidence: 'Tài liệu kiểm chứng',
  notes: 'Ghi chú',
  issues: 'Vấn đề dữ liệu',
} as const;
export type ScoreColId = keyof typeof SCORE_HEADERS;

/** Columns officials fill in: kept on refresh (matched by header). */
export const TASK_ENTRY_HEADERS: string[] = [
  TASK_HEADERS.status,
  TASK_HEADERS.progress,
  TASK_HEADERS.doneDate,
  TASK_HEADERS.evidence,
  TASK_HEADERS.notes,
];
export const SCORE_ENTRY_PREFIXES: string[] = [SCORE_HEADERS.estimate, SCORE_HEADERS.evidence, SCORE_HEADERS.notes];

/** Labels of what a score tracker shows below its table (PAPI rank and group, SIPAS 8.1 points): chiso's own rows. */
export const BELOW_TABLE_LABELS = {
  papiRank: 'Hạng nếu so với',
  papiGroup: 'Nhóm theo ngưỡng',
  sipasPoints: 'Điểm tiêu chí 8.1 PAR INDEX',
} as const;

export const SHEET_NAMES = {
  trackerPrefix: 'Theo dõi',
  summary: 'Tổng hợp',
  problems: 'Vấn đề',
  papiData: 'Dữ liệu PAPI',
  marker: '_chiso',
} as const;

export const SEVERITY_LABEL: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

/** The "Source" line under a tracker's title: the sheet, its title lines, and a note when the sheet is hidden. */
export function sourceLine(sheet: string, title: string, hidden: boolean): string {
  if (!title && !hidden) return '';
  const base = `Nguồn / Source: ${sheet}${title ? ` — ${title}` : ''}`;
  return hidden ? `${base} (trang tính này đang ẩn / this sheet is hidden)` : base;
}
