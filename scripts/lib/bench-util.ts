// Timing helpers shared by the bench sections (scripts/bench/*.ts). They live here, outside scripts/bench/, because
// scripts/bench.ts loads every file in that folder as a section.
export { prng } from './prng';

/** One line of a section's results (scripts/bench.ts tables them). */
export interface BenchRow {
  case: string;
  value: number;
  unit: string;
  note?: string;
}

/** The middle value (the upper middle for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `x` rounded to `d` decimals. */
export function round(x: number, d = 1): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Times `fn` (sync or async) `runs` times after `warmup` untimed calls; each run is awaited.
 * Returns { ms: the median run in milliseconds, times: every run, last: what the last run returned }.
 */
export async function timeRuns<T>(
  fn: () => T | Promise<T>,
  runs: number,
  warmup = 1,
): Promise<{ ms: number; times: number[]; last: T }> {
  if (!(runs >= 1)) throw new Error('timeRuns: runs must be at least 1');
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    last = await fn();
    times.push(nowMs() - t0);
  }
  return { ms: median(times), times, last };
}

const DEADLINES = [
  'Tháng 7/2025',
  'Quý IV/2025',
  'Thường xuyên',
  'Trước ngày 15/10/2025',
  'Trong năm 2025',
  'Theo hướng dẫn của Sở Nội vụ',
];
const AGENCIES = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'UBND cấp xã',
  'Văn phòng UBND Thành phố',
  'Các sở, ban, ngành',
  'Sở Tài chính',
  'Sở Y tế',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const WORDS =
  'tổ chức triển khai kiểm tra rà soát nâng cao chất lượng hiệu quả công khai thủ tục hành chính dịch vụ công trực tuyến người dân doanh nghiệp báo cáo đánh giá'.split(
    ' ',
  );

/**
 * The rows of the synthetic task plan of the tracker and office benches (sheet "Phụ lục 1"): `tasks` items in
 * sections A–C, groups of about tasks/30, seeded so every run builds the same plan.
 */
export function syntheticTaskRows(tasks: number): string[][] {
  let seed = 2025;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (a: readonly string[]): string => a[Math.floor(rnd() * a.length)];
  const rows: string[][] = [
    ['Phụ lục 1'],
    ['CÁC NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ NĂM 2025'],
    [],
    [],
    ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả/Sản phẩm'],
  ];
  let n = 0;
  for (const section of ['A', 'B', 'C']) {
    rows.push([section, `CHỈ SỐ ${section}`]);
    for (let g = 0; g < 10 && n < tasks; g++) {
      rows.push([ROMAN[g], `NHÓM ${section}.${ROMAN[g]}`]);
      const size = Math.ceil(tasks / 30);
      for (let i = 1; i <= size && n < tasks; i++, n++) {
        const text = Array.from({ length: 8 + Math.floor(rnd() * 10) }, () => pick(WORDS)).join(' ');
        rows.push([
          `${i}.`,
          `Thực hiện việc số ${n + 1}: ${text}`,
          pick(DEADLINES),
          pick(AGENCIES),
          pick(AGENCIES),
          'Văn bản gửi Sở Nội vụ',
        ]);
      }
    }
  }
  return rows;
}

/**
 * Runs a section's `run` and prints its rows as a table when the section file is started directly
 * (`node lib/scripts/bench/x.js`).
 */
export function runIfMain(mod: NodeModule, run: () => Promise<BenchRow[]>): void {
  if (require.main !== mod) return;
  run().then(
    (rows) => console.table(rows),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
