/** What the self-assessment sheets show in words (Vietnamese), and their names. Refresh finds columns by these. */
import type { Scoring } from './types';

export const ASSESS_SHEETS = { assess: 'Tự đánh giá', evidence: 'Tài liệu kiểm chứng', problems: 'Vấn đề' } as const;
/**
 * The problems sheet's name in a workbook that holds more than the assessment (the plan's, a tracker's): "Vấn đề" is
 * left to the tracker, built there before or after.
 */
export const ASSESS_PROBLEMS_SHARED = 'Vấn đề tự đánh giá';

/** The sheet names one build uses (the defaults, or others when the workbook already has sheets so named). */
export interface AssessSheetNames {
  assess: string;
  evidence: string;
  problems: string;
}

export const ASSESS_HEADERS = {
  key: 'Mã',
  title: 'Nội dung',
  max: 'Điểm tối đa',
  scoring: 'Cách chấm',
  lastResult: 'Kết quả năm trước',
  target: 'Mục tiêu',
  self: 'Điểm tự chấm',
  ratio: 'Điểm theo tỷ lệ hoàn thành',
  basis: 'Căn cứ tính',
  docs: 'Số tài liệu',
  explanation: 'Giải trình',
  appraised1: 'Điểm thẩm định vòng 1',
  comment1: 'Ý kiến thẩm định vòng 1',
  appraised2: 'Điểm thẩm định vòng 2',
  comment2: 'Ý kiến thẩm định vòng 2',
  projected: 'Điểm dự kiến',
  gap: 'Còn thiếu so với mục tiêu',
  issues: 'Vấn đề',
} as const;

export const EVIDENCE_HEADERS = {
  key: 'Mã',
  criterion: 'Tiêu chí',
  number: 'Số, ký hiệu',
  date: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  title: 'Trích yếu / tên tài liệu',
  section: 'Mục, trang',
  file: 'Tệp hoặc đường dẫn',
  exists: 'Tệp có sẵn',
  source: 'Nguồn',
  issues: 'Vấn đề',
} as const;

export const SCORING_LABEL: Record<Scoring, string> = {
  self: 'Tự chấm',
  survey: 'Điều tra XHH',
  ratio: 'Tỷ lệ hoàn thành',
};
