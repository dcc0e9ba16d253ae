// The "Tổng hợp đơn vị" panel's work and state. `runPaneRollup` reads the picked trackers ONE AT A TIME (the same
// core loop as `chiso rollup`), then downloads the roll-up (file mode) or writes its sheets into the open workbook
// (Excel: new sheets, never over an existing one). Runs in jest with fakes; `useRollup` keeps the panel's state.
import { useCallback, useState } from 'react';
import { bucketsOf, rollupSheets, runRollup, type RollupResult, type Skipped, type UnitSummary } from '../core/rollup';
import { BUCKETS, BUCKET_KEYS, type BucketCounts, type BucketKey } from '../core/tracker/status';
import type { ChartStats } from './components/StatusChart';
import type { Grid } from '../core/grid';
import type { SheetSpec } from '../core/sheetspec';
import { DEFAULT_SOON_DAYS } from '../core/tracker';
import { SheetNamer } from '../core/tracker/names';
import { PortError, type WorkbookPort } from '../core/app/port';
import type { Bilingual } from '../core/text';

/** A picked file: its name and, when asked, its bytes (read only when its turn comes). */
export interface PickedFile {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

/** The workbook side (loaded on demand in the page; src/adapters/browser/rollup-xlsx.ts). */
export interface RollupXlsxSide {
  gridsOfBytes: (bytes: Uint8Array, name: string) => Promise<Grid[]>;
  readFailureOf: (name: string, e: unknown) => Bilingual;
  specsToBytes: (specs: SheetSpec[]) => Promise<Uint8Array>;
}

export interface RollupDeps {
  mode: 'excel' | 'file';
  /** Excel: the open workbook, where the sheets go. */
  port: WorkbookPort | null;
  xlsx: () => Promise<RollupXlsxSide>;
  /** File mode: saves the roll-up as a download. */
  save: (name: string, bytes: Uint8Array) => void;
}

/** What the roll-up did (or why it did not), in both languages, with its numbers. */
export interface RollupOutcome extends Bilingual {
  ok: boolean;
  units: number;
  skipped: Skipped[];
  /** Excel: the sheets written. */
  sheets: string[];
  /** One row per unit read (file order), for the page's table. */
  rows?: UnitRow[];
  /** The status counts summed over the units, and per lead agency, for the pane's chart. */
  chart?: ChartStats;
}

/** A unit's counts as the page's table shows them. */
export type UnitRow = Pick<UnitSummary, 'file' | 'unit' | 'tasks' | 'done' | 'overdue' | 'dueSoon'>;

export function unitRows(r: RollupResult): UnitRow[] {
  return r.units.map(({ file, unit, tasks, done, overdue, dueSoon }) => ({
    file,
    unit,
    tasks,
    done,
    overdue,
    dueSoon,
  }));
}

/** The roll-up's sums in the chart's shape (the same buckets as each tracker's own counts). */
export function rollupChart(r: RollupResult): ChartStats {
  const sum = (f: 'tasks' | BucketKey) => r.units.reduce((a, u) => a + u[f], 0);
  return {
    tasks: sum('tasks'),
    buckets: Object.fromEntries(BUCKET_KEYS.map((k) => [k, sum(k)])) as BucketCounts,
    agencies: r.agencies.map((a) => ({ name: a.name, total: a.tasks, buckets: bucketsOf(a) })),
  };
}

const fail = (text: Bilingual, skipped: Skipped[] = []): RollupOutcome => ({
  ok: false,
  vi: text.vi,
  en: text.en,
  units: 0,
  skipped,
  sheets: [],
});

function counts(r: RollupResult): Bilingual {
  const c = rollupChart(r);
  const list = (lang: 'vi' | 'en') => BUCKETS.map((b) => `${b[lang]} ${c.buckets[b.key]}`).join(', ');
  return {
    vi: `${r.units.length} đơn vị · ${c.tasks} nhiệm vụ (${list('vi')})`,
    en: `${r.units.length} units · ${c.tasks} tasks (${list('en')})`,
  };
}

export async function runPaneRollup(
  files: PickedFile[],
  deps: RollupDeps,
  opts: { today: string; soonDays?: number; progress?: (done: number, total: number, name: string) => void },
): Promise<RollupOutcome> {
  if (!files.length)
    return fail({ vi: 'Hãy chọn các tệp theo dõi của các đơn vị.', en: "Pick the units' tracker files." });
  try {
    const xlsx = await deps.xlsx();
    const result = await runRollup(
      files.map((f) => ({ file: f.name, name: f.name, read: async () => xlsx.gridsOfBytes(await f.bytes(), f.name) })),
      {
        asOf: opts.today,
        soonDays: opts.soonDays ?? DEFAULT_SOON_DAYS,
        failure: (s, e) => xlsx.readFailureOf(s.name, e),
        progress: opts.progress,
      },
    );
    if (!result.units.length) {
      return fail(
        {
          vi: `Không đọc được bảng theo dõi nào trong ${files.length} tệp.`,
          en: `No tracker could be read (${files.length} files).`,
        },
        result.skipped,
      );
    }
    const specs = rollupSheets(result);
    const c = counts(result);
    if (deps.mode === 'excel' && deps.port) {
      // New sheets only: a sheet of the same name (a previous roll-up, or the officials' own) is never overwritten.
      const namer = new SheetNamer(await deps.port.sheetNames());
      for (const s of specs) s.name = namer.claim(s.name);
      await deps.port.writeSheets(specs, { replace: [], remove: [] });
      await deps.port.selectCell(specs[0].name, 'A1').catch(() => undefined);
      const names = specs.map((s) => `"${s.name}"`).join(', ');
      return {
        ok: true,
        vi: `Đã tổng hợp ${c.vi}, vào các trang ${names}.`,
        en: `Rolled up ${c.en}, into sheets ${names}.`,
        units: result.units.length,
        skipped: result.skipped,
        sheets: specs.map((s) => s.name),
        chart: rollupChart(result),
        rows: unitRows(result),
      };
    }
    const name = `tong-hop-${opts.today}.xlsx`;
    deps.save(name, await xlsx.specsToBytes(specs));
    return {
      ok: true,
      vi: `Đã tổng hợp ${c.vi}; đã tải về "${name}".`,
      en: `Rolled up ${c.en}; downloaded "${name}".`,
      units: result.units.length,
      skipped: result.skipped,
      sheets: [],
      chart: rollupChart(result),
      rows: unitRows(result),
    };
  } catch (e) {
    if (e instanceof PortError) return fail(e.text);
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return fail({ vi: `Lỗi không mong đợi: ${msg}`, en: `Unexpected error: ${msg}` });
  }
}

export interface RollupModel {
  files: PickedFile[];
  pick: (files: PickedFile[]) => void;
  busy: boolean;
  progress: { done: number; total: number; name: string } | null;
  outcome: RollupOutcome | null;
  run: () => Promise<void>;
}

export function useRollup(deps: RollupDeps, today: () => string): RollupModel {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RollupModel['progress']>(null);
  const [outcome, setOutcome] = useState<RollupOutcome | null>(null);
  const pick = useCallback((f: PickedFile[]) => {
    setFiles(f);
    setOutcome(null);
  }, []);
  const run = useCallback(async () => {
    setBusy(true);
    setOutcome(null);
    setProgress({ done: 0, total: files.length, name: '' });
    try {
      setOutcome(
        await runPaneRollup(files, deps, {
          today: today(),
          progress: (done, total, name) => setProgress({ done, total, name }),
        }),
      );
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, [files, deps, today]);
  return { files, pick, busy, progress, outcome, run };
}
