/** `track` and `validate` refuse the same too-large plan with the same line (issue 18: one size cap). */
import { closeSync, openSync, ftruncateSync } from 'fs';
import * as path from 'path';
import { MAX_PLAN_BYTES } from '../../src/core/app/plan-file';
import { runChiso } from '../support/cli';
import { tempDir } from '../core/tracker/helpers';

describe('one size cap for plan files', () => {
  it('track and validate both refuse a plan over the cap, before reading it', async () => {
    const file = path.join(tempDir('chiso-cap-'), 'lon.xlsx');
    // A sparse file: over the cap on paper, no disk used.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_PLAN_BYTES + 1);
    closeSync(fd);
    const track = await runChiso(['track', file, '--today', '2025-09-30']);
    const validate = await runChiso(['validate', file]);
    expect(track.code).toBe(2);
    expect(track.err).toBe(
      'Tệp "lon.xlsx" quá lớn, chiso không đọc được (tệp lớn hơn 512 MB) / "lon.xlsx" is too large for chiso to read (the file is over 512 MB)',
    );
    expect(validate.err).toBe(track.err);
  });
});
