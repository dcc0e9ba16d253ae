// Wordings as real plans write them, for the plans made up in code: the reader bench's synthetic plan
// (scripts/bench/reader.ts) and the plan reader's property test (test/core/plan/property.test.ts).

/** Deadline cells ("Tiến độ hoàn thành"): a month, a quarter, "regularly", a date, a year. */
export const PLAN_DEADLINES: readonly string[] = [
  'Tháng 7/2025',
  'Quý IV/2025',
  'Thường xuyên',
  'Trước ngày 15/12/2025',
  'Trong năm 2025',
];
