'use strict';
/**
 * Bench section "functions": throughput of the custom functions through the Excel boundary (compiled code in lib/;
 * run `npm run build:cli` first, or set CHISO_LIB to another compiled tree).
 * - PAR.SCORE over a 10,000-row points/ids range shaped like appendix columns: fields "1", criteria 1.1 (numbers, as
 *   Excel keeps them) and "1,2" (text), sub-criteria "1.3.1", PAPI-style "-" bullets, total rows without id;
 *   points as numbers and as text with a decimal comma.
 * - CCHC.DEADLINE over 10,000 deadline texts in a realistic mix (months, quarters, dates, multiple, recurring,
 *   event-bound, invalid), each call either a value or a caught #N/A / #VALUE!.
 */
const path = require('path');

const LIB = process.env.CHISO_LIB || path.join(__dirname, '..', '..', 'lib');

/** Tiny seeded PRNG so every run measures the same input. */
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

/** 10,000 rows of [id] and [points] as Excel passes two columns. */
function scoreRange(rows) {
  const rnd = prng(42);
  const ids = [];
  const points = [];
  const push = (id, p) => {
    ids.push([id]);
    points.push([p]);
  };
  const pt = (max) => {
    const v = Math.round(rnd() * max * 1000) / 1000;
    return rnd() < 0.4 ? String(v).replace('.', ',') : v; // text with a decimal comma, as pasted from Word
  };
  let field = 0;
  while (ids.length < rows) {
    field++;
    push(String(field), pt(15)); // field subtotal
    for (let c = 1; c <= 7 && ids.length < rows; c++) {
      const id = c % 2 ? Number(`${field}.${c}`) : `${field},${c}`; // 1.1 kept as a number, "1,2" as text
      push(id, pt(3));
      if (c % 3 === 0) for (let s = 1; s <= 4 && ids.length < rows; s++) push(`${field}.${c}.${s}${s === 4 ? '.' : ''}`, pt(1));
      if (c === 5) for (let b = 0; b < 3 && ids.length < rows; b++) push('-', pt(2.5));
    }
    if (ids.length < rows && field % 5 === 0) push(null, pt(100)); // a total row without id
  }
  return { ids: ids.slice(0, rows), points: points.slice(0, rows) };
}

const DEADLINES = [
  'Tháng 7/2025', 'Tháng 12 năm 2025', '6/2025', 'Quý II/2025', 'Quý IV', 'Quý 3/2025', 'Trước ngày 15/12/2025',
  'Hoàn thành trước 10/12/2025', 'Trong năm 2025', 'Trong năm', 'Năm 2025',
  '- Tháng 6/2025 (các sở, ngành)\n- Tháng 7/2025 (UBND cấp xã)', 'Thường xuyên', 'Hằng quý', 'Hàng tháng báo cáo UBND TP',
  'Theo hướng dẫn của Sở Nội vụ', 'Sau khi có văn bản của Bộ Nội vụ', 'Trước ngày 31/11/2025', 'Chưa xác định',
];

function deadlineTexts(n) {
  const rnd = prng(7);
  return Array.from({ length: n }, () => DEADLINES[Math.floor(rnd() * DEADLINES.length)]);
}

function time(fn, minMs = 300) {
  fn(); // warm-up
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    calls++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return elapsed / calls;
}

module.exports = {
  name: 'functions',
  async run() {
    const fns = require(path.join(LIB, 'functions', 'functions.js'));
    const out = [];

    const { ids, points } = scoreRange(10000);
    const total = fns.parScore(points, ids);
    const msScore = time(() => fns.parScore(points, ids));
    out.push({ case: 'PAR.SCORE 10,000 rows with ids', value: +msScore.toFixed(3), unit: 'ms/call', note: `total ${total}` });
    out.push({ case: 'PAR.SCORE 10,000 rows with ids', value: Math.round(10000 / msScore) * 1000, unit: 'rows/s' });
    const msPlain = time(() => fns.parScore(points));
    out.push({ case: 'PAR.SCORE 10,000 rows, no ids', value: +msPlain.toFixed(3), unit: 'ms/call' });

    const texts = deadlineTexts(10000);
    let values = 0;
    let errors = 0;
    const runAll = () => {
      values = 0;
      errors = 0;
      for (const t of texts) {
        try {
          fns.cchcDeadline(t, 2025);
          values++;
        } catch {
          errors++;
        }
      }
    };
    const msDeadlines = time(runAll, 500);
    out.push({
      case: 'CCHC.DEADLINE 10,000 texts',
      value: +((msDeadlines * 1000) / texts.length).toFixed(2),
      unit: 'µs/call',
      note: `${values} dates, ${errors} #N/A/#VALUE!; ${Math.round((texts.length / msDeadlines) * 1000)} calls/s`,
    });
    return out;
  },
};

if (require.main === module) {
  module.exports.run().then((rows) => console.table(rows));
}
