// A small hand-made dist/ for testing scripts/check-dist.ts: the real manifest.xml and icons, a page and
// bundles written here, and metadata for the nine catalogue ids. Each test breaks one thing in a copy.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXPECTED_IDS } from '../../scripts/check-dist';
import { listFiles } from '../../scripts/lib/check-page';
import { isCached, serviceWorkerSource } from '../../scripts/sw-plugin';

const ROOT = path.join(__dirname, '..', '..');
// The nine catalogue ids, as scripts/check-dist.ts expects them (one list, not a copy).
export const IDS: string[] = EXPECTED_IDS;

export const PAGE = [
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>chiso</title>',
  '<link rel="manifest" href="assets/chiso.webmanifest"><link rel="icon" href="assets/icon-32.png">',
  '</head><body><div id="root"></div>',
  '<main id="chiso-fallback" hidden><a id="chiso-open" href="https://localhost:3000/taskpane.html">Mở chiso</a></main>',
  '<script type="application/json" id="chiso-boot">',
  '{"office":"https://appsforoffice.microsoft.com/lib/1/hosted/office.js","scripts":["functions.js","taskpane.js"],"sw":"sw.js"}',
  '</script>',
  '<script>(function () { var boot = JSON.parse(document.getElementById("chiso-boot").text); window.b = boot; })();</script>',
  '</body></html>',
].join('\n');

/** (Re)writes dir/sw.js with the list of dir's files, as the build does. */
export function writeServiceWorker(dir: string): void {
  fs.writeFileSync(path.join(dir, 'sw.js'), serviceWorkerSource(listFiles(dir).filter(isCached).sort(), 'test'));
}

export function metadata(ids: string[], lang: 'en' | 'vi'): string {
  return JSON.stringify({
    functions: ids.map((id) => ({
      id,
      name: id,
      description: lang === 'vi' ? `Hàm ${id}` : `Function ${id}`,
      parameters: [{ name: 'value', description: lang === 'vi' ? 'giá trị' : 'value', type: 'number' }],
      result: { type: 'number' },
    })),
  });
}

/** Writes a good dist/ into a new temp directory and returns its path. */
export function makeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-dist-'));
  fs.copyFileSync(path.join(ROOT, 'manifest.xml'), path.join(dir, 'manifest.xml'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.copyFileSync(path.join(ROOT, 'assets', 'chiso.webmanifest'), path.join(dir, 'assets', 'chiso.webmanifest'));
  for (const size of [16, 32, 64, 80, 192, 512]) {
    fs.copyFileSync(path.join(ROOT, 'assets', `icon-${size}.png`), path.join(dir, 'assets', `icon-${size}.png`));
  }
  fs.writeFileSync(path.join(dir, 'taskpane.html'), PAGE);
  fs.writeFileSync(
    path.join(dir, 'functions.js'),
    IDS.map((id) => `CustomFunctions.associate("${id}", function () { return 0; });`).join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'taskpane.js'), 'document.title = "chiso";');
  fs.writeFileSync(path.join(dir, 'functions.json'), metadata(IDS, 'en'));
  fs.writeFileSync(path.join(dir, 'functions-vi.json'), metadata(IDS, 'vi'));
  writeServiceWorker(dir);
  return dir;
}

/** Rewrites one file of a dist with `edit`, failing loudly if the edit changed nothing (a test that tests nothing). */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  fs.writeFileSync(full, after);
}
