/**
 * `chiso template KIND [--year YYYY] [-o OUT.xlsx]`: an empty appendix (par, sipas, papi, tasks) from the frameworks.
 * `chiso template [KIND] --from FILE [--year YYYY] [-o OUT.xlsx]`: next year's appendices from last year's workbook
 * (all its tables, or those of KIND). Exit 0 written, 1 nothing to write, 2 cannot run (bad call, unreadable input).
 */
import * as path from 'path';
import {
  fromPreviousSpec,
  readTrackerData,
  splitChisoSheets,
  templateSpec,
  TEMPLATE_KINDS,
  type FromPreviousResult,
  type TemplateKind,
} from '../../core/generate';
import { readPlan } from '../../core/plan';
import { parseArgs, type Command, type Io } from '../io';
import {
  badCall,
  NO_TABLES,
  NO_TABLES_EXIT,
  outputProblem,
  parseYear,
  readGridsOrReport,
  SAME_OUTPUT,
  unknownOptions,
  writeSpecs,
} from '../workbook-io';

const USAGE =
  'Cách dùng / Usage: chiso template par|sipas|papi|tasks [--year NĂM] [-o RA.xlsx|RA.docx]  ·  chiso template [LOẠI] --from TỆP.xlsx [--year NĂM] [-o RA.xlsx|RA.docx]';
const KIND_VI: Record<TemplateKind, string> = { par: 'PAR INDEX', sipas: 'SIPAS', papi: 'PAPI', tasks: 'nhiệm vụ' };

/** Shortens a text for a one-line listing. */
export function short(s: string, n = 90): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function fromSummary(r: FromPreviousResult, output: string): string[] {
  const lines = [
    `Đã ghi / Written: ${output}`,
    `Năm kế hoạch / Plan year: ${r.year} (kết quả năm ${r.year - 1}, mục tiêu năm ${r.year} để trống) · ` +
      `Bảng / Tables: ${r.taskTables} bảng nhiệm vụ, ${r.scoreTables} bảng điểm`,
  ];
  if (r.scoreTables) {
    lines.push(
      `Kết quả năm ${r.year - 1}: ${r.fromEstimates} dòng lấy từ "Ước đạt" của bảng theo dõi, ${r.fromTargets} dòng lấy từ mục tiêu năm ${r.year - 1}` +
        (r.tracked ? '' : ' (sổ không có bảng theo dõi của chiso / no chiso tracker in the workbook)'),
    );
  }
  if (r.taskTables) {
    lines.push(
      `Nhiệm vụ / Tasks: chuyển sang ${r.carried}/${r.tasks} (thường xuyên hoặc chưa hoàn thành) · bỏ ${r.dropped.length} (đã hoàn thành)`,
    );
    if (r.dropped.length) {
      lines.push('Đã bỏ / Dropped (cũng ở trang "Đã bỏ"):');
      for (const d of r.dropped) lines.push(`  - ${d.sheet} ${d.key}: ${short(d.task)} — ${d.reason}`);
    }
    if (r.yearMentions.length) {
      lines.push(
        `Cần xem lại / To review: ${r.yearMentions.length} nhiệm vụ chuyển sang có nhắc năm cũ trong nội dung (giữ nguyên, không tự sửa) / carried tasks name a past year (kept as written):`,
      );
      for (const m of r.yearMentions)
        lines.push(`  - ${m.sheet} ${m.key}: năm ${m.years.join(', ')} — ${short(m.text)}`);
    }
  }
  lines.push(`Trang / Sheets: ${r.specs.map((s) => s.name).join(', ')}`);
  return lines;
}

async function fromFile(
  io: Io,
  input: string,
  out: string | undefined,
  year: number | undefined,
  only: TemplateKind | undefined,
): Promise<number> {
  const grids = await readGridsOrReport(io, input);
  if (!grids) return 2;
  const split = splitChisoSheets(grids);
  const plan = readPlan(split.plan, { file: path.basename(input) });
  if (!plan.tables.some((t) => t.kind === 'tasks' || t.kind === 'scores')) {
    io.err(NO_TABLES);
    return NO_TABLES_EXIT;
  }
  if (year === undefined && plan.year === null) {
    io.err(
      'Không xác định được năm của kế hoạch cũ; hãy cho --year NĂM_MỚI / Cannot tell the old plan year; give --year NEW_YEAR',
    );
    return 2;
  }
  const result = fromPreviousSpec(plan, readTrackerData(split.chiso), { year, only });
  if (!result.specs.length) {
    io.err(`Tệp không có bảng ${only ? KIND_VI[only] : ''} nào để chuyển sang năm mới / No such table to carry over`);
    return 1;
  }
  const ext = path.extname(input);
  const output = out ?? path.join(path.dirname(input), `${path.basename(input, ext)}-${result.year}.xlsx`);
  if (output === input) {
    io.err(SAME_OUTPUT);
    return 2;
  }
  await writeSpecs(result.specs, output);
  for (const line of fromSummary(result, output)) io.out(line);
  return 0;
}

export const templateCommand: Command = async (args, io) => {
  const a = parseArgs(args, { values: ['out', 'year', 'from'], alias: { '-o': '--out' } });
  const bad = badCall(io);
  if (a.unknown.length) return bad(unknownOptions(a.unknown, USAGE));
  if (a.positional.length > 1) return bad(USAGE);
  const kind = a.positional[0] as TemplateKind | undefined;
  if (kind !== undefined && !TEMPLATE_KINDS.includes(kind))
    return bad(`Loại phụ lục không hợp lệ / Unknown kind: "${kind}" (par, sipas, papi, tasks). ${USAGE}`);
  const year = parseYear(a.values.year);
  if (year === null) return bad(`Năm không hợp lệ / Bad year: ${a.values.year}`);
  const from = a.values.from !== undefined ? path.resolve(a.values.from) : undefined;
  if (!from && !kind) return bad(USAGE);
  if (from) {
    const output = a.values.out !== undefined ? path.resolve(a.values.out) : undefined;
    if (output === from) return bad(SAME_OUTPUT);
    const wrong = output === undefined ? null : outputProblem(output, ['.xlsx', '.docx']);
    if (wrong) return bad(wrong);
    return fromFile(io, from, output, year, kind);
  }
  const y = year ?? Number(io.today().slice(0, 4));
  const output = path.resolve(a.values.out ?? `phu-luc-${kind}-${y}.xlsx`);
  const wrong = outputProblem(output, ['.xlsx', '.docx']);
  if (wrong) return bad(wrong);
  const spec = templateSpec(kind as TemplateKind, { year: y });
  await writeSpecs([spec], output);
  const rows = spec.cells.slice(spec.headerRow ?? 0).filter((r) => r?.[1] && r[1].s !== 'note').length;
  io.out(`Đã ghi / Written: ${output}`);
  io.out(
    `Phụ lục ${KIND_VI[kind as TemplateKind]} năm ${y} (kết quả năm ${y - 1}, mục tiêu năm ${y}) · trang "${spec.name}" · ${rows} dòng / rows`,
  );
  return 0;
};
