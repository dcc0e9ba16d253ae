/** The pure panels rendered from a real read of a fixture: names the tests and users find them by, both languages. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { WorkbookPanel, preloadWorkbookFlows } from '../../src/taskpane/components/WorkbookPanel';
import { readFlow, trackFlow } from '../../src/taskpane/flows';
import type { Lang } from '../../src/taskpane/types';
import type { WorkbookModel } from '../../src/taskpane/useWorkbook';
import { initialState } from '../../src/taskpane/workbook-controller';
import { HANOI, fixturePort } from './helpers';

const noop = () => Promise.resolve();

beforeAll(() => preloadWorkbookFlows());

async function model(): Promise<WorkbookModel> {
  const port = await fixturePort(HANOI);
  const outcome = await readFlow(port, 'all');
  const track = await trackFlow(port, { today: '2025-06-30', fixedToday: true });
  const s = initialState(port);
  return {
    ...s,
    fileName: 'hanoi.xlsx',
    outcome,
    track,
    whatIf: { ...s.whatIf, table: outcome.whatIf[0].id },
    setScope: () => undefined,
    openFile: noop,
    importWord: noop,
    read: noop,
    setRole: noop,
    select: noop,
    buildTracker: noop,
    today: '2025-06-30',
    setAsOf: () => undefined,
    openSheet: noop,
    closePreview: () => undefined,
    download: noop,
    chooseWhatIfTable: () => undefined,
    setWhatIfYear: () => undefined,
    editWhatIf: () => undefined,
    writeEstimates: noop,
    dismissError: () => undefined,
  };
}

const render = (m: WorkbookModel, lang: Lang, mode: 'excel' | 'file', help?: string) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <WorkbookPanel model={m} lang={lang} mode={mode} help={help && <p>{help}</p>} />
    </FluentProvider>,
  );

describe('WorkbookPanel', () => {
  let m: WorkbookModel;
  beforeAll(async () => {
    m = await model();
  });

  it('file mode in Vietnamese: the named controls, the tables, problems, summary and what-if', () => {
    const html = render(m, 'vi', 'file');
    for (const name of [
      'Chọn tệp kế hoạch',
      'Đọc bảng',
      'Tạo bảng theo dõi',
      'Tải tệp theo dõi',
      'Ghi vào bảng theo dõi',
    ])
      expect(html).toContain(`>${name}<`);
    expect(html).toContain('type="file"');
    expect((html.match(/data-table="/g) ?? []).length).toBe(4);
    expect((html.match(/data-problem="/g) ?? []).length).toBe(m.outcome!.issues.length);
    expect(html).toContain('data-sheet-link="Tổng hợp"');
    expect(html).toContain('aria-label="Ước đạt 1.1 ');
    expect(html).not.toMatch(/aria-label="Ước đạt \d+,\d/);
    expect(html).toContain('Vai trò cột B');
  });

  it('Excel mode has no workbook file picker nor download (only "Nhập từ Word"); English labels in English', () => {
    const vi = render(m, 'vi', 'excel');
    expect(vi).not.toContain('id="chiso-file"');
    expect(vi.match(/type="file"/g)).toHaveLength(1);
    expect(vi).toContain('accept=".docx,');
    expect(vi).toContain('>Nhập từ Word<');
    expect(vi).not.toContain('Tải tệp theo dõi');
    const en = render(m, 'en', 'excel');
    for (const name of ['Read tables', 'Build the tracker', 'Write to the tracker']) expect(en).toContain(`>${name}<`);
    expect(en).not.toContain('Đọc bảng<');
  });

  it('shows an error with what to do next, and progress while busy', () => {
    const html = render(
      {
        ...m,
        busy: 'track',
        error: { code: 'SHEET_PROTECTED', vi: 'Trang tính đang được bảo vệ.', en: 'The sheet is protected.' },
      },
      'vi',
      'excel',
    );
    expect(html).toContain('data-error="SHEET_PROTECTED"');
    expect(html).toContain('Trang tính đang được bảo vệ.');
    expect(html).toContain('Hãy sửa theo hướng dẫn rồi thử lại');
    expect(html).toContain('Đang tạo bảng theo dõi…');
  });

  it('puts the flows under tabs: read + problems first (with the problem count), each panel labelled by its tab', () => {
    const html = render(m, 'vi', 'excel', 'HELP-HERE');
    const tabs = [...html.matchAll(/role="tab"[^>]*>/g)].map((x) => x[0]);
    expect(tabs).toHaveLength(6);
    const names = [...html.matchAll(/data-tab="(\w+)"/g)].map((x) => x[1]);
    expect(names).toEqual(['read', 'track', 'whatif', 'generate', 'assess', 'help']);
    for (const label of ['Bảng &amp; lỗi', 'Theo dõi', 'Giả định', 'Phụ lục', 'Tự đánh giá', 'Hàm'])
      expect(html).toContain(label);
    expect(html).toContain(`aria-label="${m.outcome!.issues.length} lỗi"`);
    const panels = [...html.matchAll(/<div[^>]*role="tabpanel"[^>]*>/g)].map((x) => x[0]);
    expect(panels).toHaveLength(6);
    for (const v of names) {
      const panel = panels.find((p) => p.includes(`id="chiso-panel-${v}"`))!;
      expect(panel).toContain(`aria-labelledby="chiso-tab-${v}"`);
      expect(html).toContain(`id="chiso-tab-${v}"`);
      // Only the first tab's panel is shown.
      expect(panel.includes('hidden=""')).toBe(v !== 'read');
    }
    // The problems sit in the same panel as "Đọc bảng"; the tracker button in the next one.
    const at = (x: string) => html.indexOf(x);
    expect(at('>Đọc bảng<')).toBeGreaterThan(at('id="chiso-panel-read"'));
    expect(at('data-problem="')).toBeLessThan(at('id="chiso-panel-track"'));
    expect(at('>Tạo bảng theo dõi<')).toBeGreaterThan(at('id="chiso-panel-track"'));
    expect(at('HELP-HERE')).toBeGreaterThan(at('id="chiso-panel-help"'));
    const en = render(m, 'en', 'excel', 'HELP');
    for (const label of ['Tables &amp; problems', 'Tracker', 'What-if', 'Appendices', 'Functions'])
      expect(en).toContain(label);
  });

  it('before a workbook is open: no tabs, the help under the picker', () => {
    const html = render({ ...m, port: null, outcome: null, track: null }, 'vi', 'file', 'HELP-HERE');
    expect(html).not.toContain('role="tab');
    expect(html).toContain('HELP-HERE');
    expect(html).toContain('type="file"');
  });
});
