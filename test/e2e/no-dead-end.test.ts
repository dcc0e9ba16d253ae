/**
 * Issue 19, item 2 in a real browser (Debian's Chromium), at a desktop's 1280 px and a task pane's 360 px: in file
 * mode every visible button and link leads somewhere (a click changes what is shown, downloads a file or opens the
 * file chooser), and the flows that used to end nowhere now answer: tables read when the file is picked, a clicked
 * problem's place next to it (a Word plan's "Bảng N, hàng R, cột C"), the as-of day, a tracker sheet shown in the
 * page, generated appendices downloaded, several dropped trackers rolled up with a per-unit table, an .xls told to
 * be re-saved, a workbook without tables told so. Screenshots go to artifacts/e2e/.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { Download, FileChooser, Locator, Page } from 'playwright-core';
import { runCli } from '../../src/cli/cli';
import { writeTablelessWorkbook } from '../support/cli';
import { planFile } from '../support/fixtures';
import { DIENBAN, HANOI, tempDir } from '../taskpane/helpers';
import { axeSerious, pageErrors, shot, useBrowser } from './harness';
import { button, chooseFile, idle, openFileMode, openTab, picker } from './pane';

jest.setTimeout(600_000);

const TODAY = '2025-06-30';
const e2e = useBrowser();
const dir = tempDir();
const quiet = { out: () => undefined, err: () => undefined, today: () => TODAY };
const WIDTHS = [1280, 360] as const;
let trackers: string[];
let noTables: string;

beforeAll(async () => {
  trackers = [];
  for (const [name, plan] of [
    ['thanh-pho.xlsx', HANOI],
    ['dien-ban.xlsx', DIENBAN],
  ] as const) {
    const out = path.join(dir, name);
    expect(await runCli(['track', plan, '-o', out, '--today', TODAY], quiet)).toBe(0);
    trackers.push(out);
  }
  const ward = path.join(dir, 'bang-phuong.xlsx');
  expect(await runCli(['cascade', HANOI, '--unit', 'cấp xã', '--name', 'UBND phường Tây Hồ', '-o', ward], quiet)).toBe(
    0,
  );
  const wardTracker = path.join(dir, 'phuong-tay-ho.xlsx');
  expect(await runCli(['track', ward, '-o', wardTracker, '--today', TODAY], quiet)).toBe(0);
  trackers.push(wardTracker);
  // A workbook without any appendix table, written by another library (exceljs).
  noTables = path.join(dir, 'ghi-chu.xlsx');
  await writeTablelessWorkbook(noTables);
}, 600_000);

/** Counts the page's visible changes (nodes added or removed, text changed) from now on. */
async function watchChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __changes: number };
    w.__changes = 0;
    new MutationObserver((list) => (w.__changes += list.length)).observe(document.body, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

const changes = (page: Page) => page.evaluate(() => (window as unknown as { __changes: number }).__changes);

/** Drops `files` (bytes and names) onto the page as a user's drag-and-drop does. */
async function dropFiles(page: Page, files: Array<{ file: string; name?: string }>): Promise<void> {
  const payload = files.map((f) => ({
    b64: readFileSync(f.file).toString('base64'),
    name: f.name ?? path.basename(f.file),
  }));
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const { b64, name } of items) {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      dt.items.add(new File([arr], name));
    }
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

interface Clicked {
  name: string;
  led: 'change' | 'download' | 'chooser';
}

/**
 * Clicks every visible, enabled button and link in `scope` once (by accessible name; the problem list's buttons:
 * the first three, they all do the same), including those a click makes appear, and records what each led to.
 * Fails on the first one after which nothing changed, nothing was downloaded and no file chooser opened.
 */
async function clickEverything(page: Page, scope: Locator, done: Set<string>, out: Clicked[]): Promise<void> {
  const downloads: Download[] = [];
  const choosers: FileChooser[] = [];
  const onDownload = (d: Download) => downloads.push(d);
  const onChooser = (c: FileChooser) => choosers.push(c);
  page.on('download', onDownload);
  page.on('filechooser', onChooser);
  let problems = 0;
  try {
    for (;;) {
      let next: { el: Locator; key: string } | null = null;
      for (const el of await scope.locator('button, a[href], [role="link"]').all()) {
        if (!(await el.isVisible()) || (await el.isDisabled())) continue;
        if ((await el.getAttribute('role')) === 'tab') continue;
        const problem = (await el.getAttribute('data-problem')) !== null;
        const name = ((await el.getAttribute('aria-label')) ?? (await el.innerText())).trim().slice(0, 60);
        const key = problem ? `problem:${name}` : name;
        // The language switch goes last (it renames every other button), and so does nothing else here.
        if (done.has(key) || name === 'English' || (problem && problems >= 3)) continue;
        next = { el, key };
        if (problem) problems++;
        break;
      }
      if (!next) return;
      done.add(next.key);
      const [c0, d0, f0] = [await changes(page), downloads.length, choosers.length];
      await next.el.scrollIntoViewIfNeeded();
      await next.el.click();
      // What a click leads to may take a moment (a chunk to load, a file to write): wait up to 10 s for a first
      // sign, then let the flow finish and name the strongest (a download over the busy note it showed meanwhile).
      const seen = async () => downloads.length > d0 || choosers.length > f0 || (await changes(page)) > c0;
      for (let t = 0; t < 100 && !(await seen()); t++) await page.waitForTimeout(100);
      await idle(page);
      await page.waitForTimeout(300);
      const led: Clicked['led'] | null =
        downloads.length > d0
          ? 'download'
          : choosers.length > f0
            ? 'chooser'
            : (await changes(page)) > c0
              ? 'change'
              : null;
      if (!led) throw new Error(`"${next.key}" led nowhere: nothing changed, nothing downloaded, no file chooser`);
      out.push({ name: next.key, led });
    }
  } finally {
    page.off('download', onDownload);
    page.off('filechooser', onChooser);
  }
}

describe.each(WIDTHS)('file mode at %i px', (width) => {
  const viewport = { width, height: 900 };

  it('every visible button and link leads somewhere', async () => {
    await e2e.withPage({ viewport }, async ({ page }) => {
      await openFileMode(page, e2e.server, TODAY);
      // The first screen speaks to someone who opened the page directly.
      const intro = (await page.locator('[data-mode="file"]').innerText()) ?? '';
      expect(intro).toContain('Chọn tệp kế hoạch có các bảng phụ lục');
      expect(intro).not.toContain('add-in');
      await shot(page, `nodeadend-${width}-1-start`);
      await chooseFile(page, () => picker(page).click(), HANOI);
      // Picking is reading: the tables show without pressing "Đọc bảng".
      await page.locator('[data-tables]').waitFor();
      await idle(page);
      await watchChanges(page);
      const done = new Set<string>();
      const clicked: Clicked[] = [];
      const main = page.locator('main');
      for (const tab of ['Bảng & lỗi', 'Theo dõi', 'Giả định', 'Phụ lục', 'Hàm']) {
        await openTab(page, tab);
        await idle(page);
        if (tab === 'Theo dõi') await button(page, 'Tạo bảng theo dõi').click();
        await idle(page);
        await clickEverything(page, main, done, clicked);
        await shot(page, `nodeadend-${width}-2-${tab.replace(/\W+/g, '')}`);
      }
      const names = clicked.map((c) => c.name);
      // The ones that used to end nowhere are among them, and lead where they should.
      const led = (name: string) => clicked.find((c) => c.name === name)?.led;
      expect(led('Tổng hợp')).toBe('change');
      expect(led('Tải tệp theo dõi')).toBe('download');
      expect(led('Tải tệp Excel (.xlsx)')).toBe('download');
      expect(led('Tải văn bản Word (.docx)')).toBe('download');
      expect(led('Chọn các tệp theo dõi')).toBe('chooser');
      expect(names.filter((n) => n.startsWith('problem:')).length).toBeGreaterThan(0);
      expect(names).toContain('Đóng trang xem');
      // Last, the language switch: the whole page changes language.
      await button(page, 'English').click();
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).waitFor();
      expect(pageErrors(page)).toEqual([]);
    });
  });

  it('answers where it used to stop: problem place, as-of day, sheet view, appendix downloads', async () => {
    await e2e.withPage({ viewport }, async ({ page }) => {
      await openFileMode(page, e2e.server, TODAY);
      await chooseFile(page, () => picker(page).click(), planFile('hanoi-2025-phu-luc.docx'));
      await page.locator('[data-tables]').waitFor();
      await idle(page);
      // A Word plan's problem: its place in the document, right under the problem clicked.
      const problem = page.locator('[data-problem]').first();
      await problem.click();
      const place = page.locator('[data-selection]');
      await place.waitFor();
      expect(await place.textContent()).toMatch(/^Bảng \d+, (hàng \d+, cột \d+|tiêu đề) trong văn bản Word/);
      const [p, q] = [await problem.boundingBox(), await place.boundingBox()];
      expect(q!.y - (p!.y + p!.height)).toBeLessThan(24);
      expect(await place.isVisible()).toBe(true);
      await shot(page, `nodeadend-${width}-3-word-place`);

      // The as-of day: shown, changed, and the tracker follows it.
      await openTab(page, 'Theo dõi');
      const asOf = page.locator('input[data-as-of]');
      expect(await asOf.inputValue()).toBe(TODAY);
      await asOf.fill('2026-03-31');
      await button(page, 'Tạo bảng theo dõi').click();
      await page.locator('[data-summary]').waitFor();
      await idle(page);
      expect(await page.locator('[data-summary]').textContent()).toContain('31/03/2026');
      // A tracker sheet opens in the page.
      const link = page.locator('[data-sheet-link]').nth(1);
      const sheet = (await link.getAttribute('data-sheet-link'))!;
      await link.click();
      const preview = page.locator(`[data-preview="${sheet}"]`);
      await preview.waitFor();
      expect(await preview.locator('td').count()).toBeGreaterThan(10);
      await preview.scrollIntoViewIfNeeded();
      await shot(page, `nodeadend-${width}-4-sheet-view`);
      // The page never scrolls sideways (the sheet scrolls inside its box).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeSerious(page)).toEqual([]);

      // Next year's plan and a ward's table download, as .xlsx and .docx.
      await openTab(page, 'Phụ lục');
      for (const [mode, fill] of [
        ['Phụ lục năm sau từ kế hoạch năm trước (sổ đang mở)', null],
        ['Bảng nhiệm vụ cho đơn vị cấp dưới (từ kế hoạch đang mở)', 'UBND phường Tây Hồ'],
      ] as const) {
        await page.getByRole('radio', { name: mode }).check();
        if (fill) await page.getByRole('textbox', { name: 'Tên đơn vị trên tiêu đề (không bắt buộc)' }).fill(fill);
        await button(page, 'Tạo phụ lục').click();
        await page.locator('[data-generated-downloads]').waitFor();
        for (const [label, ext] of [
          ['Tải tệp Excel (.xlsx)', '.xlsx'],
          ['Tải văn bản Word (.docx)', '.docx'],
        ]) {
          const [download] = await Promise.all([page.waitForEvent('download'), button(page, label).click()]);
          expect(path.extname(download.suggestedFilename())).toBe(ext);
          const saved = path.join(dir, `${width}-${download.suggestedFilename()}`);
          await download.saveAs(saved);
          // A zip package holding the workbook's or the document's main part.
          expect(readFileSync(saved).toString('latin1')).toContain(
            ext === '.xlsx' ? 'xl/workbook.xml' : 'word/document.xml',
          );
        }
        if (fill) expect(await page.locator('[data-generated-downloads]').count()).toBe(1);
      }
      await shot(page, `nodeadend-${width}-5-generated`);
      expect(pageErrors(page)).toEqual([]);
    });
  });

  it('several trackers dropped are rolled up, with the per-unit table; .xls and "no tables" say what to do', async () => {
    await e2e.withPage({ viewport }, async ({ page }) => {
      await openFileMode(page, e2e.server, TODAY);
      await dropFiles(
        page,
        trackers.map((file) => ({ file })),
      );
      const many = page.locator('[data-many]');
      await many.waitFor();
      expect(await many.textContent()).toContain('Đã thả 3 tệp');
      expect(await page.locator('[data-file-name]').count()).toBe(0);
      expect(await page.locator('[data-rollup-count]').textContent()).toBe('Đã chọn 3 tệp.');
      await button(page, 'Đến Tổng hợp đơn vị').click();
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-rollup-run'))).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Tổng hợp và tải về').click()]);
      expect(download.suggestedFilename()).toBe(`tong-hop-${TODAY}.xlsx`);
      const units = page.locator('[data-rollup-units] tbody tr');
      await units.first().waitFor();
      expect(await units.count()).toBe(3);
      await page.locator('[data-rollup-units]').scrollIntoViewIfNeeded();
      await shot(page, `nodeadend-${width}-6-rollup`);
      expect(await axeSerious(page)).toEqual([]);

      // An old .xls: the CLI's advice.
      const xls = path.join(dir, 'ke-hoach.xls');
      const ole = Buffer.alloc(4096);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
      writeFileSync(xls, ole);
      await dropFiles(page, [{ file: xls }]);
      await page.locator('[data-error="FILE_XLS"]').waitFor();
      expect(await page.locator('[data-error="FILE_XLS"]').textContent()).toContain('lưu thành .xlsx');
      expect(await page.locator('[data-error="FILE_TYPE"]').count()).toBe(0);

      // A workbook without tables: says so, and nothing about problems.
      await dropFiles(page, [{ file: noTables }]);
      await page.locator('[data-no-tables]').waitFor();
      expect(await page.locator('[data-no-tables]').textContent()).toContain(
        'Không tìm thấy bảng phụ lục nào trong tệp này',
      );
      expect(await page.locator('[data-no-tables]').textContent()).not.toContain('Tất cả các trang');
      expect(await page.locator('#chiso-problems-title').count()).toBe(0);
      await shot(page, `nodeadend-${width}-7-no-tables`);
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
