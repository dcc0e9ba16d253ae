// The "Tạo phụ lục" panel's state and its port calls. `runGenerate` does the work (pure core + the workbook
// port, so it runs in jest with a fake port); `useGenerate` keeps the form and the outcome for the panel.
import { useCallback, useState } from 'react';
import { systemYear } from '../adapters/clock';
import {
  cascadeSpec,
  defaultUnitName,
  fromPreviousSpec,
  readTrackerData,
  splitChisoSheets,
  templateSpec,
  TEMPLATE_SHEET,
  unitSlug,
  type TemplateKind,
} from '../core/generate';
import { readPlan } from '../core/plan';
import type { SheetSpec } from '../core/sheetspec';
import { SheetNamer, cleanSheetName } from '../core/tracker/names';
import { PortError, type WorkbookPort } from '../core/app/port';
import type { Bilingual } from '../core/text';

export type GenerateMode = 'template' | 'from' | 'cascade';
type Lang = 'vi' | 'en';

export interface GenerateRequest {
  mode: GenerateMode;
  kind: TemplateKind;
  /** Plan year; null = this year (template) or last year's plan year + 1 (from). */
  year: number | null;
  unit: string;
  name: string;
}

export interface GenerateOutcome {
  ok: boolean;
  /** Sheets written (new sheets of the workbook). */
  sheets: string[];
  message: string;
  details: string[];
  /** What was written, to download as a file of its own (file mode), and the file's name without extension. */
  specs?: SheetSpec[];
  file?: string;
}

/** The open file's name without extension (what the CLI's default output names start with). */
async function stemOf(port: WorkbookPort): Promise<string> {
  const name = await port.name().catch(() => '');
  return name.replace(/\.[^.]+$/, '') || 'chiso';
}

const KIND_NAME: Record<TemplateKind, Bilingual> = {
  par: { vi: 'PAR INDEX', en: 'PAR INDEX' },
  sipas: { vi: 'SIPAS', en: 'SIPAS' },
  papi: { vi: 'PAPI', en: 'PAPI' },
  tasks: { vi: 'nhiệm vụ', en: 'tasks' },
};

const t = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);

async function readPlanOf(port: WorkbookPort) {
  const { grids } = await port.readGrids();
  const split = splitChisoSheets(grids);
  return { plan: readPlan(split.plan), chiso: split.chiso };
}

async function write(port: WorkbookPort, specs: SheetSpec[]): Promise<void> {
  await port.writeSheets(specs, { replace: [], remove: [] });
  try {
    await port.selectCell(specs[0].name, 'A1');
  } catch {
    // Selecting is a courtesy: the sheets are written.
  }
}

/** Builds the sheets for a request and writes them as new sheets of the open workbook. */
export async function runGenerate(
  port: WorkbookPort,
  req: GenerateRequest,
  lang: Lang,
  thisYear = systemYear(),
): Promise<GenerateOutcome> {
  try {
    const existing = await port.sheetNames();
    const namer = new SheetNamer(existing);
    if (req.mode === 'template') {
      const year = req.year ?? thisYear;
      const spec = templateSpec(req.kind, { year, sheet: namer.claim(TEMPLATE_SHEET[req.kind]) });
      await write(port, [spec]);
      const k = KIND_NAME[req.kind][lang];
      return {
        ok: true,
        sheets: [spec.name],
        specs: [spec],
        file: `phu-luc-${req.kind}-${year}`,
        message: t(
          lang,
          `Đã tạo phụ lục ${k} năm ${year} ở trang "${spec.name}".`,
          `Created the ${k} appendix for ${year} on sheet "${spec.name}".`,
        ),
        details: [
          t(
            lang,
            `Kết quả năm ${year - 1}, mục tiêu năm ${year}: để trống để điền.`,
            `Results ${year - 1} and targets ${year} are left to fill.`,
          ),
        ],
      };
    }
    const { plan, chiso } = await readPlanOf(port);
    if (req.mode === 'cascade') {
      const unit = req.unit.trim();
      if (!unit)
        return {
          ok: false,
          sheets: [],
          message: t(lang, 'Hãy nhập tên đơn vị (như "cấp xã").', 'Type the unit (e.g. "cấp xã").'),
          details: [],
        };
      const r = cascadeSpec(plan, {
        unit,
        name: req.name,
        sheet: namer.claim(cleanSheetName(`Nhiệm vụ ${req.name.trim() || defaultUnitName(unit)}`)),
      });
      if (r.kept === 0) {
        return {
          ok: false,
          sheets: [],
          message: t(
            lang,
            `Không có nhiệm vụ nào nêu "${unit}" ở cột chủ trì hoặc phối hợp (${r.total} nhiệm vụ).`,
            `No task names "${unit}" as lead or coordinator (${r.total} tasks).`,
          ),
          details: [],
        };
      }
      await write(port, [r.spec]);
      return {
        ok: true,
        sheets: [r.spec.name],
        specs: [r.spec],
        file: `${await stemOf(port)}-${unitSlug(req.name.trim() || defaultUnitName(unit))}`,
        message: t(
          lang,
          `Đã tạo bảng nhiệm vụ của ${r.name}: ${r.kept}/${r.total} nhiệm vụ, ở trang "${r.spec.name}" (${r.led} nhiệm vụ đơn vị chủ trì, ${r.kept - r.led} phối hợp: xem ghi chú dưới bảng).`,
          `Created ${r.name}'s task table: ${r.kept} of ${r.total} tasks, on sheet "${r.spec.name}" (${r.led} led by the unit, ${r.kept - r.led} coordinated: see the note below the table).`,
        ),
        details: r.matched.map((m) => m.replace(/\s*\n\s*/g, ' ')),
      };
    }
    if (!plan.tables.some((tb) => tb.kind === 'tasks' || tb.kind === 'scores')) {
      return {
        ok: false,
        sheets: [],
        message: t(lang, 'Sổ đang mở không có bảng phụ lục nào.', 'The open workbook has no appendix table.'),
        details: [],
      };
    }
    if (req.year === null && plan.year === null) {
      return {
        ok: false,
        sheets: [],
        message: t(
          lang,
          'Không xác định được năm của kế hoạch; hãy nhập năm mới.',
          'Cannot tell the plan year; type the new year.',
        ),
        details: [],
      };
    }
    const r = fromPreviousSpec(plan, readTrackerData(chiso), { year: req.year ?? undefined, existingSheets: existing });
    await write(port, r.specs);
    const details = [
      t(
        lang,
        `Kết quả năm ${r.year - 1}: ${r.fromEstimates} dòng từ "Ước đạt", ${r.fromTargets} dòng từ mục tiêu.`,
        `Results ${r.year - 1}: ${r.fromEstimates} rows from estimates, ${r.fromTargets} from targets.`,
      ),
    ];
    if (r.taskTables)
      details.push(
        t(
          lang,
          `Nhiệm vụ chuyển sang: ${r.carried}/${r.tasks}; bỏ ${r.dropped.length} việc đã hoàn thành.`,
          `Tasks carried over: ${r.carried} of ${r.tasks}; ${r.dropped.length} done tasks dropped.`,
        ),
      );
    return {
      ok: true,
      sheets: r.specs.map((s) => s.name),
      specs: r.specs,
      file: `${await stemOf(port)}-${r.year}`,
      message: t(
        lang,
        `Đã tạo phụ lục năm ${r.year}: ${r.specs.map((s) => `"${s.name}"`).join(', ')}.`,
        `Created the ${r.year} appendices: ${r.specs.map((s) => `"${s.name}"`).join(', ')}.`,
      ),
      details,
    };
  } catch (e) {
    if (e instanceof PortError) return { ok: false, sheets: [], message: e.text[lang], details: [] };
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      sheets: [],
      message: t(lang, `Lỗi không mong đợi: ${msg}`, `Unexpected error: ${msg}`),
      details: [],
    };
  }
}

export interface GenerateModel {
  request: GenerateRequest;
  update: (patch: Partial<GenerateRequest>) => void;
  busy: boolean;
  outcome: GenerateOutcome | null;
  run: () => Promise<void>;
}

export const INITIAL_REQUEST: GenerateRequest = { mode: 'template', kind: 'par', year: null, unit: 'cấp xã', name: '' };

export function useGenerate(port: WorkbookPort, lang: Lang): GenerateModel {
  const [request, setRequest] = useState<GenerateRequest>(INITIAL_REQUEST);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);
  const update = useCallback((patch: Partial<GenerateRequest>) => setRequest((r) => ({ ...r, ...patch })), []);
  const run = useCallback(async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await runGenerate(port, request, lang));
    } finally {
      setBusy(false);
    }
  }, [port, request, lang]);
  return { request, update, busy, outcome, run };
}
