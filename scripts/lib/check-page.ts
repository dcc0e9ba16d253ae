// check-dist's page part: taskpane.html's loader (plain ES5, starts office.js then functions.js then taskpane.js from
// its boot list, no static bundle <script> that Internet Explorer would run), every file the page and the web app
// manifest name, and sw.js's cache list equal to the build. Also used by the tests (pageBoot, inlineScripts).
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import { readServiceWorker, isCached, SW_FILE } from '../sw-plugin';

/** The loader's boot list (the page's <script type="application/json" id="chiso-boot">). */
export interface PageBoot {
  office?: unknown;
  scripts: string[];
  sw?: unknown;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const local = (ref: string): boolean => !/^(?:[a-z]+:|\/\/|#)/i.test(ref);
const fileOfRef = (ref: string): string => decodeURIComponent(ref.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
const exists = (dir: string, rel: string): boolean =>
  fs.existsSync(path.join(dir, rel)) && fs.statSync(path.join(dir, rel)).isFile();

/** A tag's attributes (quoted or not, as a minifier leaves them) by lower-case name. */
export function attrsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** The page's <script> elements: { attrs, body }. */
function scriptsOf(html: string): Array<{ attrs: Record<string, string>; body: string }> {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    attrs: attrsOf(m[1]),
    body: m[2],
  }));
}

/** The page's <link>, <img> and <a> elements' attributes, with the tag name. */
function refsOf(html: string): Array<Record<string, string>> {
  return [...html.matchAll(/<(link|img|a)\b([^>]*)>/gi)].map((m) => ({ tag: m[1].toLowerCase(), ...attrsOf(m[2]) }));
}

/** The inline JavaScript of the page (not the boot JSON). */
export function inlineScripts(html: string): string[] {
  return scriptsOf(html)
    .filter((s) => s.attrs.src === undefined && s.attrs.type !== 'application/json')
    .map((s) => s.body);
}

/** The loader's boot list: { office, scripts, sw }, or null when the page has none. */
export function pageBoot(html: string): PageBoot | null {
  const boot = scriptsOf(html).find((s) => s.attrs.id === 'chiso-boot');
  if (!boot) return null;
  try {
    return JSON.parse(boot.body) as PageBoot;
  } catch {
    return null;
  }
}

/** The fields of a web app manifest read here (parsed JSON: any may be missing). */
interface WebManifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  display?: string;
  icons?: unknown;
}
type ManifestIcon = { src?: string; sizes?: string } | null | undefined;

function checkWebManifest(distDir: string, href: string, problems: string[]): void {
  const rel = fileOfRef(href);
  let doc: WebManifest;
  try {
    doc = JSON.parse(fs.readFileSync(path.join(distDir, rel), 'utf8')) as WebManifest;
  } catch (e) {
    return void problems.push(`${rel} is not valid JSON: ${errorText(e)}`);
  }
  const base = new URL(rel, 'https://chiso.invalid/');
  const inDist = (ref: string): string | null => {
    const u = new URL(ref, base);
    return u.origin === base.origin ? decodeURIComponent(u.pathname.slice(1)) : null;
  };
  for (const key of ['name', 'short_name', 'start_url', 'display'] as const)
    if (!doc[key]) problems.push(`${rel} has no "${key}"`);
  if (doc.start_url && inDist(doc.start_url) !== 'taskpane.html')
    problems.push(`${rel}: start_url must be taskpane.html`);
  const icons: ManifestIcon[] = Array.isArray(doc.icons) ? (doc.icons as ManifestIcon[]) : [];
  for (const size of ['192x192', '512x512']) {
    if (!icons.some((i) => i && i.sizes === size)) problems.push(`${rel} needs a ${size} icon (installable page)`);
  }
  for (const icon of icons) {
    const file = icon && icon.src && inDist(icon.src);
    if (!file || !exists(distDir, file))
      problems.push(`${rel} names the icon ${String(icon && icon.src)}, which is not in dist/`);
  }
}

export function checkPage(distDir: string, problems: string[], officeJs: string): void {
  const file = path.join(distDir, 'taskpane.html');
  if (!fs.existsSync(file)) return void problems.push('taskpane.html is missing');
  const html = fs.readFileSync(file, 'utf8');
  const statics = scriptsOf(html)
    .map((s) => s.attrs.src)
    .filter((src) => src !== undefined);
  if (statics.length)
    problems.push(
      `taskpane.html has <script src> tags (${statics.join(', ')}): only its loader may start scripts (never in Internet Explorer)`,
    );
  for (const code of inlineScripts(html)) {
    try {
      acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' });
    } catch (e) {
      problems.push(`taskpane.html: an inline script is not plain ES5 (Internet Explorer 11 runs it): ${errorText(e)}`);
    }
  }
  const boot = pageBoot(html);
  if (!boot || !Array.isArray(boot.scripts))
    return void problems.push('taskpane.html has no <script type="application/json" id="chiso-boot"> list');
  if (boot.office !== officeJs) problems.push(`taskpane.html must load office.js from ${officeJs}`);
  const at = (name: string): number => boot.scripts.findIndex((s) => s === name || s.endsWith(`/${name}`));
  if (at('functions.js') < 0 || at('taskpane.js') < 0 || at('functions.js') > at('taskpane.js'))
    problems.push('taskpane.html must load office.js, then functions.js, then taskpane.js');
  for (const src of boot.scripts)
    if (!exists(distDir, fileOfRef(src))) problems.push(`taskpane.html loads ${src}, which is not in dist/`);
  if (boot.sw !== SW_FILE) problems.push(`taskpane.html must name the service worker ${SW_FILE}`);
  // Every local file the page names (links, icons, images).
  const refs = refsOf(html);
  for (const ref of refs.map((r) => r.href ?? r.src).filter((r) => r !== undefined && r !== '' && local(r))) {
    if (!exists(distDir, fileOfRef(ref))) problems.push(`taskpane.html names ${ref}, which is not in dist/`);
  }
  // The fallback (old webviews) sends officials to the browser page: the very page the add-in manifest opens.
  const open = refs.find((r) => r.tag === 'a' && r.id === 'chiso-open');
  const addin = fs.existsSync(path.join(distDir, 'manifest.xml'))
    ? /<DefaultSettings>[\s\S]*?<SourceLocation\s+DefaultValue="([^"]+)"/.exec(
        fs.readFileSync(path.join(distDir, 'manifest.xml'), 'utf8'),
      )
    : null;
  if (!open || !open.href)
    problems.push('taskpane.html has no <a id="chiso-open"> link to the browser page (the old-webview fallback)');
  else if (addin && open.href !== addin[1])
    problems.push(
      `taskpane.html's fallback link ${open.href} is not the add-in's page ${addin[1]} (build both with the same CHISO_URL)`,
    );
  const manifest = refs.find((r) => r.tag === 'link' && r.rel === 'manifest' && r.href);
  if (!manifest) problems.push('taskpane.html has no <link rel="manifest"> (the installable page)');
  else if (exists(distDir, fileOfRef(manifest.href))) checkWebManifest(distDir, manifest.href, problems);
}

/** Every file of dir (relative, "/" separators). */
export function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

export function checkServiceWorker(distDir: string, problems: string[]): void {
  const file = path.join(distDir, SW_FILE);
  if (!fs.existsSync(file)) return void problems.push(`${SW_FILE} is missing (the page's offline cache)`);
  const sw = readServiceWorker(fs.readFileSync(file, 'utf8'));
  if (!sw) return void problems.push(`${SW_FILE} has no FILES list and VERSION`);
  const built = listFiles(distDir).filter(isCached).sort();
  const listed = [...sw.files].sort();
  const missing = built.filter((f) => !listed.includes(f));
  const extra = listed.filter((f) => !built.includes(f));
  if (missing.length) problems.push(`${SW_FILE} does not cache ${missing.join(', ')}`);
  if (extra.length) problems.push(`${SW_FILE} caches ${extra.join(', ')}, which is not in dist/`);
}
