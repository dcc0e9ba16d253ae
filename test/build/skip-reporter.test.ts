/**
 * The skipped-test rule: a skipped or todo test fails `npm test` unless test/skipped-tests.json lists it with its
 * reason (test/support/skip-reporter.cjs, a jest reporter wired in jest.config.js); the run prints the list.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/fixtures';

interface Entry {
  file: string;
  test: string;
  reason: string;
}
interface Outcome {
  skipped: Array<{ file: string; test: string; status: string; reason?: string }>;
  unlisted: Array<{ file: string; test: string }>;
  gone: Entry[];
}
const reporter = require('../support/skip-reporter.cjs') as {
  checkSkipped(results: unknown, list: Entry[], root: string): Outcome;
  loadList(file?: string): Entry[];
  report(o: Outcome): string[];
};

const suite = (file: string, tests: Array<[string, string]>, execError = false) => ({
  testFilePath: path.join('/repo', file),
  testResults: tests.map(([fullName, status]) => ({ fullName, status })),
  ...(execError ? { testExecError: { message: 'x' } } : {}),
});

describe('test/support/skip-reporter.cjs', () => {
  const list: Entry[] = [
    { file: 'test/a.test.ts', test: 'a needs the network', reason: 'no network in CI' },
    { file: 'test/b.test.ts', test: 'b old', reason: 'was flaky' },
  ];

  it('passes skipped tests on the list with their reason, flags the others (skip and todo alike)', () => {
    const results = {
      testResults: [
        suite('test/a.test.ts', [
          ['a needs the network', 'pending'],
          ['a works', 'passed'],
          ['a later', 'todo'],
        ]),
        suite('test/c.test.ts', [['c hidden', 'pending']]),
      ],
    };
    const o = reporter.checkSkipped(results, list, '/repo');
    expect(o.skipped).toEqual([
      { file: 'test/a.test.ts', test: 'a needs the network', status: 'pending', reason: 'no network in CI' },
      { file: 'test/a.test.ts', test: 'a later', status: 'todo', reason: undefined },
      { file: 'test/c.test.ts', test: 'c hidden', status: 'pending', reason: undefined },
    ]);
    expect(o.unlisted.map((s) => s.test)).toEqual(['a later', 'c hidden']);
    expect(o.gone).toEqual([]);
    const text = reporter.report(o).join('\n');
    expect(text).toContain('test/a.test.ts › a needs the network\n      no network in CI');
    expect(text).toContain('2 skipped test(s) are not on test/skipped-tests.json');
  });

  it('a listed test that runs is fine (its reason holds elsewhere); one its file no longer has is flagged', () => {
    const results = {
      testResults: [
        suite('test/a.test.ts', [['a needs the network', 'passed']]),
        suite('test/b.test.ts', [['b renamed', 'passed']]),
      ],
    };
    const o = reporter.checkSkipped(results, list, '/repo');
    expect(o.unlisted).toEqual([]);
    expect(o.gone).toEqual([list[1]]);
    expect(reporter.report(o).join('\n')).toContain('test/b.test.ts › b old');
  });

  it('a file that did not run (not selected, or failed to load) says nothing about its listed tests', () => {
    const results = { testResults: [suite('test/b.test.ts', [], true)] };
    expect(reporter.checkSkipped(results, list, '/repo')).toEqual({ skipped: [], unlisted: [], gone: [] });
  });

  it('refuses a list entry without a reason', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-skips-')), 'l.json');
    fs.writeFileSync(file, JSON.stringify([{ file: 'test/a.test.ts', test: 'a', reason: ' ' }]));
    expect(() => reporter.loadList(file)).toThrow(/has no "reason"/);
  });
});

describe('the reviewed list and its wiring', () => {
  it('jest runs the reporter, so `npm test` (and .ci/run) enforces the list', () => {
    const config = require(path.join(ROOT, 'jest.config.js')) as { reporters?: unknown[] };
    expect(config.reporters).toEqual(['default', '<rootDir>/test/support/skip-reporter.cjs']);
  });

  it('the list is short, and each entry names an existing test file and gives a reason', () => {
    const entries = reporter.loadList();
    expect(entries.length).toBeLessThanOrEqual(5);
    for (const e of entries) {
      expect(fs.existsSync(path.join(ROOT, e.file))).toBe(true);
      expect(e.reason.length).toBeGreaterThan(40);
    }
  });
});
