import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as bench from '../../scripts/bench';
import * as size from '../../scripts/bench/size';
import { makeDist } from './dist-fixture';

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('scripts/bench.ts', () => {
  it('runs every section, keeps going past a failing or malformed one, and tables the results', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-'));
    tmp.push(dir);
    fs.writeFileSync(
      path.join(dir, 'a.js'),
      "module.exports = { name: 'alpha', run: async () => [{ case: 'one', value: 1.5, unit: 'ms' }] };",
    );
    fs.writeFileSync(
      path.join(dir, 'b.js'),
      "module.exports = { name: 'beta', run: async () => { throw new Error('no lib/'); } };",
    );
    fs.writeFileSync(
      path.join(dir, 'c.js'),
      "module.exports = { name: 'gamma', run: async () => [{ case: 'x', value: 'fast', unit: 'ms' }] };",
    );
    fs.writeFileSync(path.join(dir, 'd.js'), 'module.exports = {};');
    const sections = await bench.runSections(bench.loadSections(dir, []));
    expect(sections.map((s) => [s.name, s.error ?? 'ok'])).toEqual([
      ['alpha', 'ok'],
      ['beta', 'no lib/'],
      ['gamma', expect.stringMatching(/finite number/)],
      ['d', 'does not export { name, run }'],
    ]);
    expect(sections[0].results).toEqual([{ case: 'one', value: 1.5, unit: 'ms' }]);
    const text = bench.table(sections);
    expect(text).toMatch(/alpha\s+one\s+1\.500\s+ms/);
    expect(text).toMatch(/beta\s+\(failed\).*no lib\//);
    expect((await bench.runSections(bench.loadSections(dir, ['alpha']))).map((s) => s.name)).toEqual(['alpha']);
  });
});

describe('scripts/bench/size.ts', () => {
  it('measures the gzip size of the bundles and of the pane first load', async () => {
    const dist = makeDist();
    tmp.push(dist);
    fs.mkdirSync(path.join(dist, 'chunks'));
    fs.writeFileSync(path.join(dist, 'chunks', 'later.js'), 'x'.repeat(5000));
    const results = await size.run(dist);
    const byCase = Object.fromEntries(results.map((r) => [r.case, r.value]));
    expect(byCase['functions.js (gzip)']).toBeGreaterThan(0);
    expect(byCase['pane first load (gzip)']).toBe(byCase['functions.js (gzip)'] + byCase['taskpane.js (gzip)']);
    expect(byCase['lazy chunks (gzip)']).toBeGreaterThan(0);
    expect(byCase['lazy chunks (gzip)']).toBeLessThan(5000);
  });

  it('says to build first when dist/ is missing', async () => {
    await expect(size.run(path.join(os.tmpdir(), 'chiso-no-such-dist'))).rejects.toThrow(/npm run build/);
  });
});
