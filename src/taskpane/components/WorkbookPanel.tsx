import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { FLOW_STRINGS, type FlowStrings } from '../i18n-flows';
import type { Lang } from '../types';
import type { WorkbookModel } from '../useWorkbook';
import { ErrorBoundary } from './ErrorBoundary';
import { FilePicker } from './FilePicker';
import { WordImport } from './WordImport';
import { FlowTabs, type FlowTab } from './FlowTabs';
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

export interface WorkbookPanelProps {
  model: WorkbookModel;
  lang: Lang;
  mode: 'excel' | 'file';
  /** "chiso là gì?" and the functions: the last tab once a workbook is open, shown under the picker before. */
  help?: ReactNode;
}

/** The flows' tabs: read + problems, tracker, what-if, appendices, then the help (when given). */
function flowTabs(m: WorkbookModel, s: FlowStrings, lang: Lang, mode: 'excel' | 'file', help: ReactNode): FlowTab[] {
  const busy = m.busy !== null;
  const fileMode = mode === 'file';
  const issues = m.outcome?.issues.length ?? 0;
  const tabs: FlowTab[] = [
    {
      value: 'read',
      label: s.tabs.read,
      badge: { count: issues, label: s.tabs.problemCount(issues) },
      content: (
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
              fileMode={fileMode}
              onSelect={(sheet, cell) => void m.select(sheet, cell)}
            />
          )}
        </>
      ),
    },
    {
      value: 'track',
      label: s.tabs.track,
      content: (
        <TrackSection
          strings={s}
          track={m.track}
          disabled={busy}
          fileMode={fileMode}
          onTrack={() => void m.buildTracker()}
          onOpenSheet={(sheet) => void m.select(sheet, 'A1')}
          onDownload={() => void m.download()}
        />
      ),
    },
    {
      value: 'whatif',
      label: s.tabs.whatIf,
      content: m.outcome ? (
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
      ) : (
        <Body1 as="p" block>
          {s.whatIfNeedsRead}
        </Body1>
      ),
    },
    {
      value: 'generate',
      label: s.tabs.generate,
      content: m.port && (
        <ErrorBoundary lang={lang}>
          <GeneratePanel key={m.fileName ?? 'excel'} port={m.port} lang={lang} />
        </ErrorBoundary>
      ),
    },
  ];
  if (help) tabs.push({ value: 'help', label: s.tabs.help, content: help });
  return tabs;
}

/**
 * The workbook flows, pure over the hook's model: file picking (file mode), read, problems, tracker, what-if, and
 * H9's "Tạo phụ lục" panel (its own state).
 * `mode` is 'excel' inside Excel and 'file' outside it.
 */
export function WorkbookPanel({ model: m, lang, mode, help }: WorkbookPanelProps) {
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
      {mode === 'excel' && ready && <WordImport strings={s} disabled={busy} onPick={(f) => void m.importWord(f)} />}
      <StatusBars strings={s} lang={lang} busy={m.busy} error={m.error} notice={m.notice} onDismiss={m.dismissError} />
      {ready && <FlowTabs label={s.tabs.label} tabs={flowTabs(m, s, lang, mode, help)} />}
      {!ready && help}
    </section>
  );
}
