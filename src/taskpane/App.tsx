import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { loadOpenFilePort, loadRollupXlsx, loadWordImport } from '../adapters/browser/load';
import { saveBytes } from '../adapters/browser/download';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PaneView } from './components/PaneView';
import { WorkbookPanel } from './components/WorkbookPanel';
import { localToday } from './clock';
import type { Clock } from './flows';
import { STRINGS } from './i18n';
import { PAGE_STRINGS } from './i18n-page';
import { bootInfo } from './office-host';
import { keptFile, pickedBeforeUpdate, usePageApp } from './page-app';
import { supports } from './requirements';
import type { FilePort, WorkbookPort } from '../core/app/port';
import type { RollupDeps } from './useRollup';
import type { HostStatus, OfficeLike } from './types';
import { usePane } from './usePane';
import { useWorkbook } from './useWorkbook';

export interface AppProps {
  office?: OfficeLike;
  /** Builds the Office.js workbook port once the pane knows it runs in Excel. */
  createExcelPort?: () => WorkbookPort;
  /**
   * File mode only: the day the tracker is computed for, written as a fixed date (from `?today=YYYY-MM-DD`, as
   * `chiso track --today`), so a browser test can compare the download with the CLI's file.
   */
  fixedToday?: string | null;
  /** File mode: opens picked bytes (default: the file port, loaded on demand). */
  openFile?: (bytes: Uint8Array, name: string) => Promise<FilePort>;
  /** File mode: saves bytes as a download (default: Blob + <a download>). */
  save?: (name: string, bytes: Uint8Array) => void;
}

const MODE: Record<HostStatus, 'excel' | 'file' | null> = {
  starting: null,
  excel: 'excel',
  'other-host': null,
  'no-host': 'file',
  'no-office': 'file',
  browser: 'file',
};

function browserSettings(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function defaultImportWord(bytes: Uint8Array, name: string, existing: string[]) {
  const load = await loadWordImport();
  return load(bytes, name, existing);
}

async function defaultOpenFile(bytes: Uint8Array, name: string): Promise<FilePort> {
  const open = await loadOpenFilePort();
  return open(bytes, name, { settings: browserSettings() });
}

/** The features the pane does not offer yet (every one of the list is built now). */
const COMING: string[] = [];

export function App({
  office,
  createExcelPort,
  fixedToday = null,
  openFile = defaultOpenFile,
  save = saveBytes,
}: AppProps) {
  const { lang, host, toggleLanguage } = usePane(office);
  const mode = MODE[host.status];
  useEffect(() => {
    document.documentElement.lang = STRINGS[lang].htmlLang;
  }, [lang]);
  const excelPort = useMemo(
    () => (mode === 'excel' && createExcelPort ? createExcelPort() : null),
    [mode, createExcelPort],
  );
  const clock = useCallback(
    (): Clock =>
      mode === 'file' && fixedToday
        ? { today: fixedToday, fixedToday: true }
        : { today: localToday(), fixedToday: false },
    [mode, fixedToday],
  );
  const workbook = useWorkbook({ port: excelPort, clock, openFile, save, importWord: defaultImportWord });
  const rollupDeps = useMemo<RollupDeps>(
    () => ({ mode: mode ?? 'file', port: excelPort, xlsx: loadRollupXlsx, save }),
    [mode, excelPort, save],
  );
  const rollupToday = useCallback(() => clock().today, [clock]);
  // The browser page (not inside Office): offline cache, new-version notice, the picked file kept over the reload.
  const page = host.status === 'browser';
  const app = usePageApp(page, bootInfo()?.sw);
  const { openFile: open } = workbook;
  const restored = useRef(false);
  useEffect(() => {
    if (!page || restored.current) return;
    restored.current = true;
    void pickedBeforeUpdate().then((f) => f && open(f));
  }, [page, open]);
  const model = useMemo(
    () => (page ? { ...workbook, openFile: (f: Parameters<typeof open>[0]) => open(keptFile(f)) } : workbook),
    [page, workbook, open],
  );
  // In Excel, the pane checks CustomFunctionsRuntime before presenting the functions as usable (requirements.ts).
  const functionsAvailable = mode === 'excel' ? supports(office, 'customFunctions') : undefined;
  const p = PAGE_STRINGS[lang];
  const banner = app.updateReady ? (
    <MessageBar intent="info" layout="multiline" data-update>
      <MessageBarBody>{p.updateReady}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={app.reload}>
          {p.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  ) : null;
  return (
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary lang={lang}>
        <PaneView
          lang={lang}
          host={host}
          onToggleLanguage={toggleLanguage}
          coming={COMING}
          banner={banner}
          functionsNote={functionsAvailable === false ? p.functionsMissing : null}
        >
          {mode
            ? (help: ReactNode) => (
                <ErrorBoundary lang={lang}>
                  <WorkbookPanel
                    model={model}
                    lang={lang}
                    mode={mode}
                    help={help}
                    rollup={{ deps: rollupDeps, today: rollupToday }}
                  />
                </ErrorBoundary>
              )
            : null}
        </PaneView>
      </ErrorBoundary>
    </FluentProvider>
  );
}
