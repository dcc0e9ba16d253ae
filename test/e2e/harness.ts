/**
 * Browser end-to-end harness: the built dist/ (built here when missing or older than what it is built from), a tiny
 * static server on 127.0.0.1, Debian's Chromium through playwright-core with every non-loopback request aborted,
 * screenshots into artifacts/e2e/, and an axe-core check. A test file's set-up is `useBrowser()`; pane.ts drives the
 * pane itself.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { newestMtime } from '../support/compiled-cli';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const CHROMIUM = process.env.CHISO_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * dist/ is current when it is newer than all it is built from: src/, scripts/ (webpack runs the compiled build
 * scripts), webpack.config.js and the tsconfig*.json files (tsconfig.json drives ts-loader; tsconfig.cli.json and
 * tsconfig.scripts.json compile those build scripts).
 */
function distIsCurrent(): boolean {
  const page = path.join(DIST, 'taskpane.js');
  if (!fs.existsSync(page) || !fs.existsSync(path.join(DIST, 'taskpane.html'))) return false;
  const built = fs.statSync(page).mtimeMs;
  const configs = fs
    .readdirSync(ROOT)
    .filter((n) => /^tsconfig.*\.json$/.test(n) || n === 'webpack.config.js')
    .map((n) => path.join(ROOT, n));
  return (
    newestMtime(path.join(ROOT, 'src')) <= built &&
    newestMtime(path.join(ROOT, 'scripts')) <= built &&
    configs.every((f) => fs.statSync(f).mtimeMs <= built)
  );
}

/** Runs node on `args` in the repository; throws with the output on failure. */
function runNode(what: string, args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/**
 * Makes sure dist/ holds a build of the current sources (`npm test` on a clean clone has none yet): builds it with
 * webpack in production mode, one test file at a time (a lock directory), and fails with webpack's output.
 */
export async function ensureDist(): Promise<void> {
  const lock = path.join(ROOT, '.e2e-build.lock');
  for (;;) {
    if (distIsCurrent()) return;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is building (or died while building: a lock older than 10 minutes is taken over).
      if (Date.now() - fs.statSync(lock).mtimeMs > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      if (distIsCurrent()) return;
      // webpack runs the compiled build scripts (lib/scripts/): bring lib/ up to date first, or dist/ would be built
      // by stale ones. `tsc -b` rather than `npm run build:cli` (the same projects with --force): it builds what is
      // missing (it checks its outputs exist) and rewrites only what changed, so a current lib/ that other test files
      // are reading is left alone.
      const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      runNode('tsc', [tsc, '-b', 'tsconfig.cli.json', 'tsconfig.scripts.json']);
      const webpack = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
      runNode('webpack', [webpack, '--mode', 'production']);
      // webpack leaves a file it would write unchanged alone: mark the build as current, or a source edit that does
      // not change taskpane.js (taskpane.html, a comment) would rebuild at every run.
      const now = new Date();
      fs.utimesSync(path.join(DIST, 'taskpane.js'), now, now);
      return;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port); nothing outside `root` is served. */
export async function serve(root: string): Promise<Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** The office.js stand-in (an Excel test host); without it the office.js request is aborted (file mode). */
  officeScript?: string;
  /** A user agent other than Chromium's own (an old Office webview). */
  userAgent?: string;
  /** Default: 480 × 900, a task pane's size. */
  viewport?: { width: number; height: number };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** The outside requests aborted. */
  aborted: string[];
  /** Every request the page made, in order. */
  requested: string[];
}

/**
 * A page whose requests stay on the loopback server: the office.js CDN request is answered with `officeScript`
 * (an Excel test host) or aborted like every other outside request (file mode: office.js "cannot be loaded").
 */
export async function openPage(browser: Browser, server: Server, opts: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'vi-VN',
    viewport: opts.viewport ?? { width: 480, height: 900 },
    userAgent: opts.userAgent,
  });
  const aborted: string[] = [];
  const requested: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(`${server.url}/`)) return route.continue();
    if (url === OFFICE_CDN && opts.officeScript !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: opts.officeScript });
    }
    aborted.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as unknown as { chisoErrors: string[] }).chisoErrors = errors;
  return { context, page, aborted, requested };
}

/** What a test file's browser tests share: dist/ served on the loopback and one Chromium. */
export interface Browsing {
  readonly server: Server;
  readonly browser: Browser;
  /**
   * Opens a page (`openPage`; on `server` when given, else the file's own), runs `body` on it, and closes its
   * context whether `body` passed or failed.
   */
  withPage(body: (opened: OpenedPage) => Promise<void>): Promise<void>;
  withPage(opts: PageOptions & { server?: Server }, body: (opened: OpenedPage) => Promise<void>): Promise<void>;
}

/**
 * Sets up the calling test file: its beforeAll builds dist/ when needed (`ensureDist`), serves it and launches
 * Chromium; its afterAll closes both. The returned object reaches them once beforeAll has run.
 */
export function useBrowser(): Browsing {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureDist();
    server = await serve(DIST);
    browser = await launch();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !browser) throw new Error('useBrowser: beforeAll has not run');
    return { server, browser };
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    async withPage(
      a: (PageOptions & { server?: Server }) | ((opened: OpenedPage) => Promise<void>),
      b?: (opened: OpenedPage) => Promise<void>,
    ): Promise<void> {
      const [opts, body] = typeof a === 'function' ? [{}, a] : [a, b!];
      const opened = await openPage(started().browser, opts.server ?? started().server, opts);
      try {
        await body(opened);
      } finally {
        await opened.context.close();
      }
    },
  };
}

export function pageErrors(page: Page): string[] {
  return (page as unknown as { chisoErrors?: string[] }).chisoErrors ?? [];
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core in the page; returns the serious and critical violations. Only Fluent's tabster focus sentinels
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`, put at both ends of the TabList's arrow-key group to hand the
 * focus on at once) are left out: axe reads them as "aria-hidden-focus", yet no one can stay focused on one.
 */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!has) await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
