/**
 * Old Office webviews: taskpane.html in Internet Explorer (Trident), Edge Legacy (EdgeHTML 18) and an engine
 * without Promise/fetch shows the Vietnamese/English fallback, requests no app bundle (nor office.js) and raises no
 * page error; its inline loader parses as ES5. Chromium's engine stands in for the old ones: what is tested is
 * the loader's decision and that nothing of the app starts.
 */
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import { inlineScripts, pageBoot } from '../../scripts/lib/check-page';
import { DIST, axeSerious, pageErrors, shot, useBrowser, type OpenedPage, type PageOptions } from './harness';

jest.setTimeout(120_000);

export const UA = {
  trident: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
};

const e2e = useBrowser();

/**
 * Opens taskpane.html as Office opens it (with `_host_Info`) in a small pane, as `userAgent` (an old webview) or with
 * Promise and fetch taken away (`strip`), and runs `body` on it.
 */
function asOffice(
  opts: { userAgent?: string; strip?: boolean },
  body: (opened: OpenedPage) => Promise<void>,
): Promise<void> {
  const page: PageOptions = { userAgent: opts.userAgent, viewport: { width: 360, height: 800 } };
  return e2e.withPage(page, async (opened) => {
    if (opts.strip) await opened.page.addInitScript(stripPromiseAndFetch);
    await opened.page.goto(`${e2e.server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
    await body(opened);
  });
}

function stripPromiseAndFetch() {
  const w = window as unknown as Record<string, unknown>;
  delete w.Promise;
  delete w.fetch;
}

const bundles = (urls: string[]) => urls.filter((u) => /\.js(\?|$)/.test(u));

describe.each([
  ['Internet Explorer 11 (Trident)', { userAgent: UA.trident }, 'trident'],
  ['Edge Legacy (EdgeHTML 18)', { userAgent: UA.edgeHtml }, 'edgehtml'],
  ['an engine without Promise and fetch', { strip: true }, 'no-promise-fetch'],
])('taskpane.html in %s', (name, opts, why) => {
  it('shows the fallback in Vietnamese and English with the browser page, runs no bundle, raises no error', async () => {
    await asOffice(opts, async ({ page, requested }) => {
      const fallback = page.locator('#chiso-fallback');
      await fallback.waitFor({ state: 'visible' });
      expect(await fallback.getAttribute('data-unsupported')).toBe(why);
      const text = (await fallback.textContent()) ?? '';
      expect(text).toContain('chiso không chạy được trong Excel này / chiso cannot run in this Excel');
      expect(text).toContain('Microsoft Edge, Google Chrome');
      // Written for an official: no command line, no developer's address.
      expect(text).not.toContain('Node.js');
      expect(text).not.toContain('localhost:3000');
      expect(text).toContain('cán bộ công nghệ thông tin');
      // The link opens the browser page at the address this page was served from, in a new window.
      const link = page.getByRole('link', { name: 'Mở chiso trên trình duyệt / Open chiso in a browser' });
      const href = await link.getAttribute('href');
      expect(href).toBe(`${e2e.server.url}/taskpane.html`);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await page.locator('#chiso-address').textContent()).toBe(href);
      // No app: no script requested at all (neither the bundles nor office.js), no React root, no webpack runtime.
      await page.waitForTimeout(500);
      expect(bundles(requested)).toEqual([]);
      expect(await page.locator('#root').count()).toBe(0);
      expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('webpackChunk')))).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      expect(await axeSerious(page)).toEqual([]);
      await shot(page, `fallback-${why}`);
    });
  });
});

describe('the page itself', () => {
  const html = () => fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');

  it('has no <script src>; its inline loader parses as ES5 (acorn, ecmaVersion 5)', () => {
    expect(html()).not.toMatch(/<script\b[^>]*\bsrc=/i);
    const scripts = inlineScripts(html());
    expect(scripts.length).toBeGreaterThan(0);
    for (const code of scripts) expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // ES2015 syntax is refused at that level: the check can fail.
    expect(() => acorn.parse('const a = () => 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('in a current Chromium the loader starts office.js (inside Office only), functions.js, then taskpane.js', async () => {
    const boot = pageBoot(html())!;
    expect(boot.scripts).toEqual(['functions.js', 'taskpane.js']);
    await asOffice({}, async ({ page, requested }) => {
      await page.locator('#root main').waitFor();
      const js = bundles(requested).map((u) => u.replace(`${e2e.server.url}/`, ''));
      expect(js.slice(0, 3)).toEqual([boot.office, 'functions.js', 'taskpane.js']);
      expect(await page.locator('#chiso-fallback').isVisible()).toBe(false);
    });
  });
});
