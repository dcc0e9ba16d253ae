/**
 * The one place tests find the project's files: the sample plans and their truth (fixtures/), the published PAPI
 * data (data/), the scoring script (fixtures/tools/eval-extract.py) and the LibreOffice render script
 * (scripts/lo-render.sh). Every path is inside the repository, so the tests run from a bare clone.
 *
 * `../shared` (the project's reference material, beside the repository on the lead's machine) is only read by the
 * tests that check the project's copies are still identical to it; they skip, saying so, when it is absent.
 */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

export const FIXTURES_DIR = path.join(ROOT, 'fixtures');
export const PLANS_DIR = path.join(FIXTURES_DIR, 'plans');
export const EXPECTED_DIR = path.join(FIXTURES_DIR, 'expected');

/** A file under fixtures/ (e.g. `fixturePath('plans', 'hanoi-2025-phu-luc.rows.json')`). */
export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES_DIR, ...parts);
}

/** A sample plan under fixtures/plans (default: Hà Nội's 2025 appendices). */
export function planFile(name = 'hanoi-2025-phu-luc.xlsx'): string {
  return path.join(PLANS_DIR, name);
}

/** What a perfect reader finds in a sample plan, under fixtures/expected. */
export function truthFile(name = 'hanoi-2025.json'): string {
  return path.join(EXPECTED_DIR, name);
}

/** The two real plans with their truth files. */
export const PLAN_FIXTURES = [
  { name: 'hanoi-2025', file: planFile('hanoi-2025-phu-luc.xlsx'), truth: truthFile('hanoi-2025.json') },
  { name: 'dienban-2025', file: planFile('dienban-2025-phan-cong.xlsx'), truth: truthFile('dienban-2025.json') },
];

/** The scoring script of the reader (truth vs extract JSON; plain Python 3, no packages). */
export const EVAL_SCRIPT = path.join(FIXTURES_DIR, 'tools', 'eval-extract.py');

/** The LibreOffice render script (recalculates on load, exports PDF, PNG and one CSV per sheet). */
export const LO_RENDER = path.join(ROOT, 'scripts', 'lo-render.sh');

/** The published PAPI provincial data. */
export const PAPI_CSV = path.join(ROOT, 'data', 'papi-provincial.csv');

// ---- ../shared: only for the copy checks ----

export const SHARED = path.resolve(ROOT, '..', 'shared');
export const HAS_SHARED = fs.existsSync(path.join(SHARED, 'fixtures')) && fs.existsSync(path.join(SHARED, 'tools'));

/** Each project copy (relative to ROOT) and the ../shared file it was taken from (relative to ../shared). */
export const SHARED_COPIES: ReadonlyArray<readonly [mine: string, theirs: string]> = [
  ['fixtures/plans/hanoi-2025-phu-luc.xlsx', 'fixtures/plans/hanoi-2025-phu-luc.xlsx'],
  ['fixtures/plans/hanoi-2025-phu-luc.rows.json', 'fixtures/plans/hanoi-2025-phu-luc.rows.json'],
  ['fixtures/plans/hanoi-2025-phu-luc.docx', 'fixtures/plans/hanoi-2025-phu-luc.docx'],
  ['fixtures/plans/dienban-2025-phan-cong.xlsx', 'fixtures/plans/dienban-2025-phan-cong.xlsx'],
  ['fixtures/plans/dienban-2025-phan-cong.rows.json', 'fixtures/plans/dienban-2025-phan-cong.rows.json'],
  ['fixtures/plans/manifest.json', 'fixtures/plans/manifest.json'],
  ['fixtures/expected/hanoi-2025.json', 'fixtures/expected/hanoi-2025.json'],
  ['fixtures/expected/dienban-2025.json', 'fixtures/expected/dienban-2025.json'],
  ['fixtures/tools/eval-extract.py', 'tools/eval-extract.py'],
  // scripts/lo-render.sh began as ../shared's tools/lo-render.sh and has its own --pdf mode now (issue 19: every
  // file of a print test converted in one LibreOffice start), so it is not compared.
  ['data/papi-provincial.csv', 'data/papi-provincial.csv'],
  ['docs/reference/extract-contract.md', 'docs/extract-contract.md'],
  ['docs/reference/functions.md', 'docs/functions.md'],
  // docs/reference/architecture.md began as ../shared's and is the project's own now (custom functions from one
  // spec, issue 9), so it is not compared.
];

const SKIP_NOTE = `../shared is absent (${SHARED}): the comparison of the project's copies with it is skipped`;
let noted = false;

/**
 * `it` when ../shared is present; otherwise `it.skip` with the reason printed once, so a bare clone shows the
 * comparison as skipped (never as passed). Every test it skips must be on test/skipped-tests.json with its reason
 * (test/support/skip-reporter.cjs fails the run otherwise).
 */
export function itWithShared(name: string, fn: jest.ProvidesCallback): void {
  if (HAS_SHARED) {
    it(name, fn);
    return;
  }
  if (!noted) {
    noted = true;
    console.warn(SKIP_NOTE);
  }
  // The same name either way, so test/skipped-tests.json names it once (the note above says why it is skipped).
  it.skip(name, fn);
}
