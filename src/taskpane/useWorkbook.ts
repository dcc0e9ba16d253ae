// The pane's workbook state as a React hook: a thin wrapper over WorkbookController (which jest tests directly).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Role } from '../core/plan/types';
import type { ReadScope } from './flows';
import type { WorkbookPort } from '../core/app/port';
import {
  WorkbookController,
  initialState,
  type PickedFile,
  type WorkbookDeps,
  type WorkbookState,
} from './workbook-controller';

export type { BusyKind, PaneError, WhatIfState, WorkbookState } from './workbook-controller';

export interface WorkbookModel extends WorkbookState {
  setScope: (scope: ReadScope) => void;
  openFile: (file: PickedFile) => Promise<void>;
  importWord: (file: PickedFile) => Promise<void>;
  read: () => Promise<void>;
  setRole: (at: { sheet: string; headerRow: number; col: string }, role: Role | null) => Promise<void>;
  select: (sheet: string, cell: string) => Promise<void>;
  buildTracker: () => Promise<void>;
  /** The day the tracker is computed for now (the user's, else the clock's), ISO. */
  today: string;
  setAsOf: (iso: string | null) => void;
  openSheet: (sheet: string) => Promise<void>;
  closePreview: () => void;
  /** File mode: saves bytes as a download (the generated appendices). */
  save?: (name: string, bytes: Uint8Array) => void;
  download: () => Promise<void>;
  chooseWhatIfTable: (id: string) => void;
  setWhatIfYear: (year: number) => void;
  editWhatIf: (field: 'estimate' | 'target', key: string, text: string) => void;
  writeEstimates: () => Promise<void>;
  dismissError: () => void;
}

export function useWorkbook(deps: WorkbookDeps & { port?: WorkbookPort | null }): WorkbookModel {
  const [state, setState] = useState<WorkbookState>(() => initialState(deps.port ?? null));
  const ref = useRef<WorkbookController | null>(null);
  if (!ref.current) ref.current = new WorkbookController(deps, setState, state);
  const ctl = ref.current;
  ctl.deps = deps;
  useEffect(() => {
    if (deps.port) ctl.usePort(deps.port);
  }, [ctl, deps.port]);
  return useMemo(
    () => ({
      ...state,
      setScope: (s) => ctl.setScope(s),
      openFile: (f) => ctl.openFile(f),
      importWord: (f) => ctl.importWord(f),
      read: () => ctl.read(),
      setRole: (at, role) => ctl.setRole(at, role),
      select: (sheet, cell) => ctl.select(sheet, cell),
      buildTracker: () => ctl.buildTracker(),
      today: ctl.clock().today,
      setAsOf: (iso) => ctl.setAsOf(iso),
      openSheet: (sheet) => ctl.openSheet(sheet),
      closePreview: () => ctl.closePreview(),
      save: deps.save,
      download: () => ctl.download(),
      chooseWhatIfTable: (id) => ctl.chooseWhatIfTable(id),
      setWhatIfYear: (y) => ctl.setWhatIfYear(y),
      editWhatIf: (field, key, text) => ctl.editWhatIf(field, key, text),
      writeEstimates: () => ctl.writeEstimates(),
      dismissError: () => ctl.dismissError(),
    }),
    [state, ctl, deps.save],
  );
}
