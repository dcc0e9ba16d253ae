// The words of the "Báo cáo định kỳ" panel (ReportPanel): Vietnamese first, English second.
import type { PeriodKind } from '../core/report';

export interface ReportStrings {
  tab: string;
  title: string;
  intro: string;
  period: string;
  periods: Record<PeriodKind, string>;
  year: string;
  window: (from: string, to: string, due: string) => string;
  run: string;
  running: string;
  download: string;
  toSheets: string;
  figures: string;
  due: string;
  doneOnTime: string;
  doneLate: string;
  completed: string;
  overdue: string;
  dueNext: (from: string, to: string) => string;
  units: string;
  sentences: string;
}

const vi: ReportStrings = {
  tab: 'Báo cáo định kỳ',
  title: 'Báo cáo định kỳ',
  intro:
    'Từ bảng theo dõi đang mở, chiso tính số liệu của kỳ báo cáo (theo lịch báo cáo CCHC định kỳ) và soạn sẵn dự thảo báo cáo Word theo thể thức văn bản hành chính; bạn chỉ cần sửa lời văn.',
  period: 'Kỳ báo cáo',
  periods: { q1: 'Quý I', '6m': '6 tháng đầu năm', q3: 'Quý III', year: 'Cả năm' },
  year: 'Năm',
  window: (f, t, d) => `Số liệu từ ${f} đến ${t}; hạn nộp ${d}.`,
  run: 'Xem số liệu',
  running: 'Đang tính số liệu…',
  download: 'Tải về báo cáo (.docx)',
  toSheets: 'Ghi các bảng vào trang mới',
  figures: 'Số liệu của kỳ',
  due: 'Nhiệm vụ đến hạn trong kỳ',
  doneOnTime: 'trong đó hoàn thành đúng hạn',
  doneLate: 'trong đó hoàn thành muộn',
  completed: 'Hoàn thành trong kỳ',
  overdue: 'Quá hạn cuối kỳ',
  dueNext: (f, t) => `Đến hạn kỳ tới (${f}–${t})`,
  units: 'Đơn vị',
  sentences: 'Kết quả thực hiện (như trong báo cáo)',
};

const en: ReportStrings = {
  tab: 'Periodic report',
  title: 'Periodic report',
  intro:
    "From the open tracker, chiso computes the reporting period's figures (the periodic PAR reporting calendar) and drafts the Word report in the administrative form; you only edit the prose.",
  period: 'Reporting period',
  periods: { q1: 'First quarter', '6m': 'First six months', q3: 'Third quarter', year: 'Whole year' },
  year: 'Year',
  window: (f, t, d) => `Data from ${f} to ${t}; due ${d}.`,
  run: 'Show the figures',
  running: 'Computing the figures…',
  download: 'Download the report (.docx)',
  toSheets: 'Write the tables to new sheets',
  figures: "The period's figures",
  due: 'Tasks due in the period',
  doneOnTime: 'of which done on time',
  doneLate: 'of which done late',
  completed: 'Completed in the period',
  overdue: "Overdue at the period's end",
  dueNext: (f, t) => `Due next period (${f}–${t})`,
  units: 'Units',
  sentences: 'Results (as the report words them)',
};

export const REPORT_STRINGS: Record<'vi' | 'en', ReportStrings> = { vi, en };
