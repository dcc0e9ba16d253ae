import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { PaneView, type PaneViewProps } from '../../src/taskpane/components/PaneView';
import { STRINGS, viFormula } from '../../src/taskpane/i18n';
import type { HostInfo, HostStatus, Lang } from '../../src/taskpane/types';
import { EXPECTED_IDS } from '../../scripts/check-dist';

function host(status: HostStatus, displayLanguage: string | null = null): HostInfo {
  return { status, host: status === 'excel' ? 'Excel' : null, platform: null, displayLanguage };
}

function paneHtml(props: PaneViewProps): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <PaneView {...props} />
    </FluentProvider>,
  );
}

function render(lang: Lang, status: HostStatus): string {
  const html = paneHtml({ lang, host: host(status) });
  // Text as a reader sees it: tags dropped, the few entities React escapes decoded.
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/\s+/g, ' ');
}

describe('PaneView (pure render, no Office)', () => {
  it.each<[string, Lang, { says: string[]; never: string }]>([
    [
      'Vietnamese with correct diacritics',
      'vi',
      {
        says: [
          'chiso là gì?',
          'Các hàm dùng được ngay',
          ...['Đọc bảng', 'Kiểm tra lỗi', 'Tạo bảng theo dõi', 'Giả định (what-if)', 'Tạo phụ lục'],
          'Sắp có',
          '=PAR.SIPAS(86,5) → 8,65',
          '=PAPI.RANK(43,9603; 2023) → 15',
          'English', // the switch to the other language
        ],
        never: 'What is chiso?',
      },
    ],
    [
      'English',
      'en',
      {
        says: [
          'What is chiso?',
          'Functions you can use now',
          ...['Read a table', 'Check for errors', 'Build a tracker', 'What-if', 'Generate appendices'],
          '=PAR.SIPAS(86.5) → 8.65',
          'Tiếng Việt',
        ],
        never: 'chiso là gì?',
      },
    ],
  ])('speaks %s', (_, lang, { says, never }) => {
    const text = render(lang, 'excel');
    for (const words of says) expect(text).toContain(words);
    expect(text).not.toContain(never);
  });

  it('lists every custom function of the catalogue, each with an example, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = render(lang, 'excel');
      expect(STRINGS[lang].functions.map((f) => f.id)).toEqual(EXPECTED_IDS);
      for (const f of STRINGS[lang].functions) {
        expect(f.example.startsWith(`=${f.id}(`)).toBe(true);
        expect(text).toContain(f.example);
      }
    }
  });

  it('writes the examples the Vietnamese way: ";" between arguments, a decimal comma, quoted text untouched', () => {
    expect(viFormula('=CCHC.STATUS("1,5 ngày. x", FALSE, DATE(2025,12,10))')).toBe(
      '=CCHC.STATUS("1,5 ngày. x"; FALSE; DATE(2025;12;10))',
    );
    expect(viFormula('=PAR.RATIO(17, 20, 1.5)')).toBe('=PAR.RATIO(17; 20; 1,5)');
    const sipas = STRINGS.vi.functions.find((f) => f.id === 'PAR.SIPAS');
    expect(sipas && `${sipas.example} → ${sipas.result}`).toBe('=PAR.SIPAS(86,5) → 8,65');
  });

  it('says nothing of where it runs inside Excel', () => {
    expect(render('vi', 'excel')).not.toContain('ngoài Excel');
  });

  it.each<[Lang, Partial<Record<HostStatus, string>>]>([
    [
      'vi',
      {
        'no-office': 'Không tải được Office.js',
        'no-host': 'Trang này đang mở ngoài Excel',
        'other-host': 'chỉ chạy trong Excel',
      },
    ],
    [
      'en',
      {
        'no-office': 'Office.js could not be loaded',
        'no-host': 'This page is open outside Excel',
        starting: 'Connecting to Excel',
      },
    ],
  ])('in %s, says where it runs when not (yet) in Excel', (lang, notices) => {
    for (const [status, notice] of Object.entries(notices))
      expect(render(lang, status as HostStatus)).toContain(notice);
  });

  it('has a Vietnamese and an English text for every host status', () => {
    for (const status of ['starting', 'other-host', 'no-host', 'no-office'] as const) {
      expect(STRINGS.vi.host[status]).toBeTruthy();
      expect(STRINGS.en.host[status]).toBeTruthy();
      expect(STRINGS.vi.host[status]).not.toEqual(STRINGS.en.host[status]);
    }
  });

  it('shows the workbook flows first and lists only the features still to come', () => {
    const html = paneHtml({ lang: 'vi', host: host('excel'), coming: [], children: <p>FLOWS-HERE</p> });
    expect(html).toContain('FLOWS-HERE');
    expect(html.indexOf('FLOWS-HERE')).toBeLessThan(html.indexOf('chiso là gì?'));
    expect(html).not.toContain('Sắp có');
    const some = paneHtml({ lang: 'vi', host: host('excel'), coming: ['generate'] });
    expect(some).toContain('Tạo phụ lục');
    expect(some).not.toContain('Kiểm tra lỗi');
  });

  it('hands the help to flows given as a function, and does not repeat it', () => {
    const flows = (help: ReactNode) => (
      <div id="FLOWS">
        <p>FLOWS-HERE</p>
        {help}
      </div>
    );
    const html = paneHtml({ lang: 'vi', host: host('excel'), coming: [], children: flows });
    expect(html.match(/chiso là gì\?/g)).toHaveLength(1);
    expect(html.indexOf('id="FLOWS"')).toBeLessThan(html.indexOf('chiso là gì?'));
    expect(html).toContain('data-function="PAR.SIPAS"');
  });
});
