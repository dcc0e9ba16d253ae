/** The pure panels rendered from a real read of a fixture: names the tests and users find them by, both languages. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { WorkbookPanel } from '../../src/taskpane/components/WorkbookPanel';
import { readFlow, trackFlow } from '../../src/taskpane/flows';
import type { Lang } from '../../src/taskpane/types';
import type { WorkbookModel } from '../../src/taskpane/useWorkbook';
import { initialState } from '../../src/taskpane/workbook-controller';
import { HANOI, fixturePort } from './helpers';

const noop = () => Promise.resolve();

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
    read: noop,
    setRole: noop,
    select: noop,
    buildTracker: noop,
    download: noop,
    chooseWhatIfTable: () => undefined,
    setWhatIfYear: () => undefined,
    editWhatIf: () => undefined,
    writeEstimates: noop,
    dismissError: () => undefined,
  };
}

const render = (m: WorkbookModel, lang: Lang, mode: 'excel' | 'file') =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <WorkbookPanel model={m} lang={lang} mode={mode} />
    </FluentProvider>,
  );

describe('WorkbookPanel', () => {
  let m: WorkbookModel;
  beforeAll(async () => {
    m = await model();
  });

  it('file mode in Vietnamese: the named controls, the tables, problems, summary and what-if', () => {
    const html = render(m, 'vi', 'file');
    for (const name of ['Chọn tệp Excel', 'Đọc bảng', 'Tạo bảng theo dõi', 'Tải tệp theo dõi', 'Ghi vào bảng theo dõi']) expect(html).toContain(`>${name}<`);
    expect(html).toContain('type="file"');
    expect((html.match(/data-table="/g) ?? []).length).toBe(4);
    expect((html.match(/data-problem="/g) ?? []).length).toBe(m.outcome!.issues.length);
    expect(html).toContain('data-sheet-link="Tổng hợp"');
    expect(html).toContain('aria-label="Ước đạt 1,1 ');
    expect(html).toContain('Vai trò cột B');
  });

  it('Excel mode has no file picker nor download; English labels in English', () => {
    const vi = render(m, 'vi', 'excel');
    expect(vi).not.toContain('type="file"');
    expect(vi).not.toContain('Tải tệp theo dõi');
    const en = render(m, 'en', 'excel');
    for (const name of ['Read tables', 'Build the tracker', 'Write to the tracker']) expect(en).toContain(`>${name}<`);
    expect(en).not.toContain('Đọc bảng<');
  });

  it('shows an error with what to do next, and progress while busy', () => {
    const html = render({ ...m, busy: 'track', error: { code: 'SHEET_PROTECTED', vi: 'Trang tính đang được bảo vệ.', en: 'The sheet is protected.' } }, 'vi', 'excel');
    expect(html).toContain('data-error="SHEET_PROTECTED"');
    expect(html).toContain('Trang tính đang được bảo vệ.');
    expect(html).toContain('Hãy sửa theo hướng dẫn rồi thử lại');
    expect(html).toContain('Đang tạo bảng theo dõi…');
  });
});
