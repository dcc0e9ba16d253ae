/**
 * The report's one flow, every surface (`chiso report` and the pane's "Báo cáo định kỳ"): read the sources as the
 * roll-up reads them, refuse when no tracker could be read or the window has nothing to report, else the facts and
 * the administrative document. The surfaces only turn the result into files, lines or Office.js calls.
 */
import type { RollupResult, RollupSource, RunRollupOptions } from '../rollup';
import { formatVnDate, type Bilingual } from '../text';
import { reportDoc, type ReportDoc } from './document';
import { isEmptyReport, type ReportFacts } from './facts';
import { periodTitle, type Calendar, type ReportWindow } from './period';
import { runReport } from './run';

export type ReportFlowResult =
  | { kind: 'ok'; facts: ReportFacts; doc: ReportDoc; rollup: RollupResult }
  /** No source could be read as a tracker: `rollup.skipped` says why for each. */
  | { kind: 'unread'; rollup: RollupResult }
  | { kind: 'empty'; text: Bilingual; rollup: RollupResult };

export interface ReportFlowOptions extends Pick<RunRollupOptions, 'soonDays' | 'failure' | 'progress'> {
  window: ReportWindow;
  calendar?: Calendar;
  /** The reporting body; the tracker's unit when not given. */
  unit?: string;
}

/** "Quý I năm 2025 (15/12/2024–14/03/2025)": the period as the lines about it name it. */
export function windowLabel(w: ReportWindow): { period: string; span: string } {
  return { period: periodTitle(w, formatVnDate), span: `${formatVnDate(w.from)}–${formatVnDate(w.to)}` };
}

/** The line for a window with nothing in it. */
export function emptyReportText(w: ReportWindow): Bilingual {
  const { period, span } = windowLabel(w);
  return {
    vi: `Không có nhiệm vụ nào đến hạn, hoàn thành hay quá hạn trong ${period} (${span})`,
    en: `No task is due, completed or overdue in the window ${span}`,
  };
}

/** The draft's file name: bao-cao-q1-2025.docx, or bao-cao-<from>-<to>.docx for a window given by hand. */
export function reportFileName(w: ReportWindow, ext: 'docx' | 'xlsx' = 'docx'): string {
  return `bao-cao-${w.kind === 'custom' ? `${w.from}-${w.to}` : `${w.kind}-${w.year}`}.${ext}`;
}

export async function reportFlow(sources: RollupSource[], opts: ReportFlowOptions): Promise<ReportFlowResult> {
  const { facts, rollup } = await runReport(sources, opts);
  if (!rollup.units.length) return { kind: 'unread', rollup };
  if (isEmptyReport(facts)) return { kind: 'empty', text: emptyReportText(opts.window), rollup };
  return { kind: 'ok', facts, doc: reportDoc(facts, { unit: opts.unit }), rollup };
}
