/**
 * The pane's workbook state and actions, without React: one flow at a time, busy while it runs, every failure
 * turned into a message the pane shows. `useWorkbook` wraps it for the components; jest drives it directly.
 */
import type { Role } from '../core/plan/types';
import type { SheetSpec } from '../core/sheetspec';
import type { Bilingual } from '../core/text';
import { parseVnNumber } from '../core/text/number';
import type { Clock, ReadOutcome, ReadScope, TrackOutcome } from './flows';
import { loadFlows } from './flows-lazy';
import { FLOW_STRINGS } from './i18n-flows';
import { PortError, type FilePort, type WorkbookPort } from '../core/app/port';
import type { WhatIfEdits } from './whatif';
import { sheetPreview, type SheetPreview } from './sheet-preview';

export type BusyKind = 'open' | 'read' | 'select' | 'role' | 'track' | 'write' | 'download' | 'import';

export interface PaneError extends Bilingual {
  code: string;
}

export interface WhatIfState {
  table: string | null;
  /** The PAPI year the official picked; null: the plan's year decides (papiCompareYear). */
  year: number | null;
  edits: WhatIfEdits;
  /** Raw text of fields that are not numbers, by "field:key" (shown as invalid, not applied). */
  invalid: Record<string, string>;
}

export interface WorkbookState {
  port: WorkbookPort | null;
  fileName: string | null;
  busy: BusyKind | null;
  error: PaneError | null;
  scope: ReadScope;
  outcome: ReadOutcome | null;
  track: TrackOutcome | null;
  /**
   * Where the last problem click pointed (Excel selects it; file mode names it next to the problem, and for a Word
   * plan gives its place in the document: "Bảng 2, hàng 5, cột 3").
   */
  selection: { sheet: string; cell: string; where?: Bilingual } | null;
  /** The day the tracker is computed for, as the user set it (ISO); null: the clock's day. */
  asOf: string | null;
  /** File mode: the sheet shown in the page (a tracker sheet link has no Excel sheet to open). */
  preview: SheetPreview | null;
  whatIf: WhatIfState;
  /** A short confirmation. */
  notice: Bilingual | null;
}

export interface WorkbookDeps {
  /** Today for the tracker; called at each build. */
  clock: () => Clock;
  /** File mode: opens picked bytes. */
  openFile?: (bytes: Uint8Array, name: string) => Promise<FilePort>;
  /** File mode: hands bytes to the browser as a download. */
  save?: (name: string, bytes: Uint8Array) => void;
  /** Excel mode, "Nhập từ Word": a .docx's appendix tables as sheets to add (names clear of `existing`). */
  importWord?: (
    bytes: Uint8Array,
    name: string,
    existing: string[],
  ) => Promise<{ specs: SheetSpec[]; sheets: Array<{ table: string; sheet: string }> }>;
}

export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

type At = { sheet: string; headerRow: number; col: string };

const noEdits = (): WhatIfEdits => ({ estimate: {}, target: {} });
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function toPaneError(e: unknown): PaneError {
  if (e instanceof PortError) return { code: e.code, vi: e.text.vi, en: e.text.en };
  const msg = e instanceof Error ? e.message : String(e);
  return { code: 'UNEXPECTED', vi: `Lỗi không mong đợi: ${msg}`, en: `Unexpected error: ${msg}` };
}

export function initialState(port: WorkbookPort | null = null): WorkbookState {
  return {
    port,
    fileName: null,
    busy: null,
    error: null,
    scope: 'active',
    outcome: null,
    track: null,
    selection: null,
    asOf: null,
    preview: null,
    whatIf: { table: null, year: null, edits: noEdits(), invalid: {} },
    notice: null,
  };
}

export class WorkbookController {
  state: WorkbookState;

  constructor(
    public deps: WorkbookDeps,
    private readonly onChange: (s: WorkbookState) => void = () => undefined,
    state: WorkbookState = initialState(),
  ) {
    this.state = state;
  }

  private patch(p: Partial<WorkbookState>): void {
    this.state = { ...this.state, ...p };
    this.onChange(this.state);
  }

  /** The Excel port, once the host is known (ignored when a file is open). */
  usePort(port: WorkbookPort): void {
    if (this.state.port !== port && this.state.fileName === null) this.patch({ port });
  }

  /** Runs one flow; a second one while busy is ignored. Resolves when done (errors are state, never thrown). */
  private async run(
    kind: BusyKind,
    work: (port: WorkbookPort) => Promise<Partial<WorkbookState> | void>,
    needPort = true,
  ): Promise<void> {
    const s = this.state;
    if (s.busy || (needPort && !s.port)) return;
    this.patch({ busy: kind, error: null, notice: null });
    try {
      const out = await work(s.port as WorkbookPort);
      this.patch({ ...(out ?? {}), busy: null });
    } catch (e) {
      this.patch({ busy: null, error: toPaneError(e) });
    }
  }

  /** State after a read: the what-if keeps its table (and edits) when the table is still there. */
  private afterRead(outcome: ReadOutcome): Partial<WorkbookState> {
    const w = this.state.whatIf;
    const kept = outcome.whatIf.some((t) => t.id === w.table);
    const table = kept ? w.table : (outcome.whatIf[0]?.id ?? null);
    return { outcome, whatIf: kept ? w : { ...w, table, edits: noEdits(), invalid: {} } };
  }

  setScope(scope: ReadScope): void {
    this.patch({ scope });
  }

  read(): Promise<void> {
    return this.run('read', async (port) => this.afterRead(await (await loadFlows()).readFlow(port, this.state.scope)));
  }

  setRole(at: At, role: Role | null): Promise<void> {
    return this.run('role', async (port) => {
      const { readFlow, saveCorrection } = await loadFlows();
      await saveCorrection(port, at, role);
      return this.afterRead(await readFlow(port, this.state.outcome?.scope ?? this.state.scope));
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run('select', async (port) => {
      await port.selectCell(sheet, cell);
      const where = port.mode === 'file' ? (port as FilePort).where?.(sheet, cell) : null;
      return { selection: where ? { sheet, cell, where } : { sheet, cell } };
    });
  }

  /** The day the tracker is computed for: the one the user set, else the clock's. */
  clock(): Clock {
    const asOf = this.state.asOf;
    return asOf ? { today: asOf, fixedToday: true } : this.deps.clock();
  }

  /** Sets the as-of day (ISO yyyy-mm-dd); anything else (an emptied field) goes back to the clock's day. */
  setAsOf(iso: string | null): void {
    this.patch({ asOf: iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null });
  }

  /** A tracker sheet: Excel selects it; file mode shows it in the page. */
  openSheet(sheet: string): Promise<void> {
    if (this.state.port?.mode !== 'file') return this.select(sheet, 'A1');
    return this.run('select', async (port) => {
      const { grids } = await port.readGrids([sheet]);
      return { preview: sheetPreview(grids[0]) };
    });
  }

  closePreview(): void {
    this.patch({ preview: null });
  }

  buildTracker(): Promise<void> {
    return this.run('track', async (port) => {
      const { readFlow, trackFlow } = await loadFlows();
      const track = await trackFlow(port, this.clock());
      const out: Partial<WorkbookState> = { track };
      if (this.state.outcome) Object.assign(out, this.afterRead(await readFlow(port, this.state.outcome.scope)));
      return out;
    });
  }

  openFile(file: PickedFile): Promise<void> {
    return this.run(
      'open',
      async () => {
        const open = this.deps.openFile;
        if (!open) throw new Error('file mode is not available here');
        const port = await open(new Uint8Array(await file.arrayBuffer()), file.name);
        // A new file starts afresh (its PAPI year from its own plan year); file mode reads every sheet by default (there is no "selected" sheet to speak of),
        // and at once: picking the file is the request to check it. The as-of day the user set is kept.
        const fresh = { ...initialState(port), asOf: this.state.asOf };
        const outcome = await (await loadFlows()).readFlow(port, 'all');
        this.state = { ...this.state, whatIf: fresh.whatIf };
        return { ...fresh, ...this.afterRead(outcome), fileName: file.name, scope: 'all' as ReadScope };
      },
      false,
    );
  }

  /** Excel mode: adds a Word plan's appendix tables as new sheets of the open workbook (nothing replaced). */
  importWord(file: PickedFile): Promise<void> {
    return this.run('import', async (port) => {
      const load = this.deps.importWord;
      if (!load) throw new Error('Word import is not available here');
      const { specs, sheets } = await load(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
        await port.sheetNames(),
      );
      await port.writeSheets(specs, { replace: [], remove: [] });
      const names = sheets.map((x) => x.sheet);
      const lang = FLOW_STRINGS;
      return { notice: { vi: lang.vi.wordImported(file.name, names), en: lang.en.wordImported(file.name, names) } };
    });
  }

  download(): Promise<void> {
    return this.run('download', async (port) => {
      if (port.mode !== 'file') return;
      const { name, bytes } = await (port as FilePort).download();
      this.deps.save?.(name, bytes);
    });
  }

  chooseWhatIfTable(id: string): void {
    this.patch({ whatIf: { ...this.state.whatIf, table: id } });
  }

  setWhatIfYear(year: number): void {
    this.patch({ whatIf: { ...this.state.whatIf, year } });
  }

  /** Typed text for one estimate or target: a number (Vietnamese or English notation), or empty to clear. */
  editWhatIf(field: 'estimate' | 'target', key: string, text: string): void {
    const w = this.state.whatIf;
    const slot = `${field}:${key}`;
    const invalid = { ...w.invalid };
    const edits = { estimate: { ...w.edits.estimate }, target: { ...w.edits.target } };
    const trimmed = text.trim();
    const value = trimmed === '' ? null : parseVnNumber(trimmed);
    if (trimmed !== '' && value === null) invalid[slot] = text;
    else {
      delete invalid[slot];
      edits[field][key] = value;
    }
    this.patch({ whatIf: { ...w, edits, invalid } });
  }

  /** Writes the edited estimates of the chosen table into its score tracker (targets stay what-ifs). */
  writeEstimates(): Promise<void> {
    return this.run('write', async (port) => {
      const s = this.state;
      const table = s.outcome?.whatIf.find((t) => t.id === s.whatIf.table);
      if (!table) return;
      const { editedValues, readFlow, writeEstimatesFlow } = await loadFlows();
      const est = editedValues(table, s.whatIf.edits).estimate;
      const values: Record<string, number | null> = {};
      table.rows.forEach((r, i) => {
        if (r.editable && has(s.whatIf.edits.estimate, r.key)) values[r.key] = est[i];
      });
      const out = await writeEstimatesFlow(port, table.id, values, this.clock());
      const after = this.afterRead(await readFlow(port, s.outcome?.scope ?? s.scope));
      const w = after.whatIf ?? s.whatIf;
      const invalid = Object.fromEntries(Object.entries(w.invalid).filter(([k]) => !k.startsWith('estimate:')));
      return {
        ...after,
        track: { stats: out.stats, sheets: out.sheets, today: out.today, warnings: out.warnings },
        whatIf: { ...w, edits: { estimate: {}, target: w.edits.target }, invalid },
        notice: {
          vi: FLOW_STRINGS.vi.estimatesWritten(out.tracker),
          en: FLOW_STRINGS.en.estimatesWritten(out.tracker),
        },
      };
    });
  }

  dismissError(): void {
    this.patch({ error: null });
  }
}
