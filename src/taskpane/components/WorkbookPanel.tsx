import { Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { FLOW_STRINGS, type FlowStrings } from '../i18n-flows';
import type { Lang } from '../types';
import type { WorkbookModel } from '../useWorkbook';
import { ErrorBoundary } from './ErrorBoundary';
import { FilePicker } from './FilePicker';
import type { RollupDeps } from '../useRollup';
import type { ReportHooks } from './WorkbookFlows';
import { WordImport } from './WordImport';
import { StatusBars } from './StatusBars';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  flush: { margin: 0 },
});

export interface WorkbookPanelProps {
  model: WorkbookModel;
  lang: Lang;
  mode: 'excel' | 'file';
  /** "chiso là gì?" and the functions: the last tab once a workbook is open, shown under the picker before. */
  help?: ReactNode;
  /** "Tổng hợp đơn vị": many units' trackers into one roll-up (its own files, so shown with or without a workbook). */
  rollup?: { deps: RollupDeps; today: () => string };
}

// The roll-up reads trackers with the core's tracker code: its own chunk, fetched when the panel first shows.
const RollupPanel = lazy(() =>
  import(/* webpackChunkName: "rollup-ui" */ './RollupPanel').then((m) => ({ default: m.RollupPanel })),
);

type FlowsProps = {
  model: WorkbookModel;
  strings: FlowStrings;
  lang: Lang;
  mode: 'excel' | 'file';
  help: ReactNode;
  report?: ReportHooks;
};
let Flows: ComponentType<FlowsProps> | null = null;

/** Fetches the flows' tabs (a chunk of their own); the tests call it before rendering to a string. */
export async function preloadWorkbookFlows(): Promise<void> {
  Flows ??= (await import(/* webpackChunkName: "flows-ui" */ './WorkbookFlows')).default;
}

function LazyFlows(props: FlowsProps) {
  const [, setLoaded] = useState(Flows !== null);
  const [failed, setFailed] = useState<Error | null>(null);
  useEffect(() => {
    if (Flows) return;
    preloadWorkbookFlows().then(
      () => setLoaded(true),
      (e: unknown) => setFailed(e instanceof Error ? e : new Error(String(e))),
    );
  }, []);
  if (failed) throw failed; // the ErrorBoundary around says what to do
  if (!Flows) return <Spinner size="tiny" label={props.strings.reading} />;
  return <Flows {...props} />;
}

/**
 * The workbook flows, pure over the hook's model: file picking (file mode), read, problems, tracker, what-if, and
 * H9's "Tạo phụ lục" panel (its own state).
 * `mode` is 'excel' inside Excel and 'file' outside it.
 */
export function WorkbookPanel({ model: m, lang, mode, help, rollup }: WorkbookPanelProps) {
  const styles = useStyles();
  const s = FLOW_STRINGS[lang];
  const busy = m.busy !== null;
  const ready = m.port !== null;
  // Several trackers dropped on the page: they go to the roll-up panel, already picked.
  const [handoff, setHandoff] = useState<{ files: File[]; at: number } | null>(null);
  return (
    <section className={styles.box} aria-labelledby="chiso-workbook-title" data-mode={mode}>
      <Subtitle1 as="h2" id="chiso-workbook-title" className={styles.flush}>
        {s.workbookTitle}
      </Subtitle1>
      {mode === 'file' && (
        <FilePicker
          strings={s}
          lang={lang}
          fileName={m.fileName}
          disabled={busy}
          onPick={(f) => void m.openFile(f)}
          onMany={rollup ? (files) => setHandoff({ files, at: Date.now() }) : undefined}
        />
      )}
      {mode === 'excel' && ready && <WordImport strings={s} disabled={busy} onPick={(f) => void m.importWord(f)} />}
      <StatusBars strings={s} lang={lang} busy={m.busy} error={m.error} notice={m.notice} onDismiss={m.dismissError} />
      {ready && (
        <ErrorBoundary lang={lang}>
          <LazyFlows
            model={m}
            strings={s}
            lang={lang}
            mode={mode}
            help={help}
            report={rollup && { today: rollup.today, save: rollup.deps.save }}
          />
        </ErrorBoundary>
      )}
      {rollup && (
        <ErrorBoundary lang={lang}>
          <Suspense fallback={<Spinner size="tiny" />}>
            <RollupPanel deps={rollup.deps} lang={lang} today={rollup.today} incoming={handoff} />
          </Suspense>
        </ErrorBoundary>
      )}
      {!ready && help}
    </section>
  );
}
