/**
 * File mode in a real browser (Debian's Chromium): the built pane outside Office (office.js blocked), a real plan
 * picked → Đọc bảng → problems → Tạo bảng theo dõi → Tải tệp theo dõi; the download equals `chiso track`'s file for
 * the same day (`?today=` fixes it). Screenshots of each step go to artifacts/e2e/; axe-core checks each state.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { runChiso } from '../support/cli';
import { DIENBAN, HANOI, tempDir } from '../taskpane/helpers';
import { axeSerious, pageErrors, shot, useBrowser } from './harness';
import { button, chooseFile, idle, openFileMode, openTab, openTabByKeyboard, pick, picker, tabTo } from './pane';
import { workbookDigest } from './workbook-digest';

jest.setTimeout(180_000);

const TODAY = '2025-06-30';
const e2e = useBrowser();
const dir = tempDir();

async function cliTracker(file: string): Promise<Buffer> {
  const out = path.join(dir, `cli-${path.basename(file)}`);
  expect((await runChiso(['track', file, '-o', out, '--today', TODAY])).code).toBe(0);
  return readFileSync(out);
}

describe.each([
  ['hanoi', HANOI, 4],
  ['dienban', DIENBAN, 1],
])('file mode on the %s plan', (name, file, tables) => {
  it('goes from the picked file to a downloaded tracker equal to `chiso track`', async () => {
    await e2e.withPage(async ({ page, aborted }) => {
      await openFileMode(page, e2e.server, TODAY);
      // The browser page: office.js is not even asked for, and no Office.js notice shows (that is for Office).
      await page.locator('[data-mode="file"]').waitFor();
      expect(aborted).not.toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(await page.locator('[data-host-status]').count()).toBe(0);
      await shot(page, `${name}-1-start`);
      expect(await axeSerious(page)).toEqual([]);

      await pick(page, file);
      await button(page, 'Đọc bảng').click();
      await page.locator('[data-tables]').waitFor();
      await idle(page);
      expect(await page.locator('[data-table]').count()).toBe(tables);
      // Each column has its role dropdown.
      expect(await page.getByRole('combobox', { name: /^Vai trò cột B/ }).count()).toBe(tables);
      await shot(page, `${name}-2-read`);
      expect(await axeSerious(page)).toEqual([]);

      // A problem, clicked: file mode names its cell.
      const problem = page.locator('[data-problem]').first();
      const where = await problem.getAttribute('data-problem');
      await problem.click();
      await page.locator('[data-selection]').waitFor();
      const [sheet, cell] = where!.split('!');
      expect(await page.locator('[data-selection]').textContent()).toContain(cell);
      expect(await page.locator('[data-selection]').textContent()).toContain(sheet);

      await openTab(page, 'Theo dõi');
      await button(page, 'Tạo bảng theo dõi').click();
      await page.locator('[data-summary]').waitFor();
      await idle(page);
      expect(Number(await page.locator('[data-stat="tasks"]').textContent())).toBeGreaterThan(0);
      expect(await page.locator('[data-sheet-link="Tổng hợp"]').count()).toBe(1);
      await shot(page, `${name}-3-tracker`);
      expect(await axeSerious(page)).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Tải tệp theo dõi').click()]);
      expect(download.suggestedFilename()).toBe(`${path.basename(file, '.xlsx')}-theo-doi.xlsx`);
      const saved = path.join(dir, `pane-${name}.xlsx`);
      await download.saveAs(saved);
      const [mine, cli] = [await workbookDigest(readFileSync(saved)), await workbookDigest(await cliTracker(file))];
      expect(mine.map((s) => s.name)).toEqual(cli.map((s) => s.name));
      expect(mine).toEqual(cli);
      expect(pageErrors(page)).toEqual([]);
    });
  });
});

describe('file mode: what-if and the keyboard', () => {
  it('edits an estimate, sees the total move, writes it to the score tracker', async () => {
    await e2e.withPage(async ({ page }) => {
      await openFileMode(page, e2e.server, TODAY);
      await pick(page, HANOI);
      await button(page, 'Đọc bảng').click();
      await idle(page);
      await openTab(page, 'Giả định');
      await page.locator('[data-whatif]').waitFor();
      await idle(page);
      const total = page.locator('[data-projection="total"]');
      const before = await total.textContent();
      const input = page.getByRole('textbox', { name: /^Ước đạt 1\.1 / });
      await input.fill('0,5');
      await page.locator('[data-edited="1"]').waitFor();
      expect(await total.textContent()).not.toBe(before);
      await shot(page, 'hanoi-4-whatif');
      expect(await axeSerious(page)).toEqual([]);
      await button(page, 'Ghi vào bảng theo dõi').click();
      await page.locator('[data-notice]').waitFor();
      await idle(page);
      await shot(page, 'hanoi-5-whatif-written');
      await openTab(page, 'Theo dõi');
      const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Tải tệp theo dõi').click()]);
      const saved = path.join(dir, 'pane-whatif.xlsx');
      await download.saveAs(saved);
      const book = await workbookDigest(readFileSync(saved));
      const tracker = book.find((s) => s.name === 'Theo dõi Phụ lục 2')!;
      // Row of criterion 1.1 (STT "1.1" in column B, text: a label is never a decimal number): "Ước đạt" (G) holds 0.5.
      const row = Object.entries(tracker.cells)
        .find(([a, v]) => /^B\d+$/.test(a) && v === 'string:1.1')![0]
        .slice(1);
      expect(tracker.cells[`G${row}`]).toBe('number:0.5');
    });
  });

  it('works from the keyboard alone: pick, read, open a problem, build, download', async () => {
    await e2e.withPage(async ({ page }) => {
      await openFileMode(page, e2e.server, TODAY);
      // Space on the focused picker opens the chooser (chooseFile: the listener first, then the key).
      const spaceOnPicker = async () => {
        await tabTo(page, picker(page));
        await page.keyboard.press('Space');
      };
      await chooseFile(page, spaceOnPicker, DIENBAN);
      await page.locator('[data-file-name]').waitFor();
      await tabTo(page, button(page, 'Đọc bảng'));
      await page.keyboard.press('Enter');
      await page.locator('[data-tables]').waitFor();
      await idle(page);
      const problem = page.locator('[data-code="INVALID_DATE"]');
      await tabTo(page, problem);
      await page.keyboard.press('Enter');
      await page.locator('[data-selection]').waitFor();
      expect(await page.locator('[data-selection]').textContent()).toContain('F6');
      await openTabByKeyboard(page, 'Theo dõi');
      await tabTo(page, button(page, 'Tạo bảng theo dõi'));
      await page.keyboard.press('Space');
      await page.locator('[data-summary]').waitFor();
      await idle(page);
      await tabTo(page, button(page, 'Tải tệp theo dõi'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('dienban-2025-phan-cong-theo-doi.xlsx');
      await shot(page, 'dienban-4-keyboard');
    });
  });
});
