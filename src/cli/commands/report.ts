/**
 * `chiso report TRACKER.xlsx… [--period q1|6m|q3|year] [--year YYYY] [--from D --to D] [--due D] [--unit "…"]
 * [--soon DAYS] [-o BAO-CAO.docx|.xlsx] [--json]`: the periodic report's draft from one unit's tracker, or the
 * consolidated report of several (files or folders, read as `chiso rollup` reads them). Without --period, the period
 * being reported now. Writes only OUT (default: bao-cao-<period>-<year>.docx in the current folder; with --json and
 * no -o nothing is written). Exit 2 when no tracker could be read, the window has nothing to report, or the call is
 * bad.
 */
import * as path from 'path';
import { docxFromReport } from '../../adapters/docx/report';
import { listInputs } from '../../adapters/xlsx/rollup-files';
import { readFailureReason } from '../../adapters/xlsx/errors';
import { readWorkbookGrids } from '../../adapters/xlsx/read';
import { TrackFileError, writeAtomically } from '../../adapters/xlsx/track-output';
import {
  currentPeriod,
  PERIOD_KINDS,
  periodWindow,
  reportFileName,
  reportFlow,
  reportJson,
  reportSheets,
  windowLabel,
  type PeriodKind,
  type ReportWindow,
} from '../../core/report';
import { DEFAULT_SOON_DAYS } from '../../core/tracker';
import { formatVnDate, oneLine, parseIso } from '../../core/text';
import { parseArgs, type Command, type Io } from '../io';
import { badCall, parseSoonDays, parseYear, unknownOptions, writeNewWorkbook } from '../workbook-io';

export const REPORT_USAGE =
  'Cách dùng / Usage: chiso report TỆP_HOẶC_THƯ_MỤC... [--period q1|6m|q3|year] [--year NĂM] [--from YYYY-MM-DD --to YYYY-MM-DD] [--due YYYY-MM-DD] [--unit "UBND …"] [-o BAO-CAO.docx|.xlsx] [--json]';

const badDate = (v: string) => `Ngày không hợp lệ (cần YYYY-MM-DD) / Bad date (YYYY-MM-DD): ${v}`;

/** The reporting window from the options, or the message of a bad call. */
function windowOf(v: Record<string, string>, today: string): ReportWindow | string {
  for (const k of ['from', 'to', 'due', 'today'])
    if (v[k] !== undefined && !parseIso(v[k])) return `${badDate(v[k])} (--${k})`;
  const kind = v.period?.toLowerCase();
  if (kind !== undefined && !PERIOD_KINDS.includes(kind as PeriodKind))
    return `Kỳ báo cáo không hợp lệ (q1, 6m, q3, year) / Bad period (q1, 6m, q3, year): ${v.period}`;
  const year = parseYear(v.year);
  if (year === null) return `Năm không hợp lệ / Invalid year: "${v.year}"`;
  if ((v.from === undefined) !== (v.to === undefined)) return 'Cần cả --from và --to / Give both --from and --to';
  if (v.from !== undefined && v.from > v.to)
    return `Khoảng ngày bị ngược: --from ${formatVnDate(v.from)} sau --to ${formatVnDate(v.to)} / Reversed window: --from is after --to`;
  let w: ReportWindow;
  if (kind === undefined && v.from !== undefined)
    w = { kind: 'custom', year: Number(v.to.slice(0, 4)), from: v.from, to: v.to, due: null };
  else {
    const now = currentPeriod(today, kind as PeriodKind | undefined);
    w = year !== undefined ? periodWindow(now.kind as PeriodKind, year) : now;
    if (v.from !== undefined) w = { ...w, from: v.from, to: v.to };
  }
  return v.due !== undefined ? { ...w, due: v.due } : w;
}

export const reportCommand: Command = async (args, io: Io) => {
  const a = parseArgs(args, {
    values: ['out', 'period', 'year', 'from', 'to', 'due', 'unit', 'today', 'soon'],
    flags: ['json', 'help'],
    alias: { '-o': '--out', '-h': '--help' },
  });
  const bad = badCall(io);
  if (a.flags.has('help')) {
    io.out(REPORT_USAGE);
    return 0;
  }
  if (a.unknown.length) return bad(unknownOptions(a.unknown, REPORT_USAGE));
  if (!a.positional.length)
    return bad(`Cần ít nhất một tệp hoặc thư mục / Give at least one file or folder. ${REPORT_USAGE}`);
  const soonDays = parseSoonDays(a.values.soon);
  if (soonDays === null) return bad(`Số ngày không hợp lệ / Bad number of days: ${a.values.soon}`);
  const soon = soonDays ?? DEFAULT_SOON_DAYS;
  const window = windowOf(a.values, a.values.today ?? io.today());
  if (typeof window === 'string') return bad(window);
  const json = a.flags.has('json');
  const name = reportFileName(window);
  const out = a.values.out !== undefined ? path.resolve(a.values.out) : json ? null : path.resolve(name);
  if (out && !/\.(docx|xlsx)$/i.test(out))
    return bad(`Tệp ra phải có đuôi .docx hoặc .xlsx / The output must end in .docx or .xlsx: ${out}`);
  if (out && a.positional.some((p) => path.resolve(p) === out))
    return bad(
      'Tệp ra trùng tệp vào; chiso không ghi đè tệp vào / Output is an input; chiso never overwrites its input',
    );
  const inputs = await listInputs(a.positional, out ?? undefined);
  const flow = await reportFlow(
    inputs.map((i) => ({
      file: i.file,
      name: path.basename(i.file),
      skip: i.skip,
      read: () => readWorkbookGrids(i.file),
    })),
    { window, soonDays: soon, unit: a.values.unit, failure: (s, e) => readFailureReason(s.name, e) },
  );
  const { rollup } = flow;
  if (flow.kind === 'unread') {
    if (inputs.length === 1 && rollup.skipped.length === 1)
      return bad(`${rollup.skipped[0].file}: ${oneLine(rollup.skipped[0].reason)}`);
    io.err(
      `Không đọc được bảng theo dõi nào trong ${inputs.length} tệp / No tracker could be read (${inputs.length} files)`,
    );
    for (const s of rollup.skipped) io.err(`  - ${s.file}: ${oneLine(s.reason)}`);
    return 2;
  }
  if (flow.kind === 'empty') return bad(oneLine(flow.text));
  const { facts, doc } = flow;
  const { period, span } = windowLabel(window);
  const skipped = rollup.skipped.map((s) => ({ file: s.file, reason: oneLine(s.reason) }));
  if (json) io.out(JSON.stringify(reportJson(facts, doc, skipped), null, 2));
  const say = (t: string) => (json ? io.err(t) : io.out(t));
  if (out) {
    try {
      if (/\.docx$/i.test(out)) await writeAtomically(await docxFromReport(doc), out);
      else await writeNewWorkbook(reportSheets(facts), out);
    } catch (e) {
      if (e instanceof TrackFileError) return bad(e.message);
      throw e;
    }
    say(`Đã ghi / Written: ${out}`);
  }
  say(
    `Báo cáo ${period} (${span}${window.due ? `, hạn nộp ${formatVnDate(window.due)}` : ''}) / Report for ${span}` +
      ` · Đơn vị / Units: ${rollup.units.length} · Đến hạn trong kỳ / Due: ${facts.dueInWindow.length}` +
      ` · Hoàn thành trong kỳ / Completed: ${facts.completedInWindow.length} · Quá hạn / Overdue: ${facts.overdue.length}`,
  );
  for (const s of skipped) say(`  Bỏ qua / Skipped: ${s.file}: ${s.reason}`);
  return 0;
};
