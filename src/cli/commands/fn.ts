/**
 * `chiso fn NAME ARG...` — evaluates a catalogue function through the same code path as Excel (src/functions).
 *
 * Arguments arrive typed the way Excel would hand over cell values:
 * - a plain JavaScript number ("15", "-2.5", "1e3") → a number cell;
 * - TRUE / FALSE (any case) → a boolean cell;
 * - "" → an empty cell;
 * - a JSON array → a range: '[9.4,"1,50",null]' is a column, '[[1,2],[3,4]]' a block (rows of cells);
 * - anything else → a text cell, read by the functions like text typed in Excel: "1,5" stays the text "1,5", which
 *   the functions read as 1.5 (decimal comma), exactly as a text cell "1,5" in Excel.
 * CCHC.STATUS without `today` takes the CLI clock (Io.today) instead of reading the system clock itself.
 * Output: numbers in plain JavaScript notation (15, 8.65); CCHC.DEADLINE as dd/mm/yyyy; text as is.
 * Exit codes: 0 value; 1 #VALUE! / #N/A (printed on stderr with the message); 2 unknown function or wrong usage.
 */
import type { Command, Io } from '../io';
import { CATALOGUE, findFunction, type CatalogueEntry } from '../../functions/catalogue';
import { formatVnDate, isoFromExcelSerial } from '../../core/text';

function signature(e: CatalogueEntry): string {
  const params = e.params.map((p, i) => (i < e.required ? p : `[${p}]`));
  return `${e.id}(${params.join(', ')})`;
}

export const FN_HELP = `chiso fn TÊN_HÀM ĐỐI_SỐ... — tính một hàm của danh mục, như trong Excel
chiso fn NAME ARG... — evaluate a catalogue function, as in Excel

Đối số / Arguments (như giá trị ô Excel / typed like Excel cell values):
  15, -2.5, 1e3          số / a number
  TRUE, FALSE            giá trị logic / a boolean
  ""                     ô trống / an empty cell
  '[9.4,"1,50",null]'    vùng (mảng JSON; '[[1,2],[3,4]]' = các hàng) / a range (JSON array; rows of cells)
  "1,5", "Quý II/2025"   chữ, đọc như ô chữ trong Excel ("1,5" = 1,5) / text, read as an Excel text cell
CCHC.STATUS không có today: dùng ngày hôm nay / without today: today's date.
Kết quả / Output: số dạng 15 hoặc 8.65; ngày dd/mm/yyyy; lỗi "#VALUE! …" hoặc "#N/A …" (mã thoát 1).
Numbers as 15 or 8.65; dates dd/mm/yyyy; errors "#VALUE! …" or "#N/A …" on stderr (exit code 1).

Hàm / Functions:
${CATALOGUE.map((e) => `  ${signature(e)}\n      ${e.spec.help.vi}`).join('\n')}

Ví dụ / Examples:
  chiso fn PAPI.RANK 43.9603 2023                    → 15
  chiso fn CCHC.DEADLINE "Quý II/2025"               → 30/06/2025
  chiso fn PAR.SCORE '[9.4,"1,50",0.5]' '["1","1.1","1.2"]'   → 2`;

class UsageError extends Error {}

/** One command-line argument → the value Excel would pass for such a cell or range. */
export function parseFnArg(text: string): unknown {
  if (text === '') return null;
  const t = text.trim();
  if (t.startsWith('[')) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      throw new UsageError(`Không đọc được vùng JSON: ${text} / Cannot read the JSON range: ${text}`);
    }
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return text;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  /** Both languages (src/functions/boundary.ts); `message` is the Vietnamese. */
  text?: { en?: unknown };
}

function isExcelError(e: unknown): e is ErrorLike & { code: string; message: string } {
  const x = e as ErrorLike;
  return (
    typeof e === 'object' && e !== null && (x.code === '#VALUE!' || x.code === '#N/A') && typeof x.message === 'string'
  );
}

function format(entry: CatalogueEntry, value: number | string): string {
  if (entry.returns === 'date' && typeof value === 'number')
    return formatVnDate(isoFromExcelSerial(value) ?? '') || String(value);
  return String(value);
}

function listFunctions(io: Io): void {
  io.err(`Các hàm / Functions: ${CATALOGUE.map((e) => e.id).join(', ')}. Xem / See: chiso fn --help`);
}

/** The command body (synchronous: no file I/O). */
function runFn(args: string[], io: Io): number {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') {
    io.out(FN_HELP);
    return 0;
  }
  if (name === undefined || name === '') {
    io.err('Thiếu tên hàm / Missing function name.');
    listFunctions(io);
    return 2;
  }
  const entry = findFunction(name);
  if (!entry) {
    io.err(`Không có hàm "${name}" / Unknown function "${name}".`);
    listFunctions(io);
    return 2;
  }
  if (rest.length === 1 && (rest[0] === '--help' || rest[0] === '-h')) {
    io.out(`${signature(entry)}\n${entry.spec.help.vi}`);
    return 0;
  }
  if (rest.length < entry.required || rest.length > entry.params.length) {
    io.err(
      `${entry.id} cần ${entry.required}–${entry.params.length} đối số, nhận ${rest.length} / takes ${entry.required}–${entry.params.length} arguments, got ${rest.length}: ${signature(entry)}`,
    );
    return 2;
  }
  let values: unknown[];
  try {
    values = rest.map(parseFnArg);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  // A function that would read the clock (CCHC.STATUS without today) uses the CLI's clock (Io.today), so a run is
  // reproducible in tests; it is passed as an ISO date text, which the function reads as a date.
  const clock = entry.clockParam ? entry.params.indexOf(entry.clockParam) : -1;
  if (clock >= 0 && (values.length <= clock || values[clock] === null)) {
    while (values.length < clock) values.push(null);
    values[clock] = io.today();
  }
  try {
    const value = entry.impl(...values);
    io.out(format(entry, value));
    return 0;
  } catch (e) {
    if (!isExcelError(e)) throw e;
    const en = typeof e.text?.en === 'string' && e.text.en ? `\n${e.code} ${e.text.en}` : '';
    io.err(`${e.code} ${e.message}${en}`);
    return 1;
  }
}

export const fnCommand: Command = (args, io) => {
  try {
    return Promise.resolve(runFn(args, io));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
};
