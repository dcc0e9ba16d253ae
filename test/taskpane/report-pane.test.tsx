/**
 * The pane's "Báo cáo định kỳ" on a tracker of the sample plan with statuses, completion dates, evidence and notes
 * typed in (seeded, as `chiso report`'s tests do): the default period is the one due next; in file mode (the page's
 * own file port over the tracker's bytes) the figures shown are the core's facts — those `chiso report --json` prints
 * for the same tracker and period — and a count of the typed cells made here; the downloaded .docx opens in
 * python-docx with the same paragraphs and tables as the CLI's file; Excel mode writes the tables as new sheets
 * (never over one); a plan and an empty period get one clear line.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import * as docx from '../../src/adapters/docx/report';
import { openFilePort } from '../../src/adapters/browser/file-port';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read';
import type { WorkbookPort } from '../../src/core/app/port';
import type { ReportJson } from '../../src/core/report';
import type { SheetSpec } from '../../src/core/sheetspec';
import { ReportView, reportFigures } from '../../src/taskpane/components/ReportPanel';
import { REPORT_STRINGS } from '../../src/taskpane/i18n-report';
import {
  defaultRequest,
  downloadReport,
  runPaneReport,
  writeReportSheets,
  type ReportDeps,
  type ReportModel,
} from '../../src/taskpane/useReport';
import { runChiso } from '../support/cli';
import { fixturePlan, ROOT, tempDir } from '../core/tracker/helpers';
import { makeTyped, statusAt, type Typed } from '../cli/report-typed';

const ART = path.join(ROOT, 'artifacts', 'report-pane');
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
/** The guidance's windows for 2025, written out here. */
const WINDOW = {
  q1: ['2024-12-15', '2025-03-14'],
  '6m': ['2024-12-15', '2025-06-14'],
  year: ['2024-12-15', '2025-12-14'],
} satisfies Record<string, [string, string]>;
type Kind = keyof typeof WINDOW;
const KINDS = Object.keys(WINDOW) as Kind[];
const inside = (d: string | null, [from, to]: [string, string]) => !!d && d >= from && d <= to;

let rows: Typed[];
let tracker: string;
const cli = {} as Record<Kind, ReportJson>;

const fileDeps = async (file: string, saved: Array<{ name: string; bytes: Uint8Array }> = []): Promise<ReportDeps> => ({
  mode: 'file',
  port: await openFilePort(new Uint8Array(readFileSync(file)), path.basename(file)),
  today: () => '2025-03-01',
  save: (name, bytes) => saved.push({ name, bytes }),
  docx: () => Promise.resolve(docx),
});

/** Paragraphs and table cells of a .docx as python-docx reads them. */
function readBack(file: string): { paras: string[]; tables: string[][][]; w: number; h: number } {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({"paras": [p.text for p in d.paragraphs], "w": s.page_width, "h": s.page_height,
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}))`;
  return JSON.parse(execFileSync(PY, ['-c', script, file], { encoding: 'utf8' })) as ReturnType<typeof readBack>;
}

beforeAll(async () => {
  const dir = tempDir('chiso-report-pane-');
  tracker = path.join(dir, 'theo-doi.xlsx');
  rows = await makeTyped(fixturePlan(), tracker);
  mkdirSync(ART, { recursive: true });
  for (const k of KINDS) {
    const r = await runChiso(['report', tracker, '--period', k, '--year', '2025', '--json']);
    expect(r.code).toBe(0);
    cli[k] = JSON.parse(r.out) as ReportJson;
  }
}, 120000);

describe('the default period', () => {
  it('is the one whose report is due next (the due day itself included)', () => {
    expect(defaultRequest('2025-03-01')).toEqual({ kind: 'q1', year: 2025 });
    expect(defaultRequest('2025-03-20')).toEqual({ kind: 'q1', year: 2025 });
    expect(defaultRequest('2025-03-21')).toEqual({ kind: '6m', year: 2025 });
    expect(defaultRequest('2025-07-01')).toEqual({ kind: 'q3', year: 2025 });
    expect(defaultRequest('2025-10-01')).toEqual({ kind: 'year', year: 2025 });
    expect(defaultRequest('2025-12-21')).toEqual({ kind: 'q1', year: 2026 });
  });
});

describe("file mode (the page's file port over the tracker)", () => {
  it.each(KINDS)(
    "%s: shows the core facts, the CLI's figures for the same tracker and period, and the typed cells' count",
    async (k) => {
      const o = await runPaneReport(await fileDeps(tracker), { kind: k, year: 2025 });
      expect(o.ok).toBe(true);
      const shown = Object.fromEntries(
        reportFigures(o.facts!, REPORT_STRINGS.vi)
          .map((s) => s && [s.key, s.value])
          .filter(Boolean) as Array<[string, number]>,
      );
      const due = cli[k].dueInWindow;
      expect(shown).toEqual({
        'report-due': due.length,
        'report-on-time': due.filter((t) => t.bucket === 'done' && t.late === false).length,
        'report-late': due.filter((t) => t.bucket === 'done' && t.late === true).length,
        'report-completed': cli[k].completedInWindow.length,
        'report-overdue': cli[k].overdue.length,
        'report-next': cli[k].dueNext.length,
      });
      // And on their own, from what was typed.
      const w = WINDOW[k];
      const end = w[1];
      const dueTyped = rows.filter((t) => inside(t.due, w));
      const doneDue = dueTyped.filter((t) => statusAt(t, end) === 'done');
      expect([shown['report-due'], shown['report-completed'], shown['report-overdue']]).toEqual([
        dueTyped.length,
        rows.filter((t) => inside(t.doneDate, w)).length,
        rows.filter((t) => statusAt(t, end) === 'overdue').length,
      ]);
      expect([shown['report-on-time'], shown['report-late']]).toEqual([
        doneDue.filter((t) => t.doneDate && t.doneDate <= t.due!).length,
        doneDue.filter((t) => t.doneDate && t.doneDate > t.due!).length,
      ]);
      // The year's window holds every kind of figure, so none of these checks can pass on zeros alone.
      if (k === 'year')
        for (const f of ['report-due', 'report-on-time', 'report-completed', 'report-overdue', 'report-next'])
          expect([f, shown[f]]).not.toEqual([f, 0]);
      // The panel renders those figures, and the report's own sentences.
      const model: ReportModel = {
        request: { kind: k, year: 2025 },
        pick: () => undefined,
        busy: false,
        outcome: o,
        action: null,
        run: () => Promise.resolve(),
        download: () => Promise.resolve(),
        writeSheets: () => Promise.resolve(),
      };
      const html = renderToString(
        <FluentProvider theme={webLightTheme}>
          <ReportView model={model} lang="vi" mode="file" thisYear={2025} />
        </FluentProvider>,
      );
      for (const [k, v] of Object.entries(shown)) expect(html).toMatch(new RegExp(`data-stat="${k}"[^>]*>${v}<`));
      const tongSo = cli[k].text.find((t) => t.startsWith('Tổng số nhiệm vụ theo dõi'))!;
      expect(html).toContain(tongSo);
      expect(html).not.toContain('data-report-sheets'); // file mode: no sheet to write into
    },
  );

  it("downloads the .docx: it opens, named as the CLI names it, with the CLI's paragraphs and tables", async () => {
    const saved: Array<{ name: string; bytes: Uint8Array }> = [];
    const deps = await fileDeps(tracker, saved);
    const o = await runPaneReport(deps, { kind: 'q1', year: 2025 });
    const a = await downloadReport(deps, o);
    expect(a).toEqual({ ok: true, vi: 'Đã tải về "bao-cao-q1-2025.docx".', en: 'Downloaded "bao-cao-q1-2025.docx".' });
    expect(saved.map((s) => s.name)).toEqual(['bao-cao-q1-2025.docx']);
    const mine = path.join(ART, 'pane-q1.docx');
    writeFileSync(mine, saved[0].bytes);
    const theirs = path.join(ART, 'cli-q1.docx');
    const r = await runChiso(['report', tracker, '--period', 'q1', '--year', '2025', '-o', theirs]);
    expect(r.code).toBe(0);
    const [p, c] = [readBack(mine), readBack(theirs)];
    expect(p.h).toBeGreaterThan(p.w); // A4 portrait
    expect(p.paras).toEqual(c.paras);
    expect(p.tables).toEqual(c.tables);
    for (const t of cli.q1.text) expect(p.paras).toContain(t);
    expect(p.tables.length).toBeGreaterThan(1);
  });

  it('a plan instead of a tracker, and a period with nothing in it: one clear line, nothing saved', async () => {
    const saved: Array<{ name: string; bytes: Uint8Array }> = [];
    const plan = await runPaneReport(await fileDeps(fixturePlan(), saved), { kind: 'q1', year: 2025 });
    expect(plan.ok).toBe(false);
    expect(plan.vi).toMatch(/theo dõi/);
    expect(plan.en).toMatch(/tracker/i);
    expect(plan.vi).not.toMatch(/\n|at .*\.ts/);
    const empty = await runPaneReport(await fileDeps(tracker, saved), { kind: 'q1', year: 2020 });
    expect(empty).toEqual({
      ok: false,
      vi: 'Không có nhiệm vụ nào đến hạn, hoàn thành hay quá hạn trong Quý I năm 2020 (15/12/2019–14/03/2020)',
      en: 'No task is due, completed or overdue in the window 15/12/2019–14/03/2020',
      skipped: [],
    });
    expect(await downloadReport(await fileDeps(tracker, saved), empty)).toMatchObject({ ok: false });
    expect(saved).toEqual([]);
  });
});

describe('Excel mode (a fake workbook port reading the tracker)', () => {
  it('reads the tracker through the port and writes the tables as new sheets, a taken name getting the next', async () => {
    const grids = await readWorkbookGrids(tracker);
    const writes: Array<{ specs: SheetSpec[]; opts: { replace: string[]; remove: string[] } }> = [];
    const names = grids.map((g) => g.sheet);
    const port = {
      mode: 'excel',
      name: () => Promise.resolve('Book1'),
      readGrids: () => Promise.resolve({ grids, links: [], warnings: [] }),
      sheetNames: () => Promise.resolve([...names, 'Kết quả thực hiện']),
      writeSheets: (specs: SheetSpec[], opts: { replace: string[]; remove: string[] }) => {
        writes.push({ specs, opts });
        return Promise.resolve();
      },
      selectCell: () => Promise.resolve(),
    } as unknown as WorkbookPort;
    const deps: ReportDeps = {
      mode: 'excel',
      port,
      today: () => '2025-03-01',
      save: () => undefined,
      docx: () => Promise.resolve(docx),
    };
    const o = await runPaneReport(deps, { kind: 'q1', year: 2025 });
    expect(o.ok).toBe(true);
    expect(o.facts!.dueInWindow.map((t) => t.key).sort()).toEqual(cli.q1.dueInWindow.map((t) => t.key).sort());
    const a = await writeReportSheets(port, o);
    expect(a.ok).toBe(true);
    expect(writes).toHaveLength(1);
    expect(writes[0].opts).toEqual({ replace: [], remove: [] });
    const written = writes[0].specs.map((s) => s.name);
    for (const n of written) expect([...names, 'Kết quả thực hiện']).not.toContain(n);
    expect(written[0]).toMatch(/^Kết quả thực hiện./);
    expect(written).toContain('Phụ lục');
    expect(new Set(written).size).toBe(written.length);
  });
});
