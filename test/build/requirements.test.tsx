/**
 * Which requirement sets each chiso feature needs, that the manifest asks exactly those where the feature is
 * declared (base: what Excel 2016 has; VersionOverrides: the rest), and that the pane checks them with
 * `isSetSupported` before presenting the custom functions (it uses no shared-runtime API at all).
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderToString } from 'react-dom/server';
import { PaneView } from '../../src/taskpane/components/PaneView';
import { FEATURE_REQUIREMENTS, supports } from '../../src/taskpane/requirements';
import type { OfficeLike } from '../../src/taskpane/types';
import { EXCEL_2016 } from '../../scripts/check-dist';
import { localName, parseXml, walk } from '../../scripts/lib/xml';

const ROOT = path.join(__dirname, '..', '..');
const manifest = parseXml(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
const nodes = walk(manifest);
const setsUnder = (inOverrides: boolean) =>
  nodes
    .filter(
      ({ node, path: p }) =>
        localName(node.name) === 'Set' && p.includes('Requirements') && p.includes('VersionOverrides') === inOverrides,
    )
    .map(({ node }) => ({ name: node.attrs.Name, minVersion: node.attrs.MinVersion }));

describe('requirement sets by feature', () => {
  it('states what each feature needs', () => {
    expect(FEATURE_REQUIREMENTS).toEqual({
      taskPane: [{ name: 'ExcelApi', minVersion: '1.1' }],
      ribbonButton: [{ name: 'AddinCommands', minVersion: '1.1' }],
      sharedRuntime: [{ name: 'SharedRuntime', minVersion: '1.1' }],
      customFunctions: [{ name: 'CustomFunctionsRuntime', minVersion: '1.1' }],
    });
  });

  it('the base manifest asks only what the task pane needs, all of which Excel 2016 has', () => {
    expect(setsUnder(false)).toEqual(FEATURE_REQUIREMENTS.taskPane);
    for (const s of setsUnder(false)) expect(EXCEL_2016[s.name]).toBe(s.minVersion);
  });

  it('VersionOverrides (ribbon button, shared runtime, custom functions) asks for the shared runtime and custom functions', () => {
    expect(setsUnder(true)).toEqual([...FEATURE_REQUIREMENTS.sharedRuntime, ...FEATURE_REQUIREMENTS.customFunctions]);
    const vo = nodes.filter(({ path: p }) => p.includes('VersionOverrides')).map(({ node }) => localName(node.name));
    expect(vo).toEqual(expect.arrayContaining(['Runtimes', 'ExtensionPoint', 'Control']));
    // Nothing of them outside VersionOverrides.
    const outside = nodes.filter(
      ({ path: p, node }) =>
        !p.includes('VersionOverrides') && ['Runtimes', 'ExtensionPoint'].includes(localName(node.name)),
    );
    expect(outside).toEqual([]);
  });

  it('supports() asks isSetSupported for every set of the feature, and is false outside Office or when it throws', () => {
    const asked: string[] = [];
    const office = (answer: (n: string) => boolean): OfficeLike => ({
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { requirements: { isSetSupported: (n: string, v?: string) => (asked.push(`${n} ${v}`), answer(n)) } },
    });
    expect(
      supports(
        office(() => true),
        'customFunctions',
      ),
    ).toBe(true);
    expect(asked).toEqual(['CustomFunctionsRuntime 1.1']);
    expect(
      supports(
        office((n) => n === 'ExcelApi'),
        'customFunctions',
      ),
    ).toBe(false);
    expect(
      supports(
        office((n) => n === 'ExcelApi'),
        'taskPane',
      ),
    ).toBe(true);
    expect(supports(undefined, 'customFunctions')).toBe(false);
    expect(
      supports(
        office(() => {
          throw new Error('no');
        }),
        'sharedRuntime',
      ),
    ).toBe(false);
  });

  it('the pane checks CustomFunctionsRuntime before presenting the functions, and says why when they are missing', () => {
    const app = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'App.tsx'), 'utf8');
    expect(app).toMatch(/supports\(office, 'customFunctions'\)/);
    const html = renderToString(
      <PaneView
        lang="vi"
        host={{ status: 'excel', host: 'Excel', platform: 'PC', displayLanguage: 'vi-VN' }}
        functionsNote="Excel này chưa có hàm tùy chỉnh"
      />,
    );
    expect(html).toContain('data-functions-missing');
    expect(
      renderToString(
        <PaneView lang="vi" host={{ status: 'excel', host: 'Excel', platform: 'PC', displayLanguage: 'vi-VN' }} />,
      ),
    ).not.toContain('data-functions-missing');
  });

  it('no pane or Office-adapter code calls a shared-runtime or custom-functions API (so none runs unchecked)', () => {
    const files = ['src/taskpane', 'src/adapters/office'].flatMap((dir) => list(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      expect([f, /Office\.addin\b|CustomFunctions\.|Office\.ribbon\b/.test(text)]).toEqual([f, false]);
    }
  });
});

function list(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return list(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}
