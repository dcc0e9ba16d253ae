/**
 * The status a report gives a task on a given day, in the buckets of the one status model (done, paused, overdue,
 * due soon, in progress, not yet updated, no fixed date). THE ONE PLACE the report asks the tracker's rule: today it
 * maps the tracker's "Cảnh báo" rule (tracker/status.ts `alertFor`); when the status model gives buckets itself,
 * only `bucketAt` changes.
 */
import { ALERT } from '../tracker/labels';
import { alertFor, type AlertInput } from '../tracker/status';

export type Bucket = 'done' | 'paused' | 'overdue' | 'soon' | 'inProgress' | 'notUpdated' | 'noDate';
export const BUCKETS: Bucket[] = ['done', 'overdue', 'soon', 'inProgress', 'notUpdated', 'paused', 'noDate'];

export const BUCKET_LABEL: Record<Bucket, { vi: string; en: string }> = {
  done: { vi: 'Hoàn thành', en: 'Done' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  inProgress: { vi: 'Đang thực hiện (trong hạn)', en: 'In progress' },
  notUpdated: { vi: 'Chưa cập nhật', en: 'Not yet updated' },
  noDate: { vi: 'Không có hạn cố định', en: 'No fixed date' },
};

/** The task's bucket on day `at` (ISO), by the tracker's own rule. */
export function bucketAt(input: AlertInput, at: string, soonDays: number): Bucket {
  switch (alertFor(input, at, soonDays)) {
    case ALERT.done:
      return 'done';
    case ALERT.paused:
      return 'paused';
    case ALERT.overdue:
      return 'overdue';
    case ALERT.soon:
      return 'soon';
    case ALERT.onTrack:
      return 'inProgress';
    default:
      return 'noDate';
  }
}
