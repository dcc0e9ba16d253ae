/**
 * Driving the pane in a browser page as a user does: its buttons by name, the tabs (by mouse and by keyboard), the
 * file picker, and waiting for a flow to finish.
 */
import type { Locator, Page } from 'playwright-core';
import type { Server } from './harness';

/** Presses Tab until `target` has the focus (at most `max` times); fails when it never does. */
export async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: no such element');
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`tabTo: the element never got the focus after ${max} Tab presses`);
}

/** Selects the pane's tab whose accessible name starts with `name` (a tab may carry a count badge after it). */
export async function openTab(page: Page, name: string): Promise<void> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tab = page.getByRole('tab', { name: new RegExp(`^${escaped}`) });
  await tab.click();
  await page.waitForFunction((el) => el?.getAttribute('aria-selected') === 'true', await tab.elementHandle());
}

/** The keyboard way to `openTab`: Tab to the tab list's current tab, arrow keys to `name`, Enter. */
export async function openTabByKeyboard(page: Page, name: string): Promise<void> {
  const current = page.locator('[role="tab"][aria-selected="true"]');
  await tabTo(page, current);
  const target = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  const handle = await target.elementHandle();
  for (let i = 0; i < 10 && !(await handle.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction((el) => el?.getAttribute('aria-selected') === 'true', handle);
}

/** The pane's button named exactly `name`. */
export const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });

/** File mode's picker, "Chọn tệp kế hoạch". */
export const picker = (page: Page): Locator => button(page, 'Chọn tệp kế hoạch');

/** Waits until no flow runs (no [data-busy] status). */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-busy]'));
}

/** The page in file mode (`?today=` fixes the tracker's day), once its picker shows. */
export async function openFileMode(page: Page, server: Server, today: string): Promise<void> {
  await page.goto(`${server.url}/taskpane.html?today=${today}`);
  await picker(page).waitFor();
}

/**
 * Opens the file chooser with `open` (a click, or the focus moved and a key pressed) and gives it `file`.
 * Playwright asks Chromium to intercept file choosers when the first 'filechooser' listener subscribes, and does not
 * wait for Chromium's answer: with `Promise.all([waitForEvent('filechooser'), keyboard.press(…)])` the key can reach
 * Chromium first, the chooser then opens unseen and the wait times out. So the listener subscribes first, and `open`
 * starts only after a round trip to the page, which returns after the interception request was sent.
 */
export async function chooseFile(page: Page, open: () => Promise<void>, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => document.readyState);
  await open();
  await (await chooser).setFiles(file);
}

/** Picks `file` with the picker, then waits for the file's name and "Đọc bảng". */
export async function pick(page: Page, file: string): Promise<void> {
  await chooseFile(page, () => picker(page).click(), file);
  await page.locator('[data-file-name]').waitFor();
  await button(page, 'Đọc bảng').waitFor();
}
