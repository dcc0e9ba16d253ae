// The texts of the pane's workbook flows (read, problems, tracker, what-if, file mode), Vietnamese and English.
import type { Role, TableKind } from '../core/plan/types';
import type { Severity } from '../core/issues-types';
import type { Lang } from './types';

export interface FlowStrings {
  workbookTitle: string;
  /** The pane's tabs (TabList) and the label of the list holding them. */
  tabs: {
    label: string;
    read: string;
    track: string;
    whatIf: string;
    generate: string;
    help: string;
    problemCount: (n: number) => string;
  };
  fileIntro: string;
  pickFile: string;
  fileOpened: (name: string) => string;
  scopeLabel: string;
  scopeActive: string;
  scopeAll: string;
  read: string;
  reading: string;
  noTables: string;
  tablesTitle: string;
  tableLine: (t: { sheet: string; kind: string; rows: number; year: number | null; range: string }) => string;
  kinds: Record<TableKind, string>;
  columnsOf: (sheet: string, range: string) => string;
  columnHeader: string;
  roleHeader: string;
  roleLabel: (col: string, header: string) => string;
  corrected: string;
  roles: Record<Role, string>;
  problemsTitle: string;
  noProblems: string;
  severities: Record<Severity, string>;
  problemCell: (sheet: string, cell: string) => string;
  selectedInFile: (sheet: string, cell: string) => string;
  /** A Word plan: the problem's place in the document ("Bảng 2, hàng 5, cột 3"). */
  selectedInWord: (where: string) => string;
  /** Read every sheet and found no table (nothing else to pick). */
  noTablesAll: string;
  asOfLabel: string;
  asOfHint: string;
  previewTitle: (sheet: string) => string;
  previewMore: (n: number) => string;
  closePreview: string;
  track: string;
  tracking: string;
  trackIntro: string;
  summaryTitle: string;
  summary: {
    tasks: string;
    problems: string;
    asOf: string;
    refreshed: string;
  };
  sheetsTitle: string;
  download: string;
  downloading: string;
  /** Excel mode: "Nhập từ Word" (a .docx's appendix tables into new sheets). */
  wordImport: string;
  wordImportHint: string;
  importingWord: string;
  wordImported: (file: string, sheets: string[]) => string;
  whatIfTitle: string;
  whatIfIntro: string;
  whatIfNeedsRead: string;
  whatIfTable: string;
  whatIfYear: string;
  whatIfNone: string;
  colTitle: string;
  colMax: string;
  colResult: string;
  colTarget: string;
  colEstimate: string;
  estimateLabel: (id: string) => string;
  targetLabel: (id: string) => string;
  badNumber: string;
  projected: {
    total: string;
    target: string;
    max: string;
    gapTarget: string;
    gapMax: string;
    rank: string;
    group: string;
    sipas: string;
    edited: (n: number) => string;
  };
  writeEstimates: string;
  writingEstimates: string;
  estimatesWritten: (sheet: string) => string;
  errorTitle: string;
  errorNext: string;
  dismiss: string;
  crashTitle: string;
  crashBody: string;
  reload: string;
}

const ROLES_VI: Record<Role, string> = {
  no: 'Số thứ tự',
  task: 'Nhiệm vụ / nội dung',
  criterion: 'Tiêu chí',
  requirement: 'Yêu cầu',
  dimension: 'Chỉ số nội dung',
  deadline: 'Tiến độ / thời hạn',
  lead: 'Cơ quan chủ trì',
  coordinate: 'Cơ quan phối hợp',
  output: 'Kết quả / sản phẩm',
  leader: 'Lãnh đạo phụ trách',
  max: 'Điểm tối đa',
  result: 'Kết quả (điểm)',
  target: 'Mục tiêu',
  rank: 'Thứ hạng',
  note: 'Ghi chú',
  other: 'Khác (bỏ qua)',
};

const ROLES_EN: Record<Role, string> = {
  no: 'Number',
  task: 'Task / content',
  criterion: 'Criterion',
  requirement: 'Requirement',
  dimension: 'Dimension',
  deadline: 'Deadline',
  lead: 'Lead agency',
  coordinate: 'Coordinating agencies',
  output: 'Output / product',
  leader: 'Leader in charge',
  max: 'Maximum points',
  result: 'Result (points)',
  target: 'Target',
  rank: 'Rank',
  note: 'Note',
  other: 'Other (ignored)',
};

const vi: FlowStrings = {
  workbookTitle: 'Bảng phụ lục trong sổ tính',
  tabs: {
    label: 'Các việc của chiso',
    read: 'Bảng & lỗi',
    track: 'Theo dõi',
    whatIf: 'Giả định',
    generate: 'Phụ lục',
    help: 'Hàm',
    problemCount: (n) => `${n} lỗi`,
  },
  whatIfNeedsRead: 'Hãy bấm “Đọc bảng” (thẻ Bảng & lỗi) trước, rồi quay lại đây để ước đạt điểm.',
  fileIntro:
    'Chọn tệp kế hoạch có các bảng phụ lục (Excel .xlsx hoặc văn bản Word .docx). chiso đọc và kiểm tra các bảng ngay khi chọn tệp, rồi tạo bảng theo dõi để tải về. Mọi việc làm ngay trên máy này: tệp không được gửi đi đâu.',
  pickFile: 'Chọn tệp kế hoạch',
  fileOpened: (n) => `Đang làm việc với tệp “${n}”.`,
  scopeLabel: 'Đọc',
  scopeActive: 'Trang tính đang chọn',
  scopeAll: 'Tất cả các trang',
  read: 'Đọc bảng',
  reading: 'Đang đọc bảng…',
  noTables:
    'Không tìm thấy bảng phụ lục nào. Hãy chọn trang có bảng (tiêu đề cột như “Nhiệm vụ”, “Tiến độ hoàn thành”, “Điểm tối đa”) hoặc chọn “Tất cả các trang”.',
  tablesTitle: 'Các bảng tìm thấy',
  tableLine: (t) => `${t.sheet} · ${t.kind} · ${t.rows} dòng${t.year ? ` · năm ${t.year}` : ''} · ${t.range}`,
  kinds: { tasks: 'Bảng nhiệm vụ', scores: 'Bảng điểm', ranks: 'Bảng mục tiêu thứ hạng' },
  columnsOf: (s, r) => `Các cột của bảng ${s} (${r})`,
  columnHeader: 'Cột',
  roleHeader: 'chiso hiểu là',
  roleLabel: (c, h) => `Vai trò cột ${c}${h ? ` (${h})` : ''}`,
  corrected: 'đã sửa',
  roles: ROLES_VI,
  problemsTitle: 'Vấn đề',
  noProblems: 'Không thấy vấn đề nào trong các bảng đã đọc.',
  severities: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  problemCell: (s, c) => `${s}!${c}`,
  selectedInFile: (s, c) =>
    `Ô ${c}, trang “${s}”. Sửa ô này trong tệp (Excel hoặc LibreOffice), lưu lại rồi chọn lại tệp để kiểm tra.`,
  selectedInWord: (w) => `${w} trong văn bản Word. Sửa ở đó, lưu lại rồi chọn lại tệp để kiểm tra.`,
  noTablesAll:
    'Không tìm thấy bảng phụ lục nào trong tệp này. chiso nhận ra bảng qua tiêu đề cột như “Nhiệm vụ”, “Tiến độ hoàn thành”, “Cơ quan chủ trì”, “Điểm tối đa”: hãy kiểm tra dòng tiêu đề của bảng, hoặc chọn tệp khác.',
  asOfLabel: 'Tính đến ngày',
  asOfHint: 'Trạng thái quá hạn, sắp đến hạn và màu được tính theo ngày này. Đổi ngày rồi bấm “Tạo bảng theo dõi”.',
  previewTitle: (s) => `Trang “${s}”`,
  previewMore: (n) => `Còn ${n} dòng nữa: xem đầy đủ trong tệp tải về.`,
  closePreview: 'Đóng trang xem',
  track: 'Tạo bảng theo dõi',
  tracking: 'Đang tạo bảng theo dõi…',
  trackIntro:
    'Tạo (hoặc cập nhật) các trang theo dõi: hạn, trạng thái, cảnh báo quá hạn; bảng gốc giữ nguyên, những gì đã nhập vào bảng theo dõi được giữ lại.',
  summaryTitle: 'Kết quả',
  summary: {
    tasks: 'Nhiệm vụ',
    problems: 'Vấn đề',
    asOf: 'Ngày tính',
    refreshed: 'Đã cập nhật bảng theo dõi có sẵn, giữ nguyên nội dung đã nhập.',
  },
  sheetsTitle: 'Các trang theo dõi',
  download: 'Tải tệp theo dõi',
  downloading: 'Đang chuẩn bị tệp…',
  wordImport: 'Nhập từ Word',
  wordImportHint: 'Chọn văn bản kế hoạch (.docx): các bảng phụ lục được chép vào các trang tính mới của sổ này.',
  importingWord: 'Đang nhập các bảng từ Word…',
  wordImported: (f, sh) => `Đã thêm ${sh.length} trang từ “${f}”: ${sh.join(', ')}.`,
  whatIfTitle: 'Giả định (what-if)',
  whatIfIntro:
    'Thử thay đổi điểm ước đạt hoặc mục tiêu để xem tổng điểm, khoảng cách và (với PAPI) thứ hạng, nhóm thay đổi. Chưa ghi gì vào sổ tính cho đến khi bấm “Ghi vào bảng theo dõi”.',
  whatIfTable: 'Bảng điểm',
  whatIfYear: 'So với dữ liệu PAPI năm',
  whatIfNone: 'Chưa có bảng điểm nào: hãy đọc bảng trước.',
  colTitle: 'Nội dung',
  colMax: 'Tối đa',
  colResult: 'Kết quả',
  colTarget: 'Mục tiêu',
  colEstimate: 'Ước đạt',
  estimateLabel: (id) => `Ước đạt ${id}`,
  targetLabel: (id) => `Mục tiêu ${id}`,
  badNumber: 'Không phải số',
  projected: {
    total: 'Tổng ước đạt',
    target: 'Tổng mục tiêu',
    max: 'Điểm tối đa',
    gapTarget: 'Còn thiếu so với mục tiêu',
    gapMax: 'Còn thiếu so với tối đa',
    rank: 'Thứ hạng dự kiến',
    group: 'Nhóm dự kiến',
    sipas: 'Điểm tiêu chí 8.1 PAR INDEX',
    edited: (n) => `${n} ô đã sửa, chưa ghi`,
  },
  writeEstimates: 'Ghi vào bảng theo dõi',
  writingEstimates: 'Đang ghi điểm ước đạt…',
  estimatesWritten: (s) => `Đã ghi điểm ước đạt vào trang “${s}”.`,
  errorTitle: 'Chưa làm được',
  errorNext: 'Hãy sửa theo hướng dẫn rồi thử lại. Nếu vẫn lỗi, đóng và mở lại ngăn chiso.',
  dismiss: 'Đóng',
  crashTitle: 'Ngăn chiso gặp lỗi',
  crashBody:
    'Sổ tính của bạn không bị thay đổi. Hãy tải lại ngăn; nếu lỗi lặp lại, hãy gửi nội dung dưới đây cho người hỗ trợ.',
  reload: 'Tải lại ngăn',
};

const en: FlowStrings = {
  workbookTitle: 'Appendix tables in the workbook',
  tabs: {
    label: 'What chiso does',
    read: 'Tables & problems',
    track: 'Tracker',
    whatIf: 'What-if',
    generate: 'Appendices',
    help: 'Functions',
    problemCount: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
  },
  whatIfNeedsRead: 'Press “Read tables” (Tables & problems tab) first, then come back here to estimate scores.',
  fileIntro:
    'Pick the plan file with its appendix tables (Excel .xlsx or a Word .docx document). chiso reads and checks the tables as soon as the file is picked, then builds the tracker for you to download. Everything happens on this computer: the file is sent nowhere.',
  pickFile: 'Choose the plan file',
  fileOpened: (n) => `Working on “${n}”.`,
  scopeLabel: 'Read',
  scopeActive: 'The selected sheet',
  scopeAll: 'Every sheet',
  read: 'Read tables',
  reading: 'Reading the tables…',
  noTables:
    'No appendix table found. Select the sheet that holds one (column headers such as “Nhiệm vụ”, “Tiến độ hoàn thành”, “Điểm tối đa”) or choose “Every sheet”.',
  tablesTitle: 'Tables found',
  tableLine: (t) => `${t.sheet} · ${t.kind} · ${t.rows} rows${t.year ? ` · year ${t.year}` : ''} · ${t.range}`,
  kinds: { tasks: 'Task table', scores: 'Score table', ranks: 'Rank-target table' },
  columnsOf: (s, r) => `Columns of ${s} (${r})`,
  columnHeader: 'Column',
  roleHeader: 'chiso reads it as',
  roleLabel: (c, h) => `Role of column ${c}${h ? ` (${h})` : ''}`,
  corrected: 'corrected',
  roles: ROLES_EN,
  problemsTitle: 'Problems',
  noProblems: 'No problem found in the tables read.',
  severities: { error: 'Errors', warning: 'Warnings', info: 'Information' },
  problemCell: (s, c) => `${s}!${c}`,
  selectedInFile: (s, c) =>
    `Cell ${c}, sheet “${s}”. Fix it in the file (Excel or LibreOffice), save, then pick the file again to check it.`,
  selectedInWord: (w) => `${w} of the Word document. Fix it there, save, then pick the file again to check it.`,
  noTablesAll:
    'No appendix table in this file. chiso finds tables by column headers such as “Nhiệm vụ”, “Tiến độ hoàn thành”, “Cơ quan chủ trì”, “Điểm tối đa”: check the table’s header row, or pick another file.',
  asOfLabel: 'As of',
  asOfHint: 'Overdue, due soon and the colours are computed for this day. Change it, then press “Build the tracker”.',
  previewTitle: (s) => `Sheet “${s}”`,
  previewMore: (n) => `${n} more rows: see them in the downloaded file.`,
  closePreview: 'Close the sheet view',
  track: 'Build the tracker',
  tracking: 'Building the tracker…',
  trackIntro:
    'Builds (or refreshes) the tracker sheets: due dates, status, overdue alerts; the source tables stay as they are and what was typed into the tracker is kept.',
  summaryTitle: 'Result',
  summary: {
    tasks: 'Tasks',
    problems: 'Problems',
    asOf: 'As of',
    refreshed: 'Refreshed the existing tracker, keeping what was typed.',
  },
  sheetsTitle: 'Tracker sheets',
  download: 'Download the tracker file',
  downloading: 'Preparing the file…',
  wordImport: 'Import from Word',
  wordImportHint: 'Pick the plan document (.docx): its appendix tables are copied into new sheets of this workbook.',
  importingWord: 'Importing the tables from Word…',
  wordImported: (f, sh) => `Added ${sh.length} sheet(s) from “${f}”: ${sh.join(', ')}.`,
  whatIfTitle: 'What-if',
  whatIfIntro:
    'Try other estimated points or targets and see the total, the gaps and (for PAPI) the rank and group move. Nothing is written until you press “Write to the tracker”.',
  whatIfTable: 'Score table',
  whatIfYear: 'Against the PAPI data of',
  whatIfNone: 'No score table yet: read the tables first.',
  colTitle: 'Content',
  colMax: 'Max',
  colResult: 'Result',
  colTarget: 'Target',
  colEstimate: 'Estimate',
  estimateLabel: (id) => `Estimate ${id}`,
  targetLabel: (id) => `Target ${id}`,
  badNumber: 'Not a number',
  projected: {
    total: 'Estimated total',
    target: 'Target total',
    max: 'Maximum',
    gapTarget: 'Gap to target',
    gapMax: 'Gap to maximum',
    rank: 'Projected rank',
    group: 'Projected group',
    sipas: 'PAR INDEX criterion 8.1 points',
    edited: (n) => `${n} edited, not written yet`,
  },
  writeEstimates: 'Write to the tracker',
  writingEstimates: 'Writing the estimates…',
  estimatesWritten: (s) => `Estimates written to “${s}”.`,
  errorTitle: 'That did not work',
  errorNext: 'Fix what the message says, then try again. If it keeps failing, close and reopen the chiso pane.',
  dismiss: 'Dismiss',
  crashTitle: 'The chiso pane failed',
  crashBody:
    'Your workbook was not changed. Reload the pane; if this happens again, send the text below to whoever supports you.',
  reload: 'Reload the pane',
};

export const FLOW_STRINGS: Record<Lang, FlowStrings> = { vi, en };
