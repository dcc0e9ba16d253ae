/**
 * The pane's "Tổng hợp đơn vị" in a real browser (Debian's Chromium), file mode: three unit trackers, a plan and a
 * text file named .xlsx picked at once → the downloaded roll-up equals `chiso rollup`'s file for
 * the same files and day (file names as picked). Screenshots go to artifacts/e2e/; axe-core checks each state.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/cli';
import { ROLLUP_SHEETS } from '../core/rollup/units';
import { HANOI, tempDir } from '../taskpane/helpers';
import { axeSerious, pageErrors, shot, useBrowser } from './harness';
import { workbookDigest } from './workbook-digest';

jest.setTimeout(240_000);

const TODAY = '2025-09-30';
const e2e = useBrowser();
const dir = tempDir();
const quiet = { out: () => undefined, err: () => undefined, today: () => TODAY };
let files: string[];

beforeAll(async () => {
  // Units: the city's tracker and two wards' (cascade, then track), as a province collects them.
  const city = path.join(dir, 'thanh-pho.xlsx');
  expect(await runCli(['track', HANOI, '-o', city, '--today', TODAY], quiet)).toBe(0);
  files = [city];
  for (const ward of ['Ba Đình', 'Tây Hồ']) {
    const table = path.join(dir, `bang-${ward}.xlsx`);
    expect(
      await runCli(['cascade', HANOI, '--unit', 'cấp xã', '--name', `UBND phường ${ward}`, '-o', table], quiet),
    ).toBe(0);
    const tracker = path.join(dir, `phuong-${files.length}.xlsx`);
    expect(await runCli(['track', table, '-o', tracker, '--today', TODAY], quiet)).toBe(0);
    files.push(tracker);
  }
  copyFileSync(HANOI, path.join(dir, 'ke-hoach.xlsx'));
  writeFileSync(path.join(dir, 'ghi-chu.xlsx'), 'không phải sổ tính');
  files.push(path.join(dir, 'ke-hoach.xlsx'), path.join(dir, 'ghi-chu.xlsx'));
}, 900_000);

describe('file mode: Tổng hợp đơn vị', () => {
  it('reads the picked trackers and downloads the same roll-up as `chiso rollup`', async () => {
    await e2e.withPage(async ({ page }) => {
      await page.goto(`${e2e.server.url}/taskpane.html?today=${TODAY}`);
      // The picker is a Fluent button in Vietnamese; the browser's own input is hidden behind it.
      await page.getByRole('button', { name: 'Chọn các tệp theo dõi', exact: true }).waitFor();
      expect(await page.locator('#chiso-rollup-files').isVisible()).toBe(false);
      await page.locator('#chiso-rollup-files').setInputFiles(files);
      await page.locator('[data-rollup-count]').waitFor();
      expect(await page.locator('[data-rollup-count]').textContent()).toBe('Đã chọn 5 tệp.');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tổng hợp và tải về', exact: true }).click(),
      ]);
      await page.locator('[data-rollup-outcome="ok"]').waitFor();
      expect(download.suggestedFilename()).toBe(`tong-hop-${TODAY}.xlsx`);
      expect(await page.locator('[data-rollup-skipped] li').count()).toBe(2);
      await page.locator('[data-rollup]').scrollIntoViewIfNeeded();
      await shot(page, 'rollup-1-done');
      expect(await axeSerious(page)).toEqual([]);
      const saved = path.join(dir, 'pane-rollup.xlsx');
      await download.saveAs(saved);
      // The CLI on the same files, named as the pane names them (the file name, as picked).
      const cliOut = path.join(dir, 'cli-rollup.xlsx');
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        expect(
          await runCli(['rollup', ...files.map((f) => path.basename(f)), '-o', cliOut, '--today', TODAY], quiet),
        ).toBe(0);
      } finally {
        process.chdir(cwd);
      }
      const [mine, cli] = [await workbookDigest(readFileSync(saved)), await workbookDigest(readFileSync(cliOut))];
      expect(mine.map((s) => s.name)).toEqual(ROLLUP_SHEETS);
      expect(mine).toEqual(cli);
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
