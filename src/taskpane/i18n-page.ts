// Texts of the browser page as an app (file picking, drag-and-drop, new version), the tracker chart and the
// requirement-set notes, Vietnamese and English.
import type { Bilingual } from '../core/text';
import { BUCKETS, type BucketCounts } from '../core/tracker/status';
import type { Lang } from './types';

export interface PageStrings {
  dropHint: string;
  dropHere: string;
  wrongType: (name: string) => Bilingual;
  manyDropped: (n: number) => string;
  toRollup: string;
  updateReady: string;
  reload: string;
  chart: {
    title: string;
    byStatus: string;
    byAgency: string;
    agency: string;
    total: string;
    /** The status chart's name: every bucket with its count, in the model's order. */
    summary: (c: BucketCounts) => string;
  };
  functionsMissing: string;
}

const VI: PageStrings = {
  dropHint: 'hoặc kéo thả tệp .xlsx, .docx vào trang này',
  manyDropped: (n) =>
    `Đã thả ${n} tệp. chiso mở từng kế hoạch một; để gộp các tệp theo dõi của các đơn vị, ${n} tệp này đã được chọn sẵn ở “Tổng hợp đơn vị” bên dưới.`,
  toRollup: 'Đến Tổng hợp đơn vị',
  dropHere: 'Thả tệp vào đây để mở',
  wrongType: (name) => ({
    vi: `Tệp “${name}” không phải tệp Excel hay Word: hãy chọn tệp kế hoạch (.xlsx hoặc .docx).`,
    en: `“${name}” is not an Excel or Word file: pick the plan file (.xlsx or .docx).`,
  }),
  updateReady: 'Đã có phiên bản mới của chiso.',
  reload: 'Tải lại',
  chart: {
    title: 'Tình hình thực hiện',
    byStatus: 'Theo trạng thái',
    byAgency: 'Theo cơ quan chủ trì',
    agency: 'Cơ quan chủ trì',
    total: 'Tổng',
    summary: (c) => `${BUCKETS.map((b) => `${b.vi} ${c[b.key]}`).join(', ')} (nhiệm vụ).`,
  },
  functionsMissing:
    'Excel này chưa có hàm tùy chỉnh (cần bộ CustomFunctionsRuntime 1.1: Microsoft 365 hoặc Office 2021 trở lên); các thao tác trên bảng tính vẫn dùng được.',
};

const EN: PageStrings = {
  dropHint: 'or drop an .xlsx or .docx file onto this page',
  manyDropped: (n) =>
    `${n} files dropped. chiso opens one plan at a time; to roll up the units' tracker files, these ${n} files are already picked in “Units roll-up” below.`,
  toRollup: 'Go to the units roll-up',
  dropHere: 'Drop the file here to open it',
  wrongType: VI.wrongType,
  updateReady: 'A new version of chiso is available.',
  reload: 'Reload',
  chart: {
    title: 'Progress',
    byStatus: 'By status',
    byAgency: 'By lead agency',
    agency: 'Lead agency',
    total: 'Total',
    summary: (c) => `${BUCKETS.map((b) => `${b.en} ${c[b.key]}`).join(', ')} (tasks).`,
  },
  functionsMissing:
    'This Excel has no custom functions (they need CustomFunctionsRuntime 1.1: Microsoft 365 or Office 2021 or later); the workbook actions still work.',
};

export const PAGE_STRINGS: Record<Lang, PageStrings> = { vi: VI, en: EN };
