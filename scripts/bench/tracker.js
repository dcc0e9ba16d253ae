'use strict';
/**
 * Bench section "tracker": `chiso track` (read the workbook, read the plan, validate, build the trackers, render
 * them with exceljs, write the file) against the floor: exceljs reading and writing the same workbook without chiso.
 * Compiled code from lib/ (run `npm run build:cli` first, or set CHISO_LIB to another compiled tree).
 * Cases: a synthetic plan of 10,000 tasks (sections, groups, numbered items, varied deadlines and agencies) — first
 * run and refresh of its own output — and each fixture. Median of a few runs (one for the 10,000-task cases).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const LIB = process.env.CHISO_LIB || path.join(__dirname, '..', '..', 'lib');
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'plans');
const TODAY = '2025-09-30';

const HEAD = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả/Sản phẩm'];
const DEADLINES = ['Tháng 7/2025', 'Quý IV/2025', 'Thường xuyên', 'Trước ngày 15/10/2025', 'Trong năm 2025', 'Theo hướng dẫn của Sở Nội vụ'];
const AGENCIES = ['Sở Nội vụ', 'Sở Tư pháp', 'UBND cấp xã', 'Văn phòng UBND Thành phố', 'Các sở, ban, ngành', 'Sở Tài chính', 'Sở Y tế'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const WORDS = 'tổ chức triển khai kiểm tra rà soát nâng cao chất lượng hiệu quả công khai thủ tục hành chính dịch vụ công trực tuyến người dân doanh nghiệp báo cáo đánh giá'.split(' ');

/** A task plan of `tasks` items in sections A–C, groups of ~25, written to `file`. */
async function syntheticPlan(tasks, file) {
  let seed = 2025;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục 1');
  ws.addRow(['Phụ lục 1']);
  ws.addRow(['CÁC NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ NĂM 2025']);
  ws.addRow([]);
  ws.addRow([]);
  ws.addRow(HEAD);
  let n = 0;
  for (const section of ['A', 'B', 'C']) {
    ws.addRow([section, `CHỈ SỐ ${section}`]);
    for (let g = 0; g < 10 && n < tasks; g++) {
      ws.addRow([ROMAN[g], `NHÓM ${section}.${ROMAN[g]}`]);
      const size = Math.ceil(tasks / 30);
      for (let i = 1; i <= size && n < tasks; i++, n++) {
        const text = Array.from({ length: 8 + Math.floor(rnd() * 10) }, () => pick(WORDS)).join(' ');
        ws.addRow([`${i}.`, `Thực hiện việc số ${n + 1}: ${text}`, pick(DEADLINES), pick(AGENCIES), pick(AGENCIES), 'Văn bản gửi Sở Nội vụ']);
      }
    }
  }
  await wb.xlsx.writeFile(file);
}

async function floor(file, out) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
}

async function timed(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function run() {
  const { runTrack } = require(path.join(LIB, 'cli', 'commands', 'track.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-track-'));
  const results = [];
  const compare = async (label, file, runs, note) => {
    const out = path.join(dir, `${label}-theo-doi.xlsx`);
    // Each run starts without the output (an existing chiso output would turn the next runs into refreshes of it).
    const track = await timed(() => {
      fs.rmSync(out, { force: true });
      return runTrack({ input: file, output: out, today: TODAY, fixedToday: true });
    }, runs);
    const base = await timed(() => floor(file, path.join(dir, `${label}-floor.xlsx`)), runs);
    results.push({ case: `track ${label}`, value: Math.round(track), unit: 'ms', ...(note ? { note } : {}) });
    results.push({ case: `floor ${label} (exceljs read+write)`, value: Math.round(base), unit: 'ms' });
    results.push({ case: `ratio ${label} (track / floor)`, value: Math.round((track / base) * 100) / 100, unit: 'x' });
    return out;
  };
  try {
    const big = path.join(dir, 'synthetic-10000.xlsx');
    await syntheticPlan(10000, big);
    const first = await compare('10000 tasks', big, 1, 'first run: 10,000 tasks, 33 headings');
    // Refresh: track the tracked workbook again (reads back its own sheets, matches 10,000 rows).
    await compare('10000 tasks refresh', first, 1, 'second run on its own output');
    for (const f of fs.readdirSync(FIXTURES).filter((x) => x.endsWith('.xlsx')).sort()) {
      await compare(path.basename(f, '.xlsx'), path.join(FIXTURES, f), 3);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

module.exports = { name: 'tracker', run };

if (require.main === module) {
  run().then(
    (r) => console.table(r),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
