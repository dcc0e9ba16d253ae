#!/usr/bin/env node
// Offline check of the built add-in (dist/): the manifest is well-formed and consistent (every resid resolves,
// Office's length limits, no <Namespace>, no base requirement Excel 2016 lacks, the shared runtime and custom
// functions only behind VersionOverrides' requirements), every URL it gives under the add-in's base URL is a file in
// dist/, the page's ES5 loader starts office.js then functions.js and taskpane.js, every file the page and the web app
// manifest name exists, sw.js caches exactly the build, and the custom-function metadata (functions.json,
// functions-vi.json) holds exactly the catalogue. `office-addin-manifest validate` needs the network; this does not.
// Usage: npm run check-dist [-- distDir], or node lib/scripts/check-dist.js [distDir] after `npm run build:cli`
// (exit 1 and a list of problems on failure).
import * as fs from 'fs';
import * as path from 'path';
import { checkPage, checkServiceWorker } from './lib/check-page';
import { loadSpecs } from './lib/function-specs';
import { ROOT } from './lib/root';
import { localName, parseXml, walk, type Walked, type XmlNode } from './lib/xml';

/** The custom functions the add-in must declare: the ids of the function spec (src/core/score/specs.ts). */
export const EXPECTED_IDS: string[] = loadSpecs().FUNCTION_SPECS.map((f) => f.id);
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LIMITS: Record<string, number> = { resid: 32, ShortStrings: 125, LongStrings: 250 };
/**
 * The requirement sets every Excel from 2016 on has (Excel 2016 volume-licensed: ExcelApi 1.1; Microsoft's "Excel
 * JavaScript API requirement sets" table): the only sets the manifest's base <Requirements> may ask for.
 */
export const EXCEL_2016: Record<string, string> = { ExcelApi: '1.1' };
/** What VersionOverrides must ask for when it declares the shared runtime and the custom functions. */
export const OVERRIDE_SETS: Record<string, string> = { SharedRuntime: '1.1', CustomFunctionsRuntime: '1.1' };

/** Selects manifest elements by local name, ancestors (local names, root first) and the element. */
type Find = (pred: (name: string, path: string[], node: XmlNode) => boolean) => Walked[];

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Compares "1.10" and "1.9" as versions: negative, 0 or positive. */
function compareVersions(a: string, b: string): number {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The sets a <Sets> element asks for, as name → MinVersion (DefaultMinVersion when a <Set> gives none). */
function setsOf(setsNode: XmlNode): Map<string, string> {
  const out = new Map<string, string>();
  const dflt = setsNode.attrs.DefaultMinVersion || '1.1';
  for (const c of setsNode.children) if (localName(c.name) === 'Set') out.set(c.attrs.Name, c.attrs.MinVersion || dflt);
  return out;
}

/** Base requirements Excel 2016 has; the shared runtime and custom functions only where VersionOverrides asks for them. */
function checkRequirements(find: Find, problems: string[]): void {
  const base = find((name, p) => name === 'Sets' && p.length === 2 && p[1] === 'Requirements');
  for (const { node } of base) {
    for (const [name, version] of setsOf(node)) {
      if (!EXCEL_2016[name] || compareVersions(version, EXCEL_2016[name]) > 0)
        problems.push(
          `manifest: the base <Requirements> asks for ${name} ${version}, which Excel 2016 lacks (keep it in VersionOverrides)`,
        );
    }
  }
  if (find((name, p) => name === 'Methods' && p.length === 2 && p[1] === 'Requirements').length)
    problems.push('manifest: the base <Requirements> must not ask for <Methods> (Excel 2016 would refuse the add-in)');
  const vo = find((name, p) => name === 'VersionOverrides' && p.length === 1)[0];
  if (!vo) return;
  const req = vo.node.children.find((c) => localName(c.name) === 'Requirements');
  const sets = req && req.children.find((c) => localName(c.name) === 'Sets');
  const asked = sets ? setsOf(sets) : new Map<string, string>();
  const usesRuntime = find((name) => name === 'Runtimes').length > 0;
  const usesCf =
    find((name, _p, node) => name === 'ExtensionPoint' && node.attrs['xsi:type'] === 'CustomFunctions').length > 0;
  for (const [name, version] of Object.entries(OVERRIDE_SETS)) {
    if ((name === 'SharedRuntime' && !usesRuntime) || (name === 'CustomFunctionsRuntime' && !usesCf)) continue;
    const have = asked.get(name);
    if (have === undefined || compareVersions(have, version) < 0)
      problems.push(
        `manifest: <VersionOverrides><Requirements> must ask for ${name} ${version} (it declares what needs it)`,
      );
  }
}
// Which resource list a resid must come from, by the element that uses it.
const RESID_KIND: Record<string, string> = {
  SourceLocation: 'Urls',
  Runtime: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Image: 'Images',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Custom-function metadata (functions.json, functions-vi.json) as read here: parsed JSON, checked as it goes. */
interface Metadata {
  functions?: unknown;
}
interface MetadataFunction {
  id?: string;
  parameters?: unknown[];
}

function readJson(file: string, problems: string[]): Metadata | null {
  if (!fs.existsSync(file)) {
    problems.push(`${path.basename(file)} is missing`);
    return null;
  }
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Metadata;
  } catch (e) {
    problems.push(`${path.basename(file)} is not valid JSON: ${errorText(e)}`);
    return null;
  }
}

/** Collects bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings as id → { kind, values }. */
interface Resource {
  kind: string;
  values: string[];
  node: XmlNode;
}

function collectResources(nodes: Walked[], problems: string[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  for (const { node, path: ancestors } of nodes) {
    const kind = ancestors[ancestors.length - 1];
    if (
      ancestors[ancestors.length - 2] !== 'Resources' ||
      !['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(kind)
    )
      continue;
    const id = node.attrs.id;
    if (!id) {
      problems.push(`manifest line ${node.line}: a ${kind} resource has no id`);
      continue;
    }
    if (resources.has(id)) problems.push(`manifest line ${node.line}: resource id "${id}" is defined twice`);
    if (id.length > LIMITS.resid)
      problems.push(`manifest line ${node.line}: resource id "${id}" is longer than ${LIMITS.resid} characters`);
    const values: Array<string | undefined> = [node.attrs.DefaultValue];
    for (const o of node.children) if (localName(o.name) === 'Override') values.push(o.attrs.Value);
    if (values.some((v) => v === undefined || v === ''))
      problems.push(`manifest line ${node.line}: resource "${id}" has an empty value`);
    const limit = LIMITS[kind];
    for (const v of values) {
      if (limit && v && [...v].length > limit) {
        problems.push(
          `manifest line ${node.line}: ${kind} "${id}" is ${[...v].length} characters, more than ${limit}: "${v}"`,
        );
      }
    }
    resources.set(id, { kind, values: values.filter((v): v is string => Boolean(v)), node });
  }
  return resources;
}

/** The file in dist/ that a URL names, or null when the URL is not under the add-in's base URL. */
function fileOf(url: string, base: string): string | null {
  if (!url.startsWith(base)) return null;
  return decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, ''));
}

function checkManifest(distDir: string, problems: string[]): void {
  const file = path.join(distDir, 'manifest.xml');
  if (!fs.existsSync(file)) {
    problems.push('manifest.xml is missing');
    return;
  }
  let root: XmlNode;
  try {
    root = parseXml(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`manifest.xml is not well-formed XML: ${errorText(e)}`);
    return;
  }
  if (root.name !== 'OfficeApp' || root.attrs['xsi:type'] !== 'TaskPaneApp')
    problems.push('manifest root must be <OfficeApp xsi:type="TaskPaneApp">');
  const nodes = walk(root);
  const find: Find = (pred) => nodes.filter(({ node, path: p }) => pred(localName(node.name), p, node));
  const resources = collectResources(nodes, problems);

  for (const { node } of find((name) => name === 'Namespace')) {
    problems.push(
      `manifest line ${node.line}: <Namespace> must not be declared (function ids carry their own prefix, e.g. PAR.SCORE)`,
    );
  }
  for (const { node } of nodes) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const where = `manifest line ${node.line}: <${node.name}> resid "${resid}"`;
    if (resid.length > LIMITS.resid) problems.push(`${where} is longer than ${LIMITS.resid} characters`);
    const res = resources.get(resid);
    const want = RESID_KIND[localName(node.name)];
    if (!res) problems.push(`${where} is not defined in <Resources>`);
    else if (want && res.kind !== want) problems.push(`${where} should name a ${want} resource, not ${res.kind}`);
  }

  // The add-in's base URL is the directory of the default page (DefaultSettings/SourceLocation).
  const page = find((name, p) => name === 'SourceLocation' && p[p.length - 1] === 'DefaultSettings')[0];
  const pageUrl = page && page.node.attrs.DefaultValue;
  if (!pageUrl || !/^https:\/\/[^/]+\//.test(pageUrl)) {
    problems.push('manifest: <DefaultSettings><SourceLocation DefaultValue="https://…"> is missing or not https');
    return;
  }
  const base = pageUrl.slice(0, pageUrl.lastIndexOf('/') + 1);
  const mustExist = (url: string | undefined, what: string): void => {
    if (!url) return void problems.push(`manifest: ${what} has no URL`);
    if (!url.startsWith('https://')) return void problems.push(`manifest: ${what} ${url} is not https`);
    const rel = fileOf(url, base);
    if (rel === null) return void problems.push(`manifest: ${what} ${url} is not under the add-in's base URL ${base}`);
    if (!rel || !fs.existsSync(path.join(distDir, rel)) || !fs.statSync(path.join(distDir, rel)).isFile()) {
      problems.push(`manifest: ${what} ${url} → dist/${rel} does not exist`);
    }
  };
  mustExist(pageUrl, 'default page');
  for (const el of ['IconUrl', 'HighResolutionIconUrl']) {
    const hit = find((name, p) => name === el && p.length === 1)[0];
    if (!hit) problems.push(`manifest: <${el}> is missing`);
    else mustExist(hit.node.attrs.DefaultValue, `<${el}>`);
  }
  for (const [id, res] of resources) {
    if (res.kind !== 'Urls' && res.kind !== 'Images') continue;
    for (const url of res.values) {
      // Every image and every URL under the base must be a built file; other URLs (help links) only https.
      if (res.kind === 'Images' || fileOf(url, base) !== null) mustExist(url, `${res.kind} resource "${id}"`);
      else if (!url.startsWith('https://')) problems.push(`manifest: ${res.kind} resource "${id}" ${url} is not https`);
    }
  }

  // Requirement sets, then the shared runtime and the custom-functions extension point.
  checkRequirements(find, problems);
  if (
    !find((name, p) => name === 'Host' && p[p.length - 1] === 'Hosts' && p.length === 2).some(
      ({ node }) => node.attrs.Name === 'Workbook',
    )
  ) {
    problems.push('manifest: <Hosts> must contain <Host Name="Workbook"/>');
  }
  const runtime = find((name) => name === 'Runtime')[0];
  if (!runtime || runtime.node.attrs.lifetime !== 'long')
    problems.push('manifest: <Runtimes><Runtime lifetime="long"> is missing');
  const cf = find((name, _p, node) => name === 'ExtensionPoint' && node.attrs['xsi:type'] === 'CustomFunctions')[0];
  if (!cf) {
    problems.push('manifest: <ExtensionPoint xsi:type="CustomFunctions"> is missing');
    return;
  }
  const sourceOf = (part: string): Resource | undefined => {
    const el = cf.node.children.find((c) => localName(c.name) === part);
    const loc = el && el.children.find((c) => localName(c.name) === 'SourceLocation');
    return loc && resources.get(loc.attrs.resid);
  };
  const script = sourceOf('Script');
  const cfPage = sourceOf('Page');
  const metadata = sourceOf('Metadata');
  if (!script || !cfPage || !metadata)
    problems.push('manifest: the CustomFunctions extension point needs Script, Page and Metadata source locations');
  if (runtime && cfPage && runtime.node.attrs.resid !== cfPage.node.attrs.id)
    problems.push('manifest: the custom functions page must be the shared runtime page (same resid as <Runtime>)');
  if (metadata) {
    const files = metadata.node.children.filter((o) => localName(o.name) === 'Override');
    if (fileOf(metadata.node.attrs.DefaultValue, base) !== 'functions.json')
      problems.push('manifest: the metadata URL must be functions.json');
    const vi = files.find((o) => /^vi-vn$/i.test(o.attrs.Locale || ''));
    if (!vi || fileOf(vi.attrs.Value, base) !== 'functions-vi.json')
      problems.push('manifest: the metadata URL needs <Override Locale="vi-VN" Value="…/functions-vi.json"/>');
  }
}

function checkBundles(distDir: string, problems: string[]): void {
  const fn = path.join(distDir, 'functions.js');
  if (!fs.existsSync(fn)) return void problems.push('functions.js is missing');
  // The functions bundle runs in every workbook that uses a function: it must not carry the pane's UI.
  if (/Symbol\.for\("react\.element"\)|react\.production\.min|react-dom/.test(fs.readFileSync(fn, 'utf8'))) {
    problems.push('functions.js contains React: keep the UI out of the functions bundle');
  }
}

function checkMetadata(distDir: string, problems: string[]): void {
  const en = readJson(path.join(distDir, 'functions.json'), problems);
  const vi = readJson(path.join(distDir, 'functions-vi.json'), problems);
  /** The document's functions, or null (reported) when it has no "functions" array. */
  const functionsOf = (doc: Metadata | null, name: string): MetadataFunction[] | null => {
    if (!doc) return null;
    if (!Array.isArray(doc.functions)) {
      problems.push(`${name} has no "functions" array`);
      return null;
    }
    return doc.functions as MetadataFunction[];
  };
  const enFns = functionsOf(en, 'functions.json');
  const viFns = functionsOf(vi, 'functions-vi.json');
  const idsOf = (fns: MetadataFunction[] | null): Array<string | undefined> | null => fns && fns.map((f) => f && f.id);
  const enIds = idsOf(enFns);
  const viIds = idsOf(viFns);
  const want = [...EXPECTED_IDS].sort().join(', ');
  if (enIds && [...enIds].sort().join(', ') !== want)
    problems.push(`functions.json ids are [${enIds.join(', ')}], expected exactly [${want}]`);
  if (viIds && [...viIds].sort().join(', ') !== want)
    problems.push(`functions-vi.json ids are [${viIds.join(', ')}], expected exactly [${want}]`);
  if (enFns && viFns) {
    for (const f of enFns) {
      const g = viFns.find((x) => x && x.id === f.id);
      if (g && (f.parameters || []).length !== (g.parameters || []).length) {
        problems.push(
          `${f.id}: functions.json has ${(f.parameters || []).length} parameters, functions-vi.json ${(g.parameters || []).length}`,
        );
      }
    }
  }
}

/** Every problem found in distDir (an empty list means the build is good). */
export function checkDist(distDir: string): string[] {
  const problems: string[] = [];
  if (!fs.existsSync(distDir) || !fs.statSync(distDir).isDirectory())
    return [`${distDir} does not exist: run npm run build first`];
  checkManifest(distDir, problems);
  checkPage(distDir, problems, OFFICE_JS);
  checkServiceWorker(distDir, problems);
  checkBundles(distDir, problems);
  checkMetadata(distDir, problems);
  return problems;
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
  const problems = checkDist(dir);
  if (problems.length > 0) {
    console.error(`check-dist: ${problems.length} problem(s) in ${dir}:`);
    for (const p of problems) console.error(`  ✗ ${p}`);
    process.exit(1);
  }
  console.log(
    `check-dist: ${dir} is good (manifest, page, service worker, bundles, ${EXPECTED_IDS.length} functions in functions.json and functions-vi.json)`,
  );
}
