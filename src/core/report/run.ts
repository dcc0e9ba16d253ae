/**
 * The report's reading loop: the roll-up's (rollup/run.ts: one source at a time, unreadable ones skipped with a
 * reason) on the window's last day, keeping each unit's tasks for the report.
 */
import { runRollup, type RollupResult, type RollupSource, type RunRollupOptions, type UnitRead } from '../rollup';
import { reportFacts, type ReportFacts } from './facts';
import { nextWindow, type Calendar, type ReportWindow } from './period';

export interface ReportRun {
  facts: ReportFacts;
  rollup: RollupResult;
}

export async function runReport(
  sources: RollupSource[],
  opts: Pick<RunRollupOptions, 'soonDays' | 'failure' | 'progress'> & { window: ReportWindow; calendar?: Calendar },
): Promise<ReportRun> {
  const reads: UnitRead[] = [];
  const rollup = await runRollup(sources, { ...opts, asOf: opts.window.to, onUnit: (_f, read) => reads.push(read) });
  const next = nextWindow(opts.window, opts.calendar);
  return { facts: reportFacts(reads, opts.window, next, opts.soonDays, rollup), rollup };
}
