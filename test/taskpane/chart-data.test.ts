/** The agency chart's rows: at most ten, the rest summed in one "Khác" row, every count kept (issue 19). */
import { emptyBuckets, type BucketCounts } from '../../src/core/tracker/status';
import { chartAgencies } from '../../src/taskpane/chart-data';

const agency = (name: string, done: number, overdue: number) => {
  const buckets: BucketCounts = { ...emptyBuckets(), done, overdue };
  return { name, total: done + overdue, buckets };
};

describe('chartAgencies', () => {
  it('keeps up to ten agencies as they are, most tasks first', () => {
    const rows = chartAgencies([agency('A', 1, 0), agency('B', 2, 1), agency('C', 0, 2)], 'vi');
    expect(rows.map((r) => [r.name, r.total])).toEqual([
      ['B', 3],
      ['C', 2],
      ['A', 1],
    ]);
    expect(rows.every((r) => r.others === undefined)).toBe(true);
  });

  it('puts the 10th and later agencies in one "Khác" row with their sums', () => {
    // 14 agencies: agency i has i done and 1 overdue (totals 2…15).
    const list = Array.from({ length: 14 }, (_, i) => agency(`Cơ quan ${i + 1}`, i + 1, 1));
    const rows = chartAgencies(list, 'vi');
    expect(rows).toHaveLength(10);
    expect(rows.slice(0, 9).map((r) => r.name)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6].map((i) => `Cơ quan ${i}`));
    const other = rows[9];
    // Agencies 1…5: done 1+2+3+4+5 = 15, overdue 5, total 20.
    expect([other.name, other.total, other.counts.done, other.counts.overdue]).toEqual(['Khác (5 cơ quan)', 20, 15, 5]);
    expect(other.others).toEqual(['Cơ quan 5', 'Cơ quan 4', 'Cơ quan 3', 'Cơ quan 2', 'Cơ quan 1']);
    expect(chartAgencies(list, 'en')[9].name).toBe('Others (5 agencies)');
  });
});
