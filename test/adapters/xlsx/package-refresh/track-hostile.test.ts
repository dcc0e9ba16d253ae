/**
 * `chiso track` on workbooks written by other programs (test/fixtures-gen/hostile): it succeeds; every part it did
 * not make is in the output with the same bytes (the parts that list sheets: everything they had is still there);
 * every XML part parses; LibreOffice opens the output (recalculation forced) with no formula error in chiso's sheets;
 * openpyxl reads it and its own saved copy; the input's sha256 never changes.
 */
import { copyFileSync } from 'fs';
import * as path from 'path';
import { hostile, HOSTILE, type HostileName } from '../../../fixtures-gen/hostile';
import { sha256 } from '../../../support/package-compare';
import { tempDir } from '../../../core/tracker/helpers';
import { expectFaithful, track } from './helpers';

describe.each(Object.keys(HOSTILE) as HostileName[])('chiso track on %s', (name) => {
  const dir = tempDir('chiso-hostile-track-');
  const ext = path.extname(HOSTILE[name]);
  const input = path.join(dir, `ke-hoach${ext}`);
  const output = path.join(dir, `ke-hoach-theo-doi${ext}`);
  let before = '';

  beforeAll(() => {
    copyFileSync(hostile(name), input);
    before = sha256(input);
  }, 300000);

  it('writes the plan plus its trackers, keeping every part it did not make', async () => {
    const run = await track([input, '-o', output]);
    expect(run).toEqual({ code: 0, err: '' });
    expect(sha256(input)).toBe(before);
    await expectFaithful(input, output, dir);
  }, 300000);
});
