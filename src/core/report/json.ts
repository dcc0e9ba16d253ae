/** What `chiso report --json` prints: the computed facts, the per-unit table as `chiso rollup --json` has it, and the sentences. */
import { rollupJson, type RollupJson } from '../rollup';
import type { Block, ReportDoc } from './document';
import type { CountRow, ReportFacts, ReportTask } from './facts';

type TaskJson = Pick<
  ReportTask,
  'unit' | 'key' | 'task' | 'lead' | 'index' | 'due' | 'status' | 'doneDate' | 'evidence' | 'notes' | 'bucket' | 'late'
>;

export interface ReportJson {
  period: { kind: string; year: number; from: string; to: string; due: string | null };
  next: { from: string; to: string };
  units: string[];
  counts: { total: CountRow; byIndex: CountRow[]; byAgency: CountRow[] };
  dueInWindow: TaskJson[];
  completedInWindow: TaskJson[];
  overdue: TaskJson[];
  dueNext: TaskJson[];
  scores: ReportFacts['scores'];
  /** Several units: the roll-up's per-unit rows on the window's last day (as `chiso rollup --json --today <end>`). */
  perUnit: RollupJson['units'] | null;
  mostOverdue: ReportFacts['mostOverdue'];
  lateInMany: ReportFacts['lateInMany'];
  skipped: RollupJson['skipped'];
  /** The body's sentences, in order (section headings included). */
  text: string[];
}

const task = (t: ReportTask): TaskJson => ({
  unit: t.unit,
  key: t.key,
  task: t.task,
  lead: t.lead,
  index: t.index,
  due: t.due,
  status: t.status,
  doneDate: t.doneDate,
  evidence: t.evidence,
  notes: t.notes,
  bucket: t.bucket,
  late: t.late,
});

export function reportJson(f: ReportFacts, doc: ReportDoc, skipped: RollupJson['skipped']): ReportJson {
  const w = f.window;
  return {
    period: { kind: w.kind, year: w.year, from: w.from, to: w.to, due: w.due },
    next: f.next,
    units: f.units,
    counts: { total: f.total, byIndex: f.byIndex, byAgency: f.byAgency },
    dueInWindow: f.dueInWindow.map(task),
    completedInWindow: f.completedInWindow.map(task),
    overdue: f.overdue.map(task),
    dueNext: f.dueNext.map(task),
    scores: f.scores,
    perUnit: f.rollup ? rollupJson(f.rollup).units : null,
    mostOverdue: f.mostOverdue,
    lateInMany: f.lateInMany,
    skipped,
    text: doc.body.flatMap((b: Block) => (b.kind === 'table' ? [] : [b.text])),
  };
}
