import { Divider, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { FLOW_STRINGS } from '../i18n-flows';
import type { Lang } from '../types';
import type { WorkbookModel } from '../useWorkbook';
import { ErrorBoundary } from './ErrorBoundary';
import { FilePicker } from './FilePicker';
import { GeneratePanel } from './GeneratePanel';
import { ProblemList } from './ProblemList';
import { ReadSection } from './ReadSection';
import { StatusBars } from './StatusBars';
import { TrackSection } from './TrackSection';
import { WhatIfSection } from './WhatIfSection';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  flush: { margin: 0 },
});

/**
 * The workbook flows, pure over the hook's model: file picking (file mode), read, problems, tracker, what-if, and
 * H9's "Tạo phụ lục" panel (its own state).
 * `mode` is 'excel' inside Excel and 'file' outside it.
 */
export function WorkbookPanel({ model: m, lang, mode }: { model: WorkbookModel; lang: Lang; mode: 'excel' | 'file' }) {
  const styles = useStyles();
  const s = FLOW_STRINGS[lang];
  const busy = m.busy !== null;
  const ready = m.port !== null;
  return (
    <section className={styles.box} aria-labelledby="chiso-workbook-title" data-mode={mode}>
      <Subtitle1 as="h2" id="chiso-workbook-title" className={styles.flush}>
        {s.workbookTitle}
      </Subtitle1>
      {mode === 'file' && <FilePicker strings={s} fileName={m.fileName} disabled={busy} onPick={(f) => void m.openFile(f)} />}
      <StatusBars strings={s} lang={lang} busy={m.busy} error={m.error} notice={m.notice} onDismiss={m.dismissError} />
      {ready && (
        <>
          <ReadSection
            strings={s}
            scope={m.scope}
            outcome={m.outcome}
            disabled={busy}
            onScope={m.setScope}
            onRead={() => void m.read()}
            onRole={(at, role) => void m.setRole(at, role)}
          />
          {m.outcome && (
            <ProblemList
              strings={s}
              lang={lang}
              issues={m.outcome.issues}
              selection={m.selection}
              fileMode={mode === 'file'}
              onSelect={(sheet, cell) => void m.select(sheet, cell)}
            />
          )}
          <Divider />
          <TrackSection
            strings={s}
            track={m.track}
            disabled={busy}
            fileMode={mode === 'file'}
            onTrack={() => void m.buildTracker()}
            onOpenSheet={(sheet) => void m.select(sheet, 'A1')}
            onDownload={() => void m.download()}
          />
          {m.outcome && (
            <>
              <Divider />
              <WhatIfSection
                strings={s}
                lang={lang}
                tables={m.outcome.whatIf}
                state={m.whatIf}
                disabled={busy}
                onTable={m.chooseWhatIfTable}
                onYear={m.setWhatIfYear}
                onEdit={m.editWhatIf}
                onWrite={() => void m.writeEstimates()}
              />
            </>
          )}
          {m.port && (
            <>
              <Divider />
              <ErrorBoundary lang={lang}>
                <GeneratePanel key={m.fileName ?? 'excel'} port={m.port} lang={lang} />
              </ErrorBoundary>
            </>
          )}
        </>
      )}
    </section>
  );
}
