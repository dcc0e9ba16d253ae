// The "Báo cáo định kỳ" panel's work and state. `runPaneReport` reads the open workbook (a unit's tracker) through
// the workbook port and runs the report's one flow (core/report/flow.ts, as `chiso report` does) for the picked
// period; `downloadReport` writes the Word draft with the CLI's writer (loaded on demand) and hands it to `save`;
// `writeReportSheets` (Excel) adds the report's tables as new sheets. Runs in jest with fakes; `useReport` keeps the
// panel's state.
import { useCallback, useState } from 'react';
import {
  currentPeriod,
  periodWindow,
  reportFileName,
  reportFlow,
  reportSheets,
  windowLabel,
  type PeriodKind,
  type ReportDoc,
  type ReportFacts,
} from '../core/report';
import type { Skipped } from '../core/rollup';
import { DEFAULT_SOON_DAYS } from '../core/tracker';
import { SheetNamer } from '../core/tracker/names';
import { PortError, type WorkbookPort } from '../core/app/port';
import { formatVnDate, type Bilingual } from '../core/text';

export interface ReportDeps {
  mode: 'excel' | 'file';
  port: WorkbookPort;
  /** The day the default period is chosen for. */
  today: () => string;
  /** Hands the .docx to the browser as a download. */
  save: (name: string, bytes: Uint8Array) => void;
  /** The Word writer (a chunk of its own in the page). */
  docx: () => Promise<{ docxFromReport: (doc: ReportDoc) => Promise<Uint8Array> }>;
}

export interface ReportRequest {
  kind: PeriodKind;
  year: number;
}

/** The report computed for a period: its facts and document, or why there is none. */
export interface ReportOutcome extends Bilingual {
  ok: boolean;
  facts?: ReportFacts;
  doc?: ReportDoc;
  skipped: Skipped[];
}

/** What a download or a sheet write did. */
export interface ReportAction extends Bilingual {
  ok: boolean;
}

/** The period picked when the panel opens: the one whose report is due next (the CLI's default, `currentPeriod`). */
export function defaultRequest(today: string): ReportRequest {
  const w = currentPeriod(today);
  return { kind: w.kind as PeriodKind, year: w.year };
}

const unexpected = (e: unknown): Bilingual => {
  if (e instanceof PortError) return e.text;
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return { vi: `Lỗi không mong đợi: ${msg}`, en: `Unexpected error: ${msg}` };
};

export async function runPaneReport(deps: ReportDeps, req: ReportRequest): Promise<ReportOutcome> {
  const window = periodWindow(req.kind, req.year);
  try {
    const name = await deps.port.name();
    const flow = await reportFlow([{ file: name, name, read: async () => (await deps.port.readGrids()).grids }], {
      window,
      soonDays: DEFAULT_SOON_DAYS,
      failure: (_s, e) => unexpected(e),
    });
    if (flow.kind === 'unread') {
      // The roll-up's reason for the one source (a plan, not a tracker; a sheet missing), as `chiso report` says it.
      const why = flow.rollup.skipped[0]?.reason ?? {
        vi: 'Sổ đang mở không phải bảng theo dõi của chiso.',
        en: 'The open workbook is not a chiso tracker.',
      };
      return { ok: false, ...why, skipped: flow.rollup.skipped };
    }
    if (flow.kind === 'empty') return { ok: false, ...flow.text, skipped: [] };
    const { period, span } = windowLabel(window);
    return {
      ok: true,
      vi: `Báo cáo ${period} (số liệu ${span}${window.due ? `, hạn nộp ${formatVnDate(window.due)}` : ''}).`,
      en: `Report for ${span}${window.due ? `, due ${formatVnDate(window.due)}` : ''}.`,
      facts: flow.facts,
      doc: flow.doc,
      skipped: flow.rollup.skipped,
    };
  } catch (e) {
    return { ok: false, ...unexpected(e), skipped: [] };
  }
}

/** The Word draft of a computed report, as a download named as the CLI names it. */
export async function downloadReport(deps: ReportDeps, o: ReportOutcome): Promise<ReportAction> {
  if (!o.facts || !o.doc) return { ok: false, vi: 'Chưa có báo cáo.', en: 'No report yet.' };
  try {
    const { docxFromReport } = await deps.docx();
    const name = reportFileName(o.facts.window);
    deps.save(name, await docxFromReport(o.doc));
    return { ok: true, vi: `Đã tải về "${name}".`, en: `Downloaded "${name}".` };
  } catch (e) {
    return { ok: false, ...unexpected(e) };
  }
}

/** Excel: the report's tables (the CLI's .xlsx output) as new sheets of the open workbook, never over one. */
export async function writeReportSheets(port: WorkbookPort, o: ReportOutcome): Promise<ReportAction> {
  if (!o.facts) return { ok: false, vi: 'Chưa có báo cáo.', en: 'No report yet.' };
  try {
    const specs = reportSheets(o.facts);
    const namer = new SheetNamer(await port.sheetNames());
    for (const s of specs) s.name = namer.claim(s.name);
    await port.writeSheets(specs, { replace: [], remove: [] });
    await port.selectCell(specs[0].name, 'A1').catch(() => undefined);
    const names = specs.map((s) => `"${s.name}"`).join(', ');
    return { ok: true, vi: `Đã ghi các bảng vào trang ${names}.`, en: `Wrote the tables into sheets ${names}.` };
  } catch (e) {
    return { ok: false, ...unexpected(e) };
  }
}

export interface ReportModel {
  request: ReportRequest;
  pick: (patch: Partial<ReportRequest>) => void;
  busy: boolean;
  outcome: ReportOutcome | null;
  action: ReportAction | null;
  run: () => Promise<void>;
  download: () => Promise<void>;
  writeSheets: () => Promise<void>;
}

export function useReport(deps: ReportDeps): ReportModel {
  const [request, setRequest] = useState<ReportRequest>(() => defaultRequest(deps.today()));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [action, setAction] = useState<ReportAction | null>(null);
  const pick = useCallback((patch: Partial<ReportRequest>) => {
    setRequest((r) => ({ ...r, ...patch }));
    setOutcome(null);
    setAction(null);
  }, []);
  const busyWhile = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);
  const run = useCallback(
    () =>
      busyWhile(async () => {
        setAction(null);
        setOutcome(await runPaneReport(deps, request));
      }),
    [busyWhile, deps, request],
  );
  const download = useCallback(
    () => busyWhile(async () => void (outcome && setAction(await downloadReport(deps, outcome)))),
    [busyWhile, deps, outcome],
  );
  const writeSheets = useCallback(
    () => busyWhile(async () => void (outcome && setAction(await writeReportSheets(deps.port, outcome)))),
    [busyWhile, deps, outcome],
  );
  return { request, pick, busy, outcome, action, run, download, writeSheets };
}
