'use strict';
/**
 * Bench section "reader": the appendix-table reader on .xlsx files (compiled code in lib/; run `npm run build:cli`
 * first, or set CHISO_LIB to another compiled tree).
 * - extract = the exceljs adapter (readWorkbookGrids) + readPlan, the work `chiso extract` does before validation;
 * - exceljs alone = loading the same bytes with exceljs, the floor the reader cannot go under;
 * - ratio = extract / exceljs alone.
 * Cases: a synthetic 10,000-row task plan (Roman groups, numbered items, merged leads, continuation rows, repeated
 * headers) and each fixture. Median of several runs.
 */
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const LIB = process.env.CHISO_LIB || path.join(__dirname, '..', '..', 'lib');
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'plans');

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEAD = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Yêu cầu/Kết quả/Sản phẩm'];
const DEADLINES = ['Tháng 7/2025', 'Quý IV/2025', 'Thường xuyên', 'Trước ngày 15/12/2025', 'Trong năm 2025', '- Tháng 6/2025 (các sở)\n- Tháng 7/2025 (UBND cấp xã)'];
const AGENCIES = ['Sở Nội vụ', 'Sở Tư pháp', 'UBND cấp xã', 'Văn phòng UBND Thành phố', 'Các sở, ban, ngành'];

/** A 10,000-row task plan as .xlsx bytes. */
async function syntheticPlan(rows) {
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
  let group = 0;
  let item = 0;
  while (r < rows) {
    if (item === 0 || rnd() < 0.02) {
      group++;
      item = 0;
      ws.addRow([toRoman(group), `NHÓM NHIỆM VỤ ${group}`]);
      r++;
      ws.mergeCells(r, 2, r, 6);
    }
    item++;
    const lead = AGENCIES[Math.floor(rnd() * AGENCIES.length)];
    ws.addRow([`${item}.`, `Nhiệm vụ số ${r} về cải cách hành chính trên địa bàn`, DEADLINES[Math.floor(rnd() * DEADLINES.length)], lead, AGENCIES[Math.floor(rnd() * AGENCIES.length)], 'Báo cáo kết quả']);
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

function toRoman(n) {
  const map = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, t] of map) while (n >= v) (s += t), (n -= v);
  return s;
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt(fn, runs) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    last = await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), last };
}

async function measure(label, buf, runs) {
  const { readWorkbookGrids } = require(path.join(LIB, 'adapters/xlsx/read.js'));
  const { readPlan } = require(path.join(LIB, 'core/plan/index.js'));
  const extract = await timeIt(async () => readPlan(await readWorkbookGrids(buf)), runs);
  const alone = await timeIt(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    return wb;
  }, runs);
  const plan = extract.last;
  const items = plan.tables.reduce((n, t) => n + t.rows.filter((x) => x.type === 'item').length, 0);
  return [
    { case: `${label}: extract (exceljs + readPlan)`, value: round(extract.ms), unit: 'ms', note: `median of ${runs}; ${plan.tables.length} table(s), ${items} items` },
    { case: `${label}: exceljs load alone`, value: round(alone.ms), unit: 'ms', note: `median of ${runs}` },
    { case: `${label}: extract / exceljs`, value: round(extract.ms / alone.ms, 2), unit: 'x' },
  ];
}

function round(x, d = 1) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

module.exports = {
  name: 'reader',
  async run() {
    const out = [];
    const big = await syntheticPlan(10000);
    out.push(...(await measure('synthetic 10,000-row task plan', big, 5)));
    for (const f of fs.readdirSync(FIXTURES).filter((x) => x.endsWith('.xlsx')).sort()) {
      out.push(...(await measure(f, fs.readFileSync(path.join(FIXTURES, f)), 9)));
    }
    return out;
  },
};

if (require.main === module) {
  module.exports.run().then(
    (rows) => console.table(rows),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
