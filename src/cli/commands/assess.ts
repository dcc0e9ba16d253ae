/**
 * `chiso assess PLAN-OR-TRACKER.xlsx [--set par-2024|FILE] [--year YYYY] [-o OUT.xlsx] [--today YYYY-MM-DD] [--force]`:
 * the self-assessment workbook ("Tự đánh giá", "Tài liệu kiểm chứng", "Vấn đề"). The input is never changed; the
 * output is a workbook of its own — or, with `-o` naming the input when it is a chiso tracker, the tracker itself
 * (what the pane does in a tracker workbook). Run again on the same output, it refreshes it and keeps every entry.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { WorkbookReadError } from '../../adapters/xlsx/read';
import { readXlsxWorkbook } from '../../adapters/xlsx/reader';
import { TrackFileError, writeAtomically, writeNewWorkbook, writeSpecsInto } from '../../adapters/xlsx/track-output';
import { assessReportDocx } from '../../adapters/docx/assess-report';
import { assessReport } from '../../core/assess/report';
import { assessmentPlace, NoCriteriaTableError, runAssessment, type Evidence } from '../../core/assess';
import type { Grid, SheetLink } from '../../core/grid';
import { formatVnNumber, parseIso } from '../../core/text';
import { parseArgs, type Command, type Io } from '../io';
import { badCall, parseYear, unknownOptions } from '../workbook-io';

const USAGE =
  'chiso assess TỆP.xlsx [--set par-2024|TỆP] [--year NĂM] [-o RA.xlsx] | --report [--from SỔ-TỰ-ĐÁNH-GIÁ.xlsx] -o RA.docx';

export function defaultAssessOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-tu-danh-gia.xlsx`);
}

async function readWorkbook(file: string): Promise<{ bytes: Uint8Array; grids: Grid[]; links: SheetLink[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new WorkbookReadError('MISSING', path.basename(file), e);
  }
  const { grids, links } = await readXlsxWorkbook(bytes, path.basename(file), { links: true });
  return { bytes, grids, links };
}

/**
 * The previous assessment at `output`, or null: a self-assessment workbook of chiso's (or, for the report, any
 * workbook holding one, a tracker included). A file that is neither is refused unless `force`.
 */
async function previousOutput(output: string, force: boolean, report: boolean) {
  try {
    await fs.stat(output);
  } catch {
    return null;
  }
  let read: Awaited<ReturnType<typeof readWorkbook>> | null = null;
  try {
    read = await readWorkbook(output);
  } catch {
    read = null;
  }
  const place = read ? assessmentPlace(read.grids) : null;
  if (read && place && (place.kind === 'assess' || (report && place.own.length > 0))) return { ...read, place };
  if (force) return null;
  throw new TrackFileError(
    `Tệp ra đã có và không phải sổ tự đánh giá do chiso tạo, không ghi đè: ${output} (thêm --force để ghi đè; muốn thêm vào bảng theo dõi thì dùng -o chính tệp đó) / ` +
      'The output exists and is not a chiso self-assessment workbook: not overwritten (add --force to overwrite it; to add to a tracker, give the tracker itself as -o)',
  );
}

/** Whether each evidence file beside the output exists (URLs are not checked). */
async function checkFiles(evidence: Evidence[], dir: string): Promise<Evidence[]> {
  return Promise.all(
    evidence.map(async (e) => {
      const f = e.file.trim();
      if (!f || /^[a-z]+:\/\//i.test(f)) return { ...e, fileExists: null };
      const exists = await fs
        .stat(path.resolve(dir, f))
        .then((s) => s.isFile())
        .catch(() => false);
      return { ...e, fileExists: exists };
    }),
  );
}

export const assessCommand: Command = async (args, io: Io) => {
  const a = parseArgs(args, {
    values: ['out', 'year', 'set', 'today', 'from'],
    flags: ['force', 'report'],
    alias: { '-o': '--out' },
  });
  const bad = badCall(io);
  if (a.unknown.length) return bad(unknownOptions(a.unknown, USAGE));
  if (a.positional.length !== 1) return bad(`Cần đúng một tệp .xlsx / Give exactly one .xlsx file: ${USAGE}`);
  const year = parseYear(a.values.year);
  if (year === null) return bad(`Năm không hợp lệ / Bad year: ${a.values.year}`);
  if (a.values.today !== undefined && !parseIso(a.values.today))
    return bad(`Ngày không hợp lệ (cần YYYY-MM-DD) / Bad date (YYYY-MM-DD): ${a.values.today}`);
  const input = path.resolve(a.positional[0]);
  const report = a.flags.has('report');
  if (report && !a.values.out?.toLowerCase().endsWith('.docx'))
    return bad('Báo cáo cần -o RA.docx / The report needs -o OUT.docx');
  if (!report && a.values.from) return bad('--from chỉ dùng với --report / --from goes with --report');
  const output = path.resolve(a.values.out ?? defaultAssessOutput(input));
  // The report reads the typed entries from the assessment workbook (default: the one beside the input).
  const workbook = report ? path.resolve(a.values.from ?? defaultAssessOutput(input)) : output;
  // Into the input only when it is a chiso tracker (the official's weekly file, chiso's own output): as the pane does.
  const intoInput = output === input;
  if (!report && !intoInput && path.extname(output).toLowerCase() !== '.xlsx')
    return bad(`Tệp ra phải là .xlsx / The output must be an .xlsx: ${output}`);
  const today = a.values.today ?? io.today();
  try {
    const src = await readWorkbook(input);
    const inputPlace = assessmentPlace(src.grids);
    if (intoInput && (report || inputPlace.kind !== 'beside'))
      return bad(
        'Tệp ra trùng tệp vào: chiso chỉ ghi vào tệp vào khi đó là bảng theo dõi do chiso tạo / The output is the input: chiso writes into its input only when that is a chiso tracker',
      );
    const setArg = a.values.set;
    const set =
      setArg === undefined
        ? undefined
        : setArg.toLowerCase() === 'par-2024'
          ? ('par-2024' as const)
          : { grids: (await readWorkbook(path.resolve(setArg))).grids, file: path.basename(setArg) };
    if (report && a.values.from && !(await fs.stat(workbook).catch(() => null)))
      throw new WorkbookReadError('MISSING', path.basename(workbook));
    const prev = intoInput
      ? { ...src, place: inputPlace }
      : await previousOutput(workbook, a.flags.has('force') && !report, report);
    const { prep, evidence, built } = await runAssessment(
      src.grids,
      prev,
      { set, year, today, file: path.basename(input), place: prev?.place },
      (ev) => checkFiles(ev, path.dirname(workbook)),
    );
    if (report) {
      await writeAtomically(await assessReportDocx(assessReport(prep.set, built, evidence, prep.year)), output);
      io.out(`Đã ghi báo cáo / Written: ${output}${prev ? ` (điểm và tài liệu từ / entries from ${workbook})` : ''}`);
      return 0;
    }
    if (prev) await writeSpecsInto(prev.bytes, built.sheets, prev.place.replace, output);
    else await writeNewWorkbook(built.sheets, output);
    const t = built.result.total;
    const sev = (s: string) => built.issues.filter((i) => i.severity === s).length;
    io.out(
      `Đã ghi / Written: ${output}${prev?.place.own.length ? ' (cập nhật, giữ nội dung đã nhập / refreshed, entries kept)' : ''}`,
    );
    io.out(
      `Bộ tiêu chí / Criteria: ${prep.set.name} · ${prep.set.criteria.length} tiêu chí · năm / year ${prep.year ?? '?'}`,
    );
    if (built.result.ratio)
      io.out(
        `Nhiệm vụ hoàn thành / Tasks done: ${built.result.ratio.done}/${built.result.ratio.planned} → ${formatVnNumber(built.result.ratio.score ?? 0)} điểm (PAR.RATIO)`,
      );
    else if (!prep.fromTracker)
      io.out('Chưa có bảng theo dõi: chưa tính điểm theo tỷ lệ hoàn thành / No tracker: completion rate not scored');
    io.out(
      `Tổng dự kiến / Projected: ${formatVnNumber(t.projected)}/${formatVnNumber(t.max)} = ${formatVnNumber(t.percent)}% · nhóm / group ${t.group}`,
    );
    io.out(
      `Tài liệu / Evidence: ${evidence.length} · Vấn đề / Problems: ${built.issues.length} (lỗi ${sev('error')} · cảnh báo ${sev('warning')} · thông tin ${sev('info')}) — xem trang "${built.names.problems}"`,
    );
    return 0;
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof TrackFileError || e instanceof NoCriteriaTableError) {
      io.err(e.message.split('\n')[0]);
      return 2;
    }
    throw e;
  }
};
