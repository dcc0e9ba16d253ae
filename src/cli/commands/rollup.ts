/**
 * `chiso rollup INPUT... [-o OUT.xlsx] [--today YYYY-MM-DD] [--soon DAYS] [--json]`: many units' trackers into one
 * consolidated workbook. Inputs are tracker files or folders (their files). A file that is not a chiso tracker, is
 * damaged, encrypted or not a workbook is skipped with a one-line reason. Exit 0 when at least one unit was read,
 * 2 when none could be (or the call is bad). Writes only OUT (default: tong-hop-<date>.xlsx in the current folder;
 * with --json and no -o nothing is written).
 */
import * as path from 'path';
import { listInputs, rollupFiles } from '../../adapters/xlsx/rollup-files';
import { TrackFileError } from '../../adapters/xlsx/track-output';
import { rollupJson, rollupSheets, type RollupResult } from '../../core/rollup';
import { BUCKET_KEYS, DEFAULT_SOON_DAYS, bucketLine, type BucketCounts, type BucketKey } from '../../core/tracker';
import { formatVnDate, oneLine, parseIso } from '../../core/text';
import { parseArgs, type Command, type Io } from '../io';
import { badCall, outputProblem, parseSoonDays, unknownOptions, writeNewWorkbook } from '../workbook-io';

export const ROLLUP_USAGE =
  'Cách dùng / Usage: chiso rollup TỆP_HOẶC_THƯ_MỤC... [-o RA.xlsx] [--today YYYY-MM-DD] [--soon NGÀY] [--json]';

function summary(r: RollupResult): string[] {
  const sum = (f: 'tasks' | BucketKey) => r.units.reduce((a, u) => a + u[f], 0);
  const buckets = Object.fromEntries(BUCKET_KEYS.map((k) => [k, sum(k)])) as BucketCounts;
  const lines = [
    `Đơn vị / Units: ${r.units.length} · Nhiệm vụ / Tasks: ${sum('tasks')}`,
    `Trong đó / Of which: ${bucketLine(buckets)}`,
    `Ngày tính / As of: ${formatVnDate(r.asOf)} · sắp đến hạn trong ${r.soonDays} ngày / due-soon window ${r.soonDays} days`,
  ];
  if (r.skipped.length) {
    lines.push(`Bỏ qua / Skipped: ${r.skipped.length} tệp / files`);
    for (const s of r.skipped) lines.push(`  - ${s.file}: ${oneLine(s.reason)}`);
  }
  return lines;
}

export const rollupCommand: Command = async (args, io: Io) => {
  const a = parseArgs(args, {
    values: ['out', 'today', 'soon'],
    flags: ['json', 'help'],
    alias: { '-o': '--out', '-h': '--help' },
  });
  const bad = badCall(io);
  if (a.flags.has('help')) {
    io.out(ROLLUP_USAGE);
    return 0;
  }
  if (a.unknown.length) return bad(unknownOptions(a.unknown, ROLLUP_USAGE));
  if (!a.positional.length)
    return bad(`Cần ít nhất một tệp hoặc thư mục / Give at least one file or folder. ${ROLLUP_USAGE}`);
  const soonDays = parseSoonDays(a.values.soon);
  if (soonDays === null) return bad(`Số ngày không hợp lệ / Bad number of days: ${a.values.soon}`);
  const soon = soonDays ?? DEFAULT_SOON_DAYS;
  if (a.values.today !== undefined && !parseIso(a.values.today))
    return bad(`Ngày không hợp lệ (cần YYYY-MM-DD) / Bad date (YYYY-MM-DD): ${a.values.today}`);
  const asOf = a.values.today ?? io.today();
  const json = a.flags.has('json');
  const out =
    a.values.out !== undefined ? path.resolve(a.values.out) : json ? null : path.resolve(`tong-hop-${asOf}.xlsx`);
  const wrong = out ? outputProblem(out, ['.xlsx']) : null;
  if (wrong) return bad(wrong);
  const inputs = await listInputs(a.positional, out ?? undefined);
  if (out && a.positional.some((p) => path.resolve(p) === out))
    return bad(
      'Tệp ra trùng tệp vào; chiso không ghi đè tệp vào / Output is an input; chiso never overwrites its input',
    );
  const result = await rollupFiles(inputs, { asOf, soonDays: soon });
  const say = (t: string) => (json ? io.err(t) : io.out(t));
  if (json) io.out(JSON.stringify(rollupJson(result), null, 2));
  if (!result.units.length) {
    io.err(
      `Không đọc được bảng theo dõi nào trong ${inputs.length} tệp / No tracker could be read (${inputs.length} files)`,
    );
    if (!json) for (const s of result.skipped) io.err(`  - ${s.file}: ${oneLine(s.reason)}`);
    return 2;
  }
  if (out) {
    try {
      await writeNewWorkbook(rollupSheets(result), out);
    } catch (e) {
      if (e instanceof TrackFileError) return bad(e.message);
      throw e;
    }
    say(`Đã ghi / Written: ${out}`);
  }
  for (const line of summary(result)) say(line);
  return 0;
};
