/**
 * "Tự đánh giá" in file mode in a real browser (Debian's Chromium): the Hà Nội plan picked, the sheets built, a
 * self-score tried (the total moves by exactly what was typed, 0,75), a problem clicked (its cell named), and the
 * downloaded file holds the three sheets. Then the official's year as it runs: the tracker built first, the
 * self-assessment beside it (1.1 from the tracker's tasks, its problems on their own sheet). A screenshot goes to
 * artifacts/e2e/; axe-core checks the state.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { HANOI, tempDir } from '../taskpane/helpers';
import { axeSerious, pageErrors, shot, useBrowser } from './harness';
import { button, idle, openFileMode, openTab, pick } from './pane';

jest.setTimeout(240_000);

const TODAY = '2025-09-30';
const e2e = useBrowser();
const dir = tempDir();
const vn = (text: string | null) => Number((text ?? '').split('/')[0].trim().replace(/\./g, '').replace(',', '.'));

it('builds the self-assessment, tries a score live, selects a problem, downloads the sheets', async () => {
  await e2e.withPage(async ({ page }) => {
    await openFileMode(page, e2e.server, TODAY);
    await pick(page, HANOI);
    await openTab(page, 'Tự đánh giá');
    await button(page, 'Tạo trang tự đánh giá').click();
    await page.locator('[data-assess-outcome="ok"]').waitFor();
    const projected = page.locator('[data-projection="projected"]');
    const before = vn(await projected.textContent());
    const input = page.getByRole('textbox', { name: /^Điểm tự chấm tiêu chí 1\.3\.1 / });
    await input.fill('0,75');
    await page.locator('[data-assess-tried]').waitFor();
    // 1.3.1 had no self-score: the projected total grows by what was typed.
    expect(vn(await projected.textContent())).toBeCloseTo(before + 0.75, 9);
    expect(await page.locator('[data-projected="1.3.1"]').textContent()).toBe('0,75');
    const problem = page.locator('[data-problems-of] [data-problem]').first();
    const where = await problem.getAttribute('data-problem');
    await problem.click();
    await page.locator('[data-selection]').waitFor();
    expect(await page.locator('[data-selection]').textContent()).toContain(where!.split('!')[1]);
    await page.locator('[data-assess="totals"]').scrollIntoViewIfNeeded();
    await shot(page, 'assess-1-live');
    expect(await axeSerious(page)).toEqual([]);
    await idle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Tải tệp về').click()]);
    const saved = path.join(dir, 'pane-assess.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    // In the plan's workbook the problems go to "Vấn đề tự đánh giá": "Vấn đề" stays free for the tracker.
    expect(['Tự đánh giá', 'Tài liệu kiểm chứng', 'Vấn đề tự đánh giá'].every((n) => wb.getWorksheet(n))).toBe(true);
    expect(wb.getWorksheet('Vấn đề')).toBeUndefined();
    expect(pageErrors(page)).toEqual([]);
  });
});

it('beside the tracker: built after "Tạo bảng theo dõi", the tracker\'s "Vấn đề" kept, 1.1 counted from its tasks', async () => {
  await e2e.withPage(async ({ page }) => {
    await openFileMode(page, e2e.server, TODAY);
    await pick(page, HANOI);
    await openTab(page, 'Theo dõi');
    await button(page, 'Tạo bảng theo dõi').click();
    await page.locator('[data-summary]').waitFor();
    await idle(page);
    await openTab(page, 'Tự đánh giá');
    await button(page, 'Tạo trang tự đánh giá').click();
    await page.locator('[data-assess-outcome="ok"]').waitFor();
    const said = (await page.locator('[data-assess-outcome="ok"]').textContent()) ?? '';
    expect(said).toContain('"Vấn đề tự đánh giá"');
    expect(said).toContain('Nhiệm vụ hoàn thành 0/139');
    await shot(page, 'assess-2-beside-tracker');
    expect(await axeSerious(page)).toEqual([]);
    await idle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Tải tệp về').click()]);
    const saved = path.join(dir, 'pane-tracker-assess.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ['Tổng hợp', 'Vấn đề', 'Tự đánh giá', 'Tài liệu kiểm chứng', 'Vấn đề tự đánh giá'])
      expect(names).toContain(n);
    expect(pageErrors(page)).toEqual([]);
  });
});
