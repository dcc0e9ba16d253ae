/**
 * Excel mode in a real browser: office.js answered by a test host (Office.onReady → Excel, Excel.run over H7's
 * recording fake) holding the Hà Nội plan. Read → a problem clicked selects its cell in the workbook → a column role
 * corrected and remembered → the tracker built (and refreshed) into the workbook → a tracker link selects A1.
 */
import type { Page } from 'playwright-core';
import { HANOI } from '../taskpane/helpers';
import { hostScript } from './excel-host';
import { axeSerious, pageErrors, shot, useBrowser } from './harness';
import { button, idle, openTab } from './pane';

jest.setTimeout(180_000);

/** What Office adds to the add-in's address (taskpane.html's loader then loads office.js). */
const IN_EXCEL = '_host_Info=Excel$Win32$16.01$vi-VN$$$$0';

const e2e = useBrowser();
let script: string;

beforeAll(async () => {
  script = await hostScript(HANOI);
}, 900_000);

interface BookView {
  sheets: Array<{ name: string; visibility: string; cells: number }>;
  selection: { sheet: string; address: string } | null;
  active: string;
  settings: Array<[string, unknown]>;
}

const book = (page: Page): Promise<BookView> =>
  page.evaluate(() => {
    const b = (
      window as unknown as {
        __chisoBook: {
          sheets: Array<{ name: string; visibility: string; cells: Map<number, unknown> }>;
          selection: BookView['selection'];
          active: string;
          settings: Map<string, unknown>;
        };
      }
    ).__chisoBook;
    return {
      sheets: b.sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: s.cells.size })),
      selection: b.selection,
      active: b.active,
      settings: [...b.settings.entries()],
    };
  });

it('reads, selects a problem’s cell, remembers a role, builds and refreshes the tracker in the workbook', async () => {
  await e2e.withPage({ officeScript: script }, async ({ page, aborted }) => {
    await page.goto(`${e2e.server.url}/taskpane.html?${IN_EXCEL}`);
    await page.locator('[data-mode="excel"]').waitFor();
    expect(aborted).toEqual([]);
    // In Excel: no file picker, no "outside Excel" notice.
    expect(await page.getByRole('button', { name: 'Chọn tệp kế hoạch' }).count()).toBe(0);
    expect(await page.locator('[data-host-status]').count()).toBe(0);
    await shot(page, 'excel-1-start');
    expect(await axeSerious(page)).toEqual([]);

    // The selected sheet only (Phụ lục 1, the active one).
    await button(page, 'Đọc bảng').click();
    await page.locator('[data-tables]').waitFor();
    await idle(page);
    expect(await page.locator('[data-table]').count()).toBe(1);
    // Every sheet.
    await page.getByRole('radio', { name: 'Tất cả các trang' }).check();
    await button(page, 'Đọc bảng').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-table]').length === 4);
    await idle(page);
    await shot(page, 'excel-2-read');
    expect(await axeSerious(page)).toEqual([]);

    // A problem on another sheet than the active one: Excel activates that sheet and selects the cell.
    const problem = page.locator('[data-problem^="Phụ lục 2!"]').first();
    const where = (await problem.getAttribute('data-problem'))!;
    await problem.click();
    await idle(page);
    const [sheet, cell] = where.split('!');
    await page.waitForFunction(
      (s) => (window as unknown as { __chisoBook: { active: string } }).__chisoBook.active === s,
      sheet,
    );
    expect((await book(page)).selection).toEqual({ sheet, address: cell });

    // Correct a column's role with its dropdown: remembered in the document settings, applied on the re-read.
    await page
      .getByRole('combobox', { name: /^Vai trò cột F/ })
      .first()
      .click();
    await page.getByRole('option', { name: 'Ghi chú' }).click();
    await page
      .getByRole('button', { name: /đã sửa/ })
      .first()
      .waitFor();
    await idle(page);
    const settings = new Map((await book(page)).settings);
    expect(JSON.parse(String(settings.get('chiso.roleCorrections')))).toEqual([
      expect.objectContaining({ sheet: 'Phụ lục 1', col: 'F', role: 'note' }),
    ]);
    // Undo the correction (back to the reader's role).
    await page
      .getByRole('button', { name: /đã sửa/ })
      .first()
      .click();
    await page.waitForFunction(() => !document.body.textContent?.includes('↺'));
    await idle(page);

    // Build: the tracker sheets land in the workbook.
    const before = (await book(page)).sheets.map((s) => s.name);
    await openTab(page, 'Theo dõi');
    await button(page, 'Tạo bảng theo dõi').click();
    await page.locator('[data-summary]').waitFor();
    await idle(page);
    const after = await book(page);
    const added = after.sheets.filter((s) => !before.includes(s.name));
    expect(added.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Tổng hợp', 'Theo dõi Phụ lục 1', 'Theo dõi Phụ lục 2', 'Vấn đề', '_chiso']),
    );
    expect(added.find((s) => s.name === '_chiso')?.visibility).toBe('Hidden');
    expect(added.find((s) => s.name === 'Theo dõi Phụ lục 1')!.cells).toBeGreaterThan(1000);
    await shot(page, 'excel-3-tracker');
    expect(await axeSerious(page)).toEqual([]);

    // A link to a tracker sheet selects its A1.
    await page.locator('[data-sheet-link="Theo dõi Phụ lục 1"]').click();
    await idle(page);
    expect((await book(page)).selection).toEqual({ sheet: 'Theo dõi Phụ lục 1', address: 'A1' });

    // Build again = refresh: the same sheets, rewritten in place.
    await button(page, 'Tạo bảng theo dõi').click();
    await page.getByText('Đã cập nhật bảng theo dõi có sẵn').waitFor();
    await idle(page);
    expect((await book(page)).sheets.map((s) => s.name)).toEqual(after.sheets.map((s) => s.name));
    expect(await page.locator('[data-error]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});

it('speaks English when Office’s display language is not Vietnamese', async () => {
  await e2e.withPage({ officeScript: await hostScript(HANOI, 'en-US') }, async ({ page }) => {
    await page.goto(`${e2e.server.url}/taskpane.html?${IN_EXCEL}`);
    await page.locator('[data-mode="excel"]').waitFor();
    await button(page, 'Read tables').click();
    await page.locator('[data-tables]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot(page, 'excel-4-english');
  });
});
