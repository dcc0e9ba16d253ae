// The "Tự đánh giá" section's state: the built assessment, the scores typed in the pane, the selected problem.
import { useCallback, useMemo, useState } from 'react';
import type { WorkbookPort } from '../core/app/port';
import { buildAssessOnPort, liveAssessment, type AssessOutcome, type TypedScores } from './assess';
import { localToday } from './clock';

export interface AssessModel {
  busy: boolean;
  outcome: AssessOutcome | null;
  typed: TypedScores;
  live: ReturnType<typeof liveAssessment> | null;
  selection: { sheet: string; cell: string } | null;
  build: () => Promise<void>;
  edit: (id: string, text: string) => void;
  select: (sheet: string, cell: string) => Promise<void>;
}

export function useAssess(port: WorkbookPort, today: () => string = localToday): AssessModel {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AssessOutcome | null>(null);
  const [typed, setTyped] = useState<TypedScores>({});
  const [selection, setSelection] = useState<{ sheet: string; cell: string } | null>(null);
  const build = useCallback(async () => {
    setBusy(true);
    try {
      const out = await buildAssessOnPort(port, today());
      setOutcome(out);
      // The sheet now holds the entries: tried scores start again from them.
      if (out.ok) setTyped({});
    } finally {
      setBusy(false);
    }
  }, [port, today]);
  const edit = useCallback((id: string, text: string) => setTyped((t) => ({ ...t, [id]: text })), []);
  const select = useCallback(
    async (sheet: string, cell: string) => {
      setSelection({ sheet, cell });
      try {
        await port.selectCell(sheet, cell);
      } catch {
        // Selecting is a courtesy: the problem is listed with its cell.
      }
    },
    [port],
  );
  const run = outcome?.run ?? null;
  const live = useMemo(() => (run ? liveAssessment(run, typed) : null), [run, typed]);
  return { busy, outcome, typed, live, selection, build, edit, select };
}
