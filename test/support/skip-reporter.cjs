// A jest reporter (jest.config.js, so `npm test` and `.ci/run` use it): a skipped or todo test fails the run unless
// it is on the short reviewed list test/skipped-tests.json ({ file, test, reason }), and every run that skips tests
// prints them with their reasons. A listed test may run where its reason does not hold (../shared present); a listed
// test that its file no longer has fails the run, so the list cannot keep names of tests that are gone. A run filtered
// by test name (-t) is not checked (the tests it leaves out show as skipped). Plain CommonJS: jest loads reporters
// without transforming them.
'use strict';
const fs = require('fs');
const path = require('path');

const SKIPPED = new Set(['pending', 'todo', 'skipped', 'disabled']);
const LIST = path.join(__dirname, '..', 'skipped-tests.json');

/** The list, checked: each entry names a file and a test and gives a reason. */
function loadList(file = LIST) {
  const list = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: expected an array of { file, test, reason }`);
  for (const e of list)
    for (const k of ['file', 'test', 'reason'])
      if (typeof e[k] !== 'string' || !e[k].trim())
        throw new Error(`${file}: an entry has no "${k}": ${JSON.stringify(e)}`);
  return list;
}

/**
 * Compares one run's results with the list. `results`: jest's aggregated results (testResults[].testFilePath and
 * .testResults[] with fullName and status). Returns the skipped tests (with the list's reason, or none), those not
 * on the list, and the listed ones that a file which ran no longer has (`gone`).
 */
function checkSkipped(results, list, root) {
  const rel = (f) => path.relative(root, f).split(path.sep).join('/');
  const key = (file, test) => `${file}\u0000${test}`;
  const reasons = new Map(list.map((e) => [key(e.file, e.test), e.reason]));
  const skipped = [];
  const gone = [];
  for (const suite of results.testResults || []) {
    const file = rel(suite.testFilePath);
    const tests = suite.testResults || [];
    for (const t of tests)
      if (SKIPPED.has(t.status))
        skipped.push({ file, test: t.fullName, status: t.status, reason: reasons.get(key(file, t.fullName)) });
    if (!suite.testExecError)
      for (const e of list) if (e.file === file && !tests.some((t) => t.fullName === e.test)) gone.push(e);
  }
  return { skipped, unlisted: skipped.filter((s) => s.reason === undefined), gone };
}

/** The lines the run prints. */
function report({ skipped, unlisted, gone }) {
  const lines = [];
  if (skipped.length) {
    lines.push(`Skipped tests (${skipped.length}), each with the reason on the reviewed list test/skipped-tests.json:`);
    for (const s of skipped) lines.push(`  - ${s.file} › ${s.test}\n      ${s.reason ?? 'NOT ON THE LIST'}`);
  }
  if (unlisted.length) {
    lines.push(
      `${unlisted.length} skipped test(s) are not on test/skipped-tests.json: fix them, or add them there with the reason (reviewed):`,
    );
    for (const s of unlisted) lines.push(`  - ${s.file} › ${s.test} (${s.status})`);
  }
  if (gone.length) {
    lines.push(
      `${gone.length} test(s) on test/skipped-tests.json are no longer in their file: remove them from the list:`,
    );
    for (const s of gone) lines.push(`  - ${s.file} › ${s.test}`);
  }
  return lines;
}

class SkipReporter {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
    this.filtered = Boolean(globalConfig.testNamePattern);
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    if (this.filtered) return;
    let outcome;
    try {
      outcome = checkSkipped(results, loadList(), this.root);
    } catch (e) {
      this.error = e instanceof Error ? e : new Error(String(e));
      process.stderr.write(`skipped tests: ${this.error.message}\n`);
      return;
    }
    const lines = report(outcome);
    if (lines.length) process.stderr.write(`\n${lines.join('\n')}\n`);
    if (outcome.unlisted.length || outcome.gone.length)
      this.error = new Error('skipped tests: the run does not match test/skipped-tests.json');
  }

  getLastError() {
    return this.error;
  }
}

module.exports = SkipReporter;
module.exports.checkSkipped = checkSkipped;
module.exports.loadList = loadList;
module.exports.report = report;
