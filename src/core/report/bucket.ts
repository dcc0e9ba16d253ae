/**
 * The status a report gives a task on a given day: the buckets, words and rule of the one status model
 * (tracker/status.ts), asked for another day than the tracker's.
 */
import { BUCKET_KEYS, BUCKETS as MODEL, bucketOf, type AlertInput, type BucketKey } from '../tracker/status';

export type Bucket = BucketKey;
export const BUCKETS: readonly Bucket[] = BUCKET_KEYS;

export const BUCKET_LABEL = Object.fromEntries(MODEL.map((b) => [b.key, { vi: b.vi, en: b.en }])) as Record<
  Bucket,
  { vi: string; en: string }
>;

/** The task's bucket on day `at` (ISO), by the tracker's own rule. */
export function bucketAt(input: AlertInput, at: string, soonDays: number): Bucket {
  return bucketOf(input, at, soonDays);
}
