/**
 * The rows of the pane's agency chart: the agencies with the most tasks, at most `limit` rows, the rest summed in one
 * "Khác" row — so the chart stays readable in a 360-px pane and its numbers still add up to every agency's.
 */
import { BUCKET_KEYS, emptyBuckets, type BucketCounts } from '../core/tracker/status';
import type { Lang } from './types';

export interface AgencyRow {
  name: string;
  total: number;
  counts: BucketCounts;
  /** The agencies the "Khác" row sums (absent on an agency's own row). */
  others?: string[];
}

export const CHART_AGENCIES = 10;

export function chartAgencies(
  agencies: ReadonlyArray<{ name: string; total: number; buckets: BucketCounts }>,
  lang: Lang,
  limit = CHART_AGENCIES,
): AgencyRow[] {
  // Most tasks first (a stable sort keeps the tracker's order among equals).
  const sorted = [...agencies].sort((a, b) => b.total - a.total);
  const rows: AgencyRow[] = sorted.map((a) => ({ name: a.name, total: a.total, counts: a.buckets }));
  if (rows.length <= limit) return rows;
  const rest = rows.slice(limit - 1);
  const counts = emptyBuckets();
  for (const r of rest) for (const k of BUCKET_KEYS) counts[k] += r.counts[k];
  const n = rest.length;
  return [
    ...rows.slice(0, limit - 1),
    {
      name: lang === 'vi' ? `Khác (${n} cơ quan)` : `Others (${n} agencies)`,
      total: rest.reduce((a, r) => a + r.total, 0),
      counts,
      others: rest.map((r) => r.name),
    },
  ];
}
