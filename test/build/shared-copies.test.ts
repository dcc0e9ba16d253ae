/**
 * The project carries its own copies of the sample plans, their truth, the scoring and render scripts and the PAPI
 * data, so every test runs from the repository alone. When ../shared is beside the repository, each copy must still
 * be byte-for-byte the file it was taken from; without it that comparison is skipped (and says so).
 */
import * as fs from 'fs';
import * as path from 'path';
import { HAS_SHARED, ROOT, SHARED, SHARED_COPIES, itWithShared } from '../support/fixtures';

describe('the project copies of ../shared', () => {
  it.each(SHARED_COPIES.map(([mine]) => mine))('carries %s', (mine) => {
    const own = fs.readFileSync(path.join(ROOT, mine));
    expect(own.length).toBeGreaterThan(500);
  });

  itWithShared('are identical to ../shared', () => {
    expect(HAS_SHARED).toBe(true);
    const differ = SHARED_COPIES.filter(
      ([mine, theirs]) => !fs.readFileSync(path.join(ROOT, mine)).equals(fs.readFileSync(path.join(SHARED, theirs))),
    );
    expect(differ).toEqual([]);
  });

  it('keeps the render script executable', () => {
    expect(fs.statSync(path.join(ROOT, 'scripts/lo-render.sh')).mode & 0o111).not.toBe(0);
  });
});
