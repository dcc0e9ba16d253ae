/**
 * The pane's "Báo cáo định kỳ" in a real browser (Debian's Chromium), file mode: a unit's tracker with statuses,
 * dates, evidence and notes typed in (seeded) is picked, the report tab opens on the period due next, the year's
 * figures show as `chiso report --json` counts them, and the downloaded .docx reads back (python-docx) with the
 * CLI's paragraphs and tables for the same tracker and period. The Word writer comes in its own chunk, fetched at
 * the download. Screenshots go to artifacts/e2e/; axe-core checks the panel.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';
import type { ReportJson } from '../../src/core/report';
import { runChiso } from '../support/cli';
import { fixturePlan, tempDir } from '../core/tracker/helpers';
import { makeTyped } from '../cli/report-typed';
import { axeSerious, pageErrors, shot, useBrowser } from './harness';
import { button, openFileMode, openTab, pick } from './pane';

jest.setTimeout(240_000);

const TODAY = '2025-10-01';
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const e2e = useBrowser();
const dir = tempDir('chiso-report-e2e-');
const tracker = path.join(dir, 'theo-doi.xlsx');
let cli: ReportJson;

function readBack(file: string): { paras: string[]; tables: string[][][] } {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({"paras": [p.text for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}))`;
  return JSON.parse(execFileSync(PY, ['-c', script, file], { encoding: 'utf8' })) as ReturnType<typeof readBack>;
}

beforeAll(async () => {
  await makeTyped(fixturePlan(), tracker);
  const r = await runChiso(['report', tracker, '--period', 'year', '--year', '2025', '--json'], TODAY);
  expect(r.code).toBe(0);
  cli = JSON.parse(r.out) as ReportJson;
}, 300_000);

describe('file mode: Báo cáo định kỳ', () => {
  it("picks the tracker, shows the figures of the period due next and downloads the CLI's .docx", async () => {
    await e2e.withPage(async ({ page }) => {
      await openFileMode(page, e2e.server, TODAY);
      await pick(page, tracker);
      await openTab(page, 'Báo cáo định kỳ');
      // On 01/10/2025 the report due next is the year's (due 20/12/2025).
      const period = page.locator('[data-report-period]');
      expect([await period.inputValue(), await page.locator('[data-report-year]').inputValue()]).toEqual([
        'year',
        '2025',
      ]);
      expect(await page.locator('[data-report-window]').textContent()).toBe(
        'Số liệu từ 15/12/2024 đến 14/12/2025; hạn nộp 20/12/2025.',
      );
      await button(page, 'Xem số liệu').click();
      await page.locator('[data-report-outcome="ok"]').waitFor();
      const figure = async (k: string) => Number(await page.locator(`[data-stat="${k}"]`).textContent());
      expect([
        await figure('report-due'),
        await figure('report-completed'),
        await figure('report-overdue'),
        await figure('report-next'),
      ]).toEqual([cli.dueInWindow.length, cli.completedInWindow.length, cli.overdue.length, cli.dueNext.length]);
      expect(await figure('report-due')).toBeGreaterThan(0);
      await page.locator('[data-report]').scrollIntoViewIfNeeded();
      await shot(page, 'report-1-figures');
      expect(await axeSerious(page)).toEqual([]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        button(page, 'Tải về báo cáo (.docx)').click(),
      ]);
      await page.locator('[data-report-action="ok"]').waitFor();
      expect(download.suggestedFilename()).toBe('bao-cao-year-2025.docx');
      const saved = path.join(dir, 'pane-bao-cao.docx');
      await download.saveAs(saved);
      const theirs = path.join(dir, 'cli-bao-cao.docx');
      const r = await runChiso(['report', tracker, '--period', 'year', '--year', '2025', '-o', theirs], TODAY);
      expect(r.code).toBe(0);
      const [mine, cliDoc] = [readBack(saved), readBack(theirs)];
      expect(mine).toEqual(cliDoc);
      expect(mine.paras).toContain(cli.text[1]);
      await shot(page, 'report-2-downloaded');
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
