// The texts of the pane's "Tự đánh giá" section, Vietnamese and English.
import type { Lang } from './types';

export interface AssessStrings {
  tab: string;
  title: string;
  intro: string;
  build: string;
  refresh: string;
  building: string;
  download: string;
  tableLabel: string;
  self: string;
  projected: string;
  percent: string;
  group: string;
  ratio: (done: number, planned: number) => string;
  colCriterion: string;
  colMax: string;
  colTarget: string;
  colSelf: string;
  colProjected: string;
  selfLabel: (id: string, title: string) => string;
  survey: string;
  badNumber: string;
  invalid: (n: number) => string;
  edited: string;
  problemsTitle: (n: number) => string;
  noProblems: string;
  otherProblems: string;
  selectedInFile: (sheet: string, cell: string) => string;
}

export const ASSESS_STRINGS: Record<Lang, AssessStrings> = {
  vi: {
    tab: 'Tự đánh giá',
    title: 'Tự đánh giá, chấm điểm',
    intro:
      'Tạo hoặc cập nhật các trang "Tự đánh giá", "Tài liệu kiểm chứng" và "Vấn đề tự đánh giá" (trang "Vấn đề" để dành cho bảng theo dõi) từ bảng tiêu chí của kế hoạch (mặc định PAR INDEX 2024). Trong sổ đã có bảng theo dõi, tiêu chí 1.1 tính theo số nhiệm vụ hoàn thành. Cập nhật giữ mọi điểm, tài liệu và giải trình đã nhập. Nhập thử điểm tự chấm dưới đây để xem tổng và nhóm dự kiến; điểm thử không ghi vào sổ.',
    build: 'Tạo trang tự đánh giá',
    refresh: 'Cập nhật trang tự đánh giá',
    building: 'Đang tạo…',
    download: 'Tải tệp về',
    tableLabel: 'Bảng điểm tự chấm thử',
    self: 'Tổng tự chấm',
    projected: 'Tổng dự kiến / tối đa',
    percent: 'Tỷ lệ',
    group: 'Nhóm dự kiến',
    ratio: (d, p) => `Nhiệm vụ hoàn thành (tiêu chí theo tỷ lệ): ${d}/${p}`,
    colCriterion: 'Tiêu chí',
    colMax: 'Tối đa',
    colTarget: 'Mục tiêu',
    colSelf: 'Tự chấm',
    colProjected: 'Dự kiến',
    selfLabel: (id, title) => `Điểm tự chấm tiêu chí ${id} ${title}`,
    survey: 'điều tra XHH',
    badNumber: 'Không phải số',
    invalid: (n) => `${n} ô không phải số: không tính.`,
    edited: 'Điểm thử chỉ để xem; nhập điểm thật vào trang "Tự đánh giá".',
    problemsTitle: (n) => `Vấn đề theo tiêu chí (${n})`,
    noProblems: 'Không có vấn đề.',
    otherProblems: 'Tài liệu chưa gắn tiêu chí',
    selectedInFile: (sheet, cell) => `Ô ${cell} trang "${sheet}" (tải tệp về để xem).`,
  },
  en: {
    tab: 'Self-assessment',
    title: 'Self-assessment',
    intro:
      'Build or refresh the "Tự đánh giá", "Tài liệu kiểm chứng" and "Vấn đề tự đánh giá" sheets ("Vấn đề" is left to the tracker) from the plan\'s criteria table (default PAR INDEX 2024). In a workbook with a tracker, criterion 1.1 follows the tasks done. A refresh keeps every score, document and explanation typed. Try self-scores below to see the projected total and group; they are not written to the workbook.',
    build: 'Build the self-assessment sheets',
    refresh: 'Refresh the self-assessment sheets',
    building: 'Building…',
    download: 'Download the file',
    tableLabel: 'Tried self-scores',
    self: 'Self-scored total',
    projected: 'Projected / maximum',
    percent: 'Percent',
    group: 'Projected group',
    ratio: (d, p) => `Tasks done (criterion scored by completion rate): ${d}/${p}`,
    colCriterion: 'Criterion',
    colMax: 'Max',
    colTarget: 'Target',
    colSelf: 'Self-score',
    colProjected: 'Projected',
    selfLabel: (id, title) => `Self-score of criterion ${id} ${title}`,
    survey: 'survey',
    badNumber: 'Not a number',
    invalid: (n) => `${n} cells are not numbers: left out.`,
    edited: 'Tried scores are only shown; type the real ones on the "Tự đánh giá" sheet.',
    problemsTitle: (n) => `Problems by criterion (${n})`,
    noProblems: 'No problems.',
    otherProblems: 'Evidence with no criterion of the set',
    selectedInFile: (sheet, cell) => `Cell ${cell} of "${sheet}" (download the file to see it).`,
  },
};
