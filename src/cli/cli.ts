/** Argument wiring: `chiso <command> …` → the command module. */
import { type Command, type Io } from './io';
import { fnCommand } from './commands/fn';
import { extractCommand } from './commands/extract';
import { validateCommand } from './commands/validate';
import { trackCommand } from './commands/track';
import { demoCommand } from './commands/demo';
import { templateCommand } from './commands/template';
import { cascadeCommand } from './commands/cascade';
import { rollupCommand } from './commands/rollup';
import { reportCommand } from './commands/report';
import { importCommand } from './commands/import';
import { assessCommand } from './commands/assess';

const COMMANDS: Record<string, Command> = {
  fn: fnCommand,
  extract: extractCommand,
  validate: validateCommand,
  track: trackCommand,
  demo: demoCommand,
  template: templateCommand,
  cascade: cascadeCommand,
  rollup: rollupCommand,
  report: reportCommand,
  import: importCommand,
  assess: assessCommand,
};

export const HELP = `chiso — theo dõi và cải thiện Chỉ số CCHC (PAR INDEX), SIPAS, PAPI
chiso — plan and track PAR INDEX, SIPAS and PAPI improvement

Cách dùng / Usage:
  chiso fn TÊN_HÀM ĐỐI_SỐ...        Tính một hàm của danh mục (như trong Excel)
                                      Evaluate a catalogue function (as in Excel)
                                      vd./e.g. chiso fn PAPI.RANK 43.9603 2023
  chiso extract TỆP.xlsx|TỆP.docx [--sheet TÊN] [--year NĂM] --json
                                      Đọc các bảng phụ lục, in JSON / Read the appendix tables as JSON
  chiso validate TỆP.xlsx|TỆP.docx [--year NĂM] [--sheet TÊN] [--json]
                                      Kiểm tra bảng, báo lỗi theo ô / Check the tables, problems by cell
  chiso track TỆP.xlsx|TỆP.docx [-o RA.xlsx] [--year NĂM] [--papi-year NĂM] [--soon NGÀY] [--today YYYY-MM-DD] [--in-place] [--force]
                                      Tạo hoặc cập nhật bảng theo dõi / Build or refresh the tracker
                                      Chạy lại: cập nhật RA.xlsx có sẵn, giữ nội dung đã nhập (tệp khác: --force) / Again: refreshes it, keeping entries
  chiso template par|sipas|papi|tasks [--year NĂM] [-o RA.xlsx]
                                      Tạo phụ lục trống từ bộ tiêu chí / An empty appendix from the frameworks
  chiso template [LOẠI] --from TỆP.xlsx [--year NĂM] [-o RA.xlsx]
                                      Phụ lục năm sau từ sổ năm trước / Next year's appendix from last year's workbook
  chiso cascade TỆP.xlsx --unit "cấp xã" [--name "UBND phường …"] [-o RA.xlsx]
                                      Bảng nhiệm vụ của đơn vị cấp dưới / A subordinate unit's task table
  chiso rollup TỆP_HOẶC_THƯ_MỤC... [-o RA.xlsx] [--today YYYY-MM-DD] [--soon NGÀY] [--json]
                                      Tổng hợp bảng theo dõi của nhiều đơn vị / Roll up many units' trackers
                                      (tệp không đọc được: bỏ qua, nêu lý do / unreadable files: skipped, with the reason)
  chiso report TỆP_HOẶC_THƯ_MỤC... [--period q1|6m|q3|year] [--year NĂM] [--from NGÀY --to NGÀY] [--unit "…"] [-o RA.docx|RA.xlsx] [--json]
                                      Dự thảo báo cáo định kỳ (Quý I, 6 tháng, Quý III, năm) / The periodic report's draft
                                      template, cascade: -o RA.docx ghi văn bản Word (A4 ngang) / writes a Word document
  chiso import TỆP.docx [-o RA.xlsx] [--force]
                                      Chép các bảng phụ lục của văn bản Word sang sổ Excel / A Word plan's appendix tables as a workbook
  chiso assess TỆP.xlsx [--set par-2024|TỆP] [--year NĂM] [-o RA.xlsx]
                                      Sổ tự đánh giá, chấm điểm và tài liệu kiểm chứng / The self-assessment workbook
                                      Chạy lại: cập nhật, giữ nội dung đã nhập / Again: refreshes it, keeping entries
  chiso demo                          Chạy trên kế hoạch mẫu kèm theo / Run on the bundled sample plan
  chiso --help                        Trợ giúp này / This help
  chiso LỆNH --help                   Cách dùng một lệnh / One command's usage

Mã thoát / Exit codes: 0 = thành công / success; 1 = có lỗi dữ liệu hoặc không có bảng phụ lục / data errors or no appendix table; 2 = không chạy được / cannot run.`;

/** Commands that print their own usage for --help (fn lists its functions). */
const OWN_HELP = new Set(['fn', 'import', 'rollup', 'extract', 'validate']);

/** `chiso NAME --help`: the lines of HELP about that command, and the exit codes. */
export function commandHelp(name: string): string {
  const lines = HELP.split('\n');
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (/^ {2}chiso /.test(line)) inside = line.startsWith(`  chiso ${name} `) || line === `  chiso ${name}`;
    else if (!/^ {6,}/.test(line)) inside = false;
    if (inside) out.push(line);
  }
  const exit = lines.find((l) => l.startsWith('Mã thoát'));
  return [`chiso ${name}`, ...out, '', ...(exit ? [exit] : [])].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out('chiso 0.1.0');
    return 0;
  }
  const cmd: Command | undefined = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  const end = rest.indexOf('--');
  const help = end < 0 ? rest : rest.slice(0, end);
  if (cmd && !OWN_HELP.has(name) && (help.includes('--help') || help.includes('-h'))) {
    io.out(commandHelp(name));
    return 0;
  }
  if (!cmd) {
    io.err(`Lệnh không tồn tại: "${name}". Xem: chiso --help / Unknown command "${name}". See: chiso --help`);
    return 2;
  }
  try {
    return await cmd(rest, io);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`Lỗi không mong đợi / Unexpected error: ${msg}`);
    return 2;
  }
}
