/**
 * `chiso cascade FILE --unit TEXT [--name TEXT] [-o OUT.xlsx]`: a subordinate unit's task table from its parent's
 * plan (every task whose lead or coordinating agencies name the unit). Exit 0 written, 1 no task names the unit,
 * 2 cannot run (bad call, unreadable input).
 */
import * as path from 'path';
import { cascadeSpec, defaultUnitName, leadNote, splitChisoSheets, unitSlug } from '../../core/generate';
import { readPlan } from '../../core/plan';
import { parseArgs, type Command } from '../io';
import {
  badCall,
  NO_TABLES,
  NO_TABLES_EXIT,
  outputProblem,
  readGridsOrReport,
  SAME_OUTPUT,
  unknownOptions,
  writeSpecs,
} from '../workbook-io';

const USAGE = 'Cách dùng / Usage: chiso cascade TỆP.xlsx --unit "cấp xã" [--name "UBND phường …"] [-o RA.xlsx|RA.docx]';

/** The unit's name in the default output's name (one rule with the page's download). */
export const slug = unitSlug;

export const cascadeCommand: Command = async (args, io) => {
  const a = parseArgs(args, { values: ['out', 'unit', 'name'], alias: { '-o': '--out' } });
  const bad = badCall(io);
  if (a.unknown.length) return bad(unknownOptions(a.unknown, USAGE));
  if (a.positional.length !== 1) return bad(`Cần đúng một tệp .xlsx / Give exactly one .xlsx file. ${USAGE}`);
  const unit = (a.values.unit ?? '').trim();
  if (!unit) return bad(`Thiếu --unit (tên đơn vị như trong cột chủ trì/phối hợp) / Missing --unit. ${USAGE}`);
  const input = path.resolve(a.positional[0]);
  const ext = path.extname(input);
  const output = path.resolve(
    a.values.out ??
      path.join(
        path.dirname(input),
        `${path.basename(input, ext)}-${slug(a.values.name?.trim() || defaultUnitName(unit))}.xlsx`,
      ),
  );
  if (output === input) return bad(SAME_OUTPUT);
  const wrong = outputProblem(output, ['.xlsx', '.docx']);
  if (wrong) return bad(wrong);
  const grids = await readGridsOrReport(io, input);
  if (!grids) return 2;
  const plan = readPlan(splitChisoSheets(grids).plan, { file: path.basename(input) });
  if (plan.tables.length === 0) {
    io.err(NO_TABLES);
    return NO_TABLES_EXIT;
  }
  if (!plan.tables.some((t) => t.kind === 'tasks')) {
    io.err('Không tìm thấy bảng nhiệm vụ nào (tiêu đề cột như "Nhiệm vụ", "Cơ quan chủ trì") / No task table found');
    return 1;
  }
  const r = cascadeSpec(plan, { unit, name: a.values.name });
  if (r.kept === 0) {
    io.err(
      `Không có nhiệm vụ nào nêu "${unit}" ở cột chủ trì hoặc phối hợp (${r.total} nhiệm vụ) / No task names "${unit}" as lead or coordinator`,
    );
    return 1;
  }
  await writeSpecs([r.spec], output);
  io.out(`Đã ghi / Written: ${output}`);
  io.out(
    `Đơn vị / Unit: ${r.name} · giữ ${r.kept}/${r.total} nhiệm vụ có "${unit}" ở cột chủ trì hoặc phối hợp / kept ${r.kept} of ${r.total} tasks`,
  );
  io.out(`Khớp / Matched: ${r.matched.map((m) => `"${m.replace(/\s*\n\s*/g, ' ')}"`).join(', ')}`);
  io.out(`Trang / Sheet: ${r.spec.name}`);
  io.out(
    `${leadNote(r.name, r.led, r.kept - r.led)} / ${r.led} tasks led by the unit (named as lead), ${r.kept - r.led} coordinated (the parent's lead kept); fill in the unit's own department and leader`,
  );
  return 0;
};
