// Texts of the browser page as an app (file picking, drag-and-drop, new version), the tracker chart and the
// requirement-set notes, Vietnamese and English.
import type { Bilingual } from '../core/text';
import { BUCKETS, type BucketCounts } from '../core/tracker/status';
import type { Lang } from './types';

export interface PageStrings {
  dropHint: string;
  dropHere: string;
  wrongType: (name: string) => Bilingual;
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
  dropHint: 'hoặc kéo thả tệp .xlsx vào trang này',
  dropHere: 'Thả tệp vào đây để mở',
  wrongType: (name) => ({
    vi: `Tệp “${name}” không phải .xlsx hay .docx: hãy chọn tệp kế hoạch Excel.`,
    en: `“${name}” is not an .xlsx or .docx file: pick the plan's Excel file.`,
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
  dropHint: 'or drop an .xlsx file onto this page',
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
