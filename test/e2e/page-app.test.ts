/**
 * The browser page as an app (Debian's Chromium, the built dist/): offline after the first visit (service worker),
 * the Fluent picker "Chọn tệp kế hoạch", drag-and-drop, the tracker chart and its text alternative, and a new version
 * that announces itself and reloads without losing the picked file.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { HANOI } from '../taskpane/helpers';
import { DIST, axeSerious, pageErrors, serve, shot, useBrowser } from './harness';
import { button, idle, openFileMode, openTab, pick, picker } from './pane';
import { workbookDigest } from './workbook-digest';
import { BUCKETS } from '../../src/core/tracker/status';

jest.setTimeout(240_000);

const TODAY = '2025-06-30';
// Only the loopback server: anything else (office.js included) is aborted, and the page must not need it.
const e2e = useBrowser();

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Waits until the service worker controls the page (its install cached every built file). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

async function buildTracker(page: Page) {
  await button(page, 'Đọc bảng').click();
  await page.locator('[data-tables]').waitFor();
  await idle(page);
  await openTab(page, 'Theo dõi');
  await button(page, 'Tạo bảng theo dõi').click();
  await page.locator('[data-summary]').waitFor();
  await idle(page);
}

/** Drags `file` over the page (the drop zone lights up), then drops it, as from the file manager. */
async function drop(page: Page, file: string, name = path.basename(file)) {
  const bytes = fs.readFileSync(file).toString('base64');
  const fire = (types: string[]) =>
    page.evaluate((types) => {
      const w = window as unknown as { __dt: DataTransfer };
      const target = document.querySelector('main') ?? document.body;
      for (const type of types)
        target.dispatchEvent(new DragEvent(type, { dataTransfer: w.__dt, bubbles: true, cancelable: true }));
    }, types);
  await page.evaluate(
    ({ b64, name }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([arr], name));
      (window as unknown as { __dt: DataTransfer }).__dt = dt;
    },
    { b64: bytes, name },
  );
  await fire(['dragenter', 'dragover']);
  await page.locator('[data-dropzone="active"]').waitFor();
  await fire(['drop']);
  await page.locator('[data-dropzone="idle"]').waitFor();
}

it('works offline after the first visit: picks the plan, builds the tracker and downloads it', async () => {
  const before = sha(HANOI);
  await e2e.withPage(async ({ context, page }) => {
    await openFileMode(page, e2e.server, TODAY);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await picker(page).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await pick(page, HANOI);
    await buildTracker(page);
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Tải tệp theo dõi').click()]);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-offline-')), download.suggestedFilename());
    await download.saveAs(saved);
    const book = await workbookDigest(fs.readFileSync(saved));
    expect(book.map((s) => s.name)).toEqual(expect.arrayContaining(['Tổng hợp', 'Theo dõi Phụ lục 2']));
    expect(sha(HANOI)).toBe(before);
    await shot(page, 'page-offline-tracker');
    expect(pageErrors(page)).toEqual([]);
  });
});

it('the picker is a button named "Chọn tệp kế hoạch"; a dropped .xlsx opens, another type gets a message', async () => {
  await e2e.withPage(async ({ page }) => {
    await openFileMode(page, e2e.server, TODAY);
    expect(await picker(page).count()).toBe(1);
    for (const input of await page.locator('input[type="file"]').all()) expect(await input.isVisible()).toBe(false);
    expect(await axeSerious(page)).toEqual([]);
    await drop(page, path.join(__dirname, 'harness.ts'), 'notes.txt');
    await page.locator('[data-error="FILE_TYPE"]').waitFor();
    expect(await page.locator('[data-error="FILE_TYPE"]').textContent()).toContain('notes.txt');
    await drop(page, HANOI);
    await page.locator('[data-file-name]').waitFor();
    expect(await page.locator('[data-file-name]').textContent()).toContain(path.basename(HANOI));
    expect(await page.locator('[data-error="FILE_TYPE"]').count()).toBe(0);
    await button(page, 'Đọc bảng').waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});

it('after "Tạo bảng theo dõi" shows the status chart with a text alternative; axe finds nothing serious', async () => {
  await e2e.withPage(async ({ page }) => {
    await openFileMode(page, e2e.server, TODAY);
    await pick(page, HANOI);
    await buildTracker(page);
    const stat = async (k: string) => Number(await page.locator(`[data-stat="${k}"]`).textContent());
    const tasks = await stat('tasks');
    const counts: number[] = [];
    for (const b of BUCKETS) counts.push(await stat(b.key));
    // Every task in one bucket: the result adds up.
    expect(counts.reduce((a, n) => a + n, 0)).toBe(tasks);
    const chart = page.locator('[data-chart]');
    await chart.waitFor();
    // The status chart's accessible name states every bucket with its count, in the model's order.
    const byStatus = page.getByRole('img', {
      name: `${BUCKETS.map((b, i) => `${b.vi} ${counts[i]}`).join(', ')} (nhiệm vụ).`,
    });
    expect(await byStatus.count()).toBe(1);
    // The agency chart has a table with the same buckets: one row per lead agency, each adding up to its total.
    const table = page.getByRole('table', { name: 'Theo cơ quan chủ trì' });
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(3);
    for (let r = 0; r < rows; r++) {
      const row = table.locator('tbody tr').nth(r);
      const cells = (await row.locator('td[data-count]').allTextContents()).map(Number);
      expect(cells.slice(0, -1).reduce((a, n) => a + n, 0)).toBe(cells[cells.length - 1]);
    }
    expect(await chart.locator('[data-bar]').count()).toBeGreaterThan(rows);
    // A legend with every bucket; at most ten agency rows ("Khác" sums the rest).
    expect(await chart.locator('[data-chart-legend] li').allTextContents()).toEqual(BUCKETS.map((b) => b.vi));
    expect(rows).toBeLessThanOrEqual(10);
    await shot(page, 'page-chart');
    // Readable in a 360-px task pane: the names and numbers keep the pane's 12-px text.
    await page.setViewportSize({ width: 360, height: 800 });
    const sizes = await chart
      .locator('[data-chart-bars] span')
      .evaluateAll((els) => els.filter((e) => e.textContent).map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(rows);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    await chart.scrollIntoViewIfNeeded();
    await shot(page, 'page-chart-360');
    expect(await axeSerious(page)).toEqual([]);
  });
});

it('a new version announces itself and reloads on request, reopening the picked file', async () => {
  // A copy of dist/ whose sw.js changes, as a redeployment would.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-update-'));
  fs.cpSync(DIST, root, { recursive: true });
  const copy = await serve(root);
  try {
    await e2e.withPage({ server: copy }, async ({ page }) => {
      await page.goto(`${copy.url}/taskpane.html?today=${TODAY}`);
      await controlled(page);
      await pick(page, HANOI);
      expect(await page.locator('[data-update]').count()).toBe(0);
      fs.appendFileSync(path.join(root, 'sw.js'), '\n// a new build\n');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await page.locator('[data-update]').waitFor();
      expect(await page.locator('[data-update]').textContent()).toContain('Đã có phiên bản mới của chiso.');
      await shot(page, 'page-update');
      await Promise.all([page.waitForEvent('load'), button(page, 'Tải lại').click()]);
      await page.locator('[data-file-name]').waitFor();
      expect(await page.locator('[data-file-name]').textContent()).toContain(path.basename(HANOI));
      expect(await page.locator('[data-update]').count()).toBe(0);
      await button(page, 'Đọc bảng').click();
      await page.locator('[data-tables]').waitFor();
      expect(pageErrors(page)).toEqual([]);
    });
  } finally {
    await copy.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
