import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { PaneView } from '../../src/taskpane/components/PaneView';
import { STRINGS } from '../../src/taskpane/i18n';
import type { HostInfo, HostStatus, Lang } from '../../src/taskpane/types';
import { EXPECTED_IDS } from '../../scripts/check-dist';

function host(status: HostStatus, displayLanguage: string | null = null): HostInfo {
  return { status, host: status === 'excel' ? 'Excel' : null, platform: null, displayLanguage };
}

function render(lang: Lang, status: HostStatus): string {
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <PaneView lang={lang} host={host(status)} />
    </FluentProvider>,
  );
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
  it('speaks Vietnamese with correct diacritics', () => {
    const text = render('vi', 'excel');
    expect(text).toContain('chiso là gì?');
    expect(text).toContain('Các hàm dùng được ngay');
    for (const feature of ['Đọc bảng', 'Kiểm tra lỗi', 'Tạo bảng theo dõi', 'Giả định (what-if)', 'Tạo phụ lục']) {
      expect(text).toContain(feature);
    }
    expect(text).toContain('Sắp có');
    expect(text).toContain('=PAR.SIPAS(86,5) → 8,65');
    expect(text).toContain('=PAPI.RANK(43,9603; 2023) → 15');
    expect(text).toContain('English'); // the switch to the other language
    expect(text).not.toContain('What is chiso?');
  });

  it('speaks English', () => {
    const text = render('en', 'excel');
    expect(text).toContain('What is chiso?');
    expect(text).toContain('Functions you can use now');
    for (const feature of ['Read a table', 'Check for errors', 'Build a tracker', 'What-if', 'Generate appendices']) {
      expect(text).toContain(feature);
    }
    expect(text).toContain('=PAR.SIPAS(86.5) → 8.65');
    expect(text).toContain('Tiếng Việt');
    expect(text).not.toContain('chiso là gì?');
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

  it('says where it runs: nothing inside Excel, a notice outside', () => {
    expect(render('vi', 'excel')).not.toContain('ngoài Excel');
    expect(render('vi', 'no-office')).toContain('Không tải được Office.js');
    expect(render('vi', 'no-host')).toContain('Trang này đang mở ngoài Excel');
    expect(render('en', 'no-office')).toContain('Office.js could not be loaded');
    expect(render('en', 'no-host')).toContain('This page is open outside Excel');
    expect(render('en', 'starting')).toContain('Connecting to Excel');
    expect(render('vi', 'other-host')).toContain('chỉ chạy trong Excel');
  });

  it('has a Vietnamese and an English text for every host status', () => {
    for (const status of ['starting', 'other-host', 'no-host', 'no-office'] as const) {
      expect(STRINGS.vi.host[status]).toBeTruthy();
      expect(STRINGS.en.host[status]).toBeTruthy();
      expect(STRINGS.vi.host[status]).not.toEqual(STRINGS.en.host[status]);
    }
  });

  it('shows the workbook flows first and lists only the features still to come', () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PaneView lang="vi" host={host('excel')} coming={[]}>
          <p>FLOWS-HERE</p>
        </PaneView>
      </FluentProvider>,
    );
    expect(html).toContain('FLOWS-HERE');
    expect(html.indexOf('FLOWS-HERE')).toBeLessThan(html.indexOf('chiso là gì?'));
    expect(html).not.toContain('Sắp có');
    const some = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PaneView lang="vi" host={host('excel')} coming={['generate']} />
      </FluentProvider>,
    );
    expect(some).toContain('Tạo phụ lục');
    expect(some).not.toContain('Kiểm tra lỗi');
  });

  it('hands the help to flows given as a function, and does not repeat it', () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PaneView lang="vi" host={host('excel')} coming={[]}>
          {(help) => (
            <div id="FLOWS">
              <p>FLOWS-HERE</p>
              {help}
            </div>
          )}
        </PaneView>
      </FluentProvider>,
    );
    expect(html.match(/chiso là gì\?/g)).toHaveLength(1);
    expect(html.indexOf('id="FLOWS"')).toBeLessThan(html.indexOf('chiso là gì?'));
    expect(html).toContain('data-function="PAR.SIPAS"');
  });
});
