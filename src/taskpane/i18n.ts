// Every text the pane shows, Vietnamese and English, in one table (the function list comes from the functions' spec).
import { FUNCTION_SPECS } from '../core/score';
import { formatVnNumber } from '../core/text';
import type { FeatureEntry, FunctionEntry, HostStatus, Lang } from './types';

/**
 * A formula written with English separators as Vietnamese Excel writes it: `;` between arguments and a decimal
 * comma, outside quoted text ("=PAR.RATIO(17, 20, 1.5)" → "=PAR.RATIO(17; 20; 1,5)").
 */
export function viFormula(formula: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 ? part : part.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2')))
    .join('"');
}

/** The pane's list of the custom functions, in one language, from the spec. */
function paneFunctions(lang: Lang): FunctionEntry[] {
  return FUNCTION_SPECS.map((f) => {
    const r = f.exampleResult;
    const result = typeof r === 'number' ? (lang === 'vi' ? formatVnNumber(r) : String(r)) : r;
    return {
      id: f.id,
      summary: f.summary[lang],
      example: lang === 'vi' ? viFormula(f.example) : f.example,
      ...(result !== undefined ? { result } : {}),
    };
  });
}

export interface Strings {
  htmlLang: string;
  title: string;
  tagline: string;
  /** The button that switches to the other language, written in that language. */
  switchLanguage: string;
  switchLanguageHint: string;
  host: Record<HostStatus, string | null>;
  aboutTitle: string;
  about: string;
  featuresTitle: string;
  comingSoon: string;
  features: FeatureEntry[];
  functionsTitle: string;
  functionsIntro: string;
  separatorNote: string;
  functions: FunctionEntry[];
  requirements: string;
}

const vi: Strings = {
  htmlLang: 'vi',
  title: 'chiso',
  tagline: 'Lập kế hoạch và theo dõi Chỉ số CCHC (PAR INDEX), SIPAS và PAPI ngay trong Excel.',
  switchLanguage: 'English',
  switchLanguageHint: 'Switch to English',
  host: {
    starting: 'Đang kết nối với Excel…',
    excel: null,
    'other-host': 'chiso chỉ chạy trong Excel: hãy mở nó từ Excel.',
    'no-host':
      'Trang này đang mở ngoài Excel. Hãy thêm chiso vào Excel (tệp manifest.xml) để dùng các hàm và các thao tác trên bảng tính.',
    browser: null,
    'no-office':
      'Không tải được Office.js (mất mạng hoặc bị chặn), nên chiso đang chạy ngoài Excel. Hãy kiểm tra kết nối rồi mở lại chiso trong Excel.',
  },
  aboutTitle: 'chiso là gì?',
  about:
    'chiso giúp cán bộ Sở Nội vụ và UBND cấp xã lập và theo dõi kế hoạch nâng cao Chỉ số CCHC (PAR INDEX), SIPAS và PAPI trên chính các bảng phụ lục của mình: không phải sửa bảng gốc, kết quả ghi ra trang tính mới.',
  featuresTitle: 'Sắp có trong ngăn này',
  comingSoon: 'Sắp có',
  features: [
    {
      key: 'read',
      title: 'Đọc bảng',
      summary:
        'Nhận ra bảng phụ lục đúng như đang có trên trang tính: các cột, các cấp mục A/B, I/II, 1.1, dòng gạch đầu dòng.',
    },
    {
      key: 'validate',
      title: 'Kiểm tra lỗi',
      summary: 'Tổng không khớp, điểm vượt tối đa, ngày không có thật (31/11/2025), số thứ tự bị bỏ sót… kèm ô có lỗi.',
    },
    {
      key: 'track',
      title: 'Tạo bảng theo dõi',
      summary:
        'Trang mới với hạn hoàn thành, trạng thái, tiến độ, tô màu quá hạn và sắp đến hạn; làm mới mà không mất những gì đã nhập.',
    },
    {
      key: 'whatif',
      title: 'Giả định (what-if)',
      summary: 'Đổi mục tiêu hoặc điểm ước tính để thấy tổng điểm, khoảng cách, thứ hạng và nhóm thay đổi theo.',
    },
    {
      key: 'generate',
      title: 'Tạo phụ lục',
      summary:
        'Tạo bảng phụ lục từ bộ chỉ số hoặc từ kế hoạch năm trước; bảng nhiệm vụ của xã, phường từ kế hoạch của tỉnh, thành phố.',
    },
  ],
  functionsTitle: 'Các hàm dùng được ngay',
  functionsIntro: 'Gõ vào một ô như mọi hàm của Excel:',
  separatorNote: 'Ví dụ viết theo định dạng Việt Nam (dấu ; giữa các đối số, dấu phẩy thập phân).',
  functions: paneFunctions('vi'),
  requirements: 'Các hàm cần Microsoft 365 hoặc Office 2021 trở lên (Excel trên web, Windows, Mac).',
};

const en: Strings = {
  htmlLang: 'en',
  title: 'chiso',
  tagline: 'Plan and track PAR INDEX, SIPAS and PAPI right in Excel.',
  switchLanguage: 'Tiếng Việt',
  switchLanguageHint: 'Chuyển sang tiếng Việt',
  host: {
    starting: 'Connecting to Excel…',
    excel: null,
    'other-host': 'chiso runs only in Excel: open it from Excel.',
    'no-host':
      'This page is open outside Excel. Add chiso to Excel (manifest.xml) to use the functions and the workbook actions.',
    browser: null,
    'no-office':
      'Office.js could not be loaded (offline or blocked), so chiso is running outside Excel. Check the connection, then open chiso in Excel again.',
  },
  aboutTitle: 'What is chiso?',
  about:
    'chiso helps the officials of provincial home-affairs departments and commune People’s Committees plan and track the improvement of PAR INDEX, SIPAS and PAPI on their own appendix tables: the source table is never changed, results go to new sheets.',
  featuresTitle: 'Coming to this pane',
  comingSoon: 'Coming soon',
  features: [
    {
      key: 'read',
      title: 'Read a table',
      summary: 'Finds an appendix table as it is on the sheet: its columns and its A/B, I/II, 1.1 and bullet levels.',
    },
    {
      key: 'validate',
      title: 'Check for errors',
      summary:
        'Totals that do not add up, points above the maximum, impossible dates (31/11/2025), skipped numbers… with their cells.',
    },
    {
      key: 'track',
      title: 'Build a tracker',
      summary:
        'A new sheet with due dates, status, progress, overdue and due-soon colours; refreshed without losing what was typed.',
    },
    {
      key: 'whatif',
      title: 'What-if',
      summary: 'Change targets or estimated points and see the total, gap, rank and group move.',
    },
    {
      key: 'generate',
      title: 'Generate appendices',
      summary:
        'Appendix tables from the index frameworks or last year’s plan; a ward’s task table from the city’s plan.',
    },
  ],
  functionsTitle: 'Functions you can use now',
  functionsIntro: 'Type them in a cell like any Excel function:',
  separatorNote:
    'Examples use commas between arguments; with Vietnamese regional settings Excel uses semicolons and a decimal comma.',
  functions: paneFunctions('en'),
  requirements: 'The functions need Microsoft 365 or Office 2021 or later (Excel on the web, Windows, Mac).',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Vietnamese unless Office says its display language is something else ("en-US" → English). */
export function pickLanguage(displayLanguage: string | null | undefined): Lang {
  if (typeof displayLanguage !== 'string' || displayLanguage.trim() === '') return 'vi';
  return /^vi(\b|[-_])/i.test(displayLanguage.trim()) ? 'vi' : 'en';
}
