/**
 * Bench section "reader": reading and checking the appendix tables of .xlsx files (compiled code in lib/; run
 * `npm run build:cli` first, or set CHISO_LIB to another compiled tree).
 * - extract + validate = the streaming reader (readWorkbookGrids) + readPlan + validatePlan, the work of
 *   `chiso extract` / `chiso validate` on a plan; validatePlan alone is shown too;
 * - exceljs alone = loading the same bytes with exceljs, the former reader's floor;
 * - ratio = (extract + validate) / exceljs alone; reader alone (readWorkbookGrids) and reader / exceljs;
 * - peak memory (synthetic plan only): the peak RSS of a fresh Node process doing extract + validate, and one only
 *   loading the bytes with exceljs (each in its own process, so neither sees the other's garbage).
 * Cases: a synthetic 10,000-row task plan (letter sections, Roman groups restarting per section, numbered items, merged leads, continuation rows, repeated
 * headers) and each fixture. Median of several runs.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Read from '../../src/adapters/xlsx/read';
import type * as PlanModule from '../../src/core/plan';
import type * as Roman from '../../src/core/text/roman';
import type * as Validate from '../../src/core/validate';
import { prng, round, runIfMain, timeRuns, type BenchRow } from '../lib/bench-util';
import { PLAN_DEADLINES } from '../lib/plan-words';
import { fromLib, LIB, ROOT } from '../lib/root';

const FIXTURES = path.join(ROOT, 'fixtures', 'plans');

const HEAD = [
  'TT',
  'Nhiệm vụ',
  'Tiến độ hoàn thành',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Yêu cầu/Kết quả/Sản phẩm',
];
const DEADLINES = [...PLAN_DEADLINES, '- Tháng 6/2025 (các sở)\n- Tháng 7/2025 (UBND cấp xã)'];
// Single letters that are not Roman numerals (I, V, X are).
const SECTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K', 'L', 'M', 'N'];
const AGENCIES = ['Sở Nội vụ', 'Sở Tư pháp', 'UBND cấp xã', 'Văn phòng UBND Thành phố', 'Các sở, ban, ngành'];

/** A task plan of about `rows` rows as .xlsx bytes. */
async function syntheticPlan(rows: number): Promise<Buffer> {
  const rnd = prng(2025);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục 1');
  ws.addRow(['Phụ lục 1']);
  ws.mergeCells(1, 1, 1, 6);
  ws.addRow(['CÁC NHIỆM VỤ NĂM 2025']);
  ws.mergeCells(2, 1, 2, 6);
  ws.addRow([]);
  ws.addRow(HEAD);
  let r = 4;
  let section = 0;
  let group = 0;
  let item = 0;
  while (r < rows) {
    // As real plans: letter sections, each with at most 20 Roman groups (numbering restarts per section).
    const newGroup = item === 0 || rnd() < 0.02;
    if (newGroup && (section === 0 || group === 20)) {
      const letter = SECTION_LETTERS[section % SECTION_LETTERS.length];
      section++;
      group = 0;
      ws.addRow([letter, `PHẦN ${letter}: CHỈ SỐ ${section}`]);
      r++;
      ws.mergeCells(r, 2, r, 6);
    }
    if (newGroup) {
      group++;
      item = 0;
      ws.addRow([toRoman(group), `NHÓM NHIỆM VỤ ${group}`]);
      r++;
      ws.mergeCells(r, 2, r, 6);
    }
    item++;
    const lead = AGENCIES[Math.floor(rnd() * AGENCIES.length)];
    ws.addRow([
      `${item}.`,
      `Nhiệm vụ số ${r} về cải cách hành chính trên địa bàn`,
      DEADLINES[Math.floor(rnd() * DEADLINES.length)],
      lead,
      AGENCIES[Math.floor(rnd() * AGENCIES.length)],
      'Báo cáo kết quả',
    ]);
    r++;
    if (rnd() < 0.15) {
      ws.addRow([null, null, null, null, null, '- Tài liệu kiểm chứng khác (nếu có).']);
      r++;
    }
    if (rnd() < 0.01) {
      ws.addRow([null, ...HEAD.slice(1)]);
      r++;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// The project's own numbering (built into lib/ by `npm run build:cli`).
const { toRoman } = fromLib<typeof Roman>('core/text/roman.js');

/** The reader and the validator the section times: the compiled ones in LIB, or a test's. */
interface Code {
  readWorkbookGrids: typeof Read.readWorkbookGrids;
  readPlan: typeof PlanModule.readPlan;
  validatePlan: typeof Validate.validatePlan;
}

/** The compiled reader and validator in LIB. */
function compiled(): Code {
  return {
    readWorkbookGrids: fromLib<typeof Read>('adapters/xlsx/read.js').readWorkbookGrids,
    readPlan: fromLib<typeof PlanModule>('core/plan/index.js').readPlan,
    validatePlan: fromLib<typeof Validate>('core/validate/index.js').validatePlan,
  };
}

async function measure(code: Code, label: string, buf: Buffer, runs: number): Promise<BenchRow[]> {
  const { readWorkbookGrids, readPlan, validatePlan } = code;
  const checked = await timeRuns(async () => {
    const grids = await readWorkbookGrids(buf);
    const plan = readPlan(grids);
    return { grids, plan, issues: validatePlan(plan, grids) };
  }, runs);
  const { grids, plan, issues } = checked.last;
  const validation = await timeRuns(() => validatePlan(plan, grids), runs);
  const reading = await timeRuns(() => readWorkbookGrids(buf), runs);
  const alone = await timeRuns(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer); // exceljs types a Node Buffer as its own ArrayBuffer-like
    return wb;
  }, runs);
  const items = plan.tables.reduce((n, t) => n + t.rows.filter((x) => x.type === 'item').length, 0);
  return figures(
    label,
    { checked: checked.ms, validation: validation.ms, reading: reading.ms, alone: alone.ms },
    `median of ${runs}`,
    `${plan.tables.length} table(s), ${items} items, ${issues.length} issues`,
  );
}

/** Median times (ms) of one input: extract + validate, validatePlan alone, the reader alone, exceljs alone. */
export interface ReaderTimes {
  checked: number;
  validation: number;
  reading: number;
  alone: number;
}

/** The section's six rows for one input: the times, and the two ratios to exceljs alone. */
export function figures(label: string, t: ReaderTimes, of: string, found: string): BenchRow[] {
  return [
    {
      case: `${label}: extract + validate (reader + readPlan + validatePlan)`,
      value: round(t.checked),
      unit: 'ms',
      note: `${of}; ${found}`,
    },
    { case: `${label}: validatePlan alone`, value: round(t.validation, 2), unit: 'ms', note: of },
    { case: `${label}: exceljs load alone`, value: round(t.alone), unit: 'ms', note: of },
    { case: `${label}: (extract + validate) / exceljs`, value: round(t.checked / t.alone, 2), unit: 'x' },
    { case: `${label}: reader alone (readWorkbookGrids)`, value: round(t.reading), unit: 'ms', note: of },
    { case: `${label}: reader / exceljs`, value: round(t.reading / t.alone, 2), unit: 'x' },
  ];
}

/** Peak RSS (MB) of a fresh Node process reading `file` with the compiled reader (+ readPlan + validatePlan) or exceljs. */
function peakRss(file: string, mode: 'reader' | 'exceljs'): number {
  const script = `
    const fs = require('fs'); const path = require('path');
    const [lib, file, mode] = process.argv.slice(1);
    (async () => {
      const buf = fs.readFileSync(file);
      if (mode === 'reader') {
        const grids = await require(path.join(lib, 'adapters/xlsx/read.js')).readWorkbookGrids(buf);
        const plan = require(path.join(lib, 'core/plan/index.js')).readPlan(grids);
        require(path.join(lib, 'core/validate/index.js')).validatePlan(plan, grids);
      } else {
        const ExcelJS = require('exceljs');
        await new ExcelJS.Workbook().xlsx.load(buf);
      }
      process.stdout.write(String(process.resourceUsage().maxRSS / 1024));
    })();`;
  const out = execFileSync(process.execPath, ['-e', script, LIB, file, mode], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return Number(out);
}

function memory(label: string, buf: Buffer): BenchRow[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-'));
  const file = path.join(dir, 'plan.xlsx');
  fs.writeFileSync(file, buf);
  try {
    const reader = peakRss(file, 'reader');
    const floor = peakRss(file, 'exceljs');
    return [
      {
        case: `${label}: peak memory, extract + validate`,
        value: round(reader),
        unit: 'MB',
        note: 'peak RSS of a fresh process',
      },
      {
        case: `${label}: peak memory, exceljs load alone`,
        value: round(floor),
        unit: 'MB',
        note: 'peak RSS of a fresh process',
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Options (for tests; the bench uses the defaults): `rows` of the synthetic plan (10,000), `runs` of the synthetic
 * case (5) and of each fixture (9), `code` = { readWorkbookGrids, readPlan, validatePlan } instead of the compiled lib/.
 */
export async function run(opts: { rows?: number; runs?: number; code?: Code } = {}): Promise<BenchRow[]> {
  const code = opts.code || compiled();
  const rows = opts.rows || 10000;
  const out: BenchRow[] = [];
  const big = await syntheticPlan(rows);
  const bigLabel = `synthetic ${rows.toLocaleString('en')}-row task plan`;
  out.push(...(await measure(code, bigLabel, big, opts.runs || 5)));
  // Peak memory needs the compiled reader in a fresh process: not when a test passes its own `code`.
  if (!opts.code) out.push(...memory(bigLabel, big));
  for (const f of fs
    .readdirSync(FIXTURES)
    .filter((x) => x.endsWith('.xlsx'))
    .sort()) {
    out.push(...(await measure(code, f, fs.readFileSync(path.join(FIXTURES, f)), opts.runs || 9)));
  }
  return out;
}

export const name = 'reader';

runIfMain(module, run);
