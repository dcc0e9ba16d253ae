// The flows' tabs, loaded once a workbook is open (WorkbookPanel): their panels and most of src/core are not in
// the pane's first load.
import { Body1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FilePort } from '../../core/app/port';
import type { FlowStrings } from '../i18n-flows';
import type { Lang } from '../types';
import type { WorkbookModel } from '../useWorkbook';
import { ASSESS_STRINGS } from '../i18n-assess';
import { AssessPanel } from './AssessPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { FlowTabs, type FlowTab } from './FlowTabs';
import { GeneratePanel } from './GeneratePanel';
import { ProblemList } from './ProblemList';
import { ReadSection } from './ReadSection';
import { ReportPanel } from './ReportPanel';
import { REPORT_STRINGS } from '../i18n-report';
import { loadReportDocx } from '../report-lazy';
import { TrackSection } from './TrackSection';
import { WhatIfSection } from './WhatIfSection';

/** What the report panel needs beyond the model: the pane's day and its download. */
export interface ReportHooks {
  today: () => string;
  save: (name: string, bytes: Uint8Array) => void;
}

/** The flows' tabs: read + problems, tracker, what-if, appendices, the periodic report, then the help (when given). */
function flowTabs(
  m: WorkbookModel,
  s: FlowStrings,
  lang: Lang,
  mode: 'excel' | 'file',
  help: ReactNode,
  report?: ReportHooks,
): FlowTab[] {
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
          {/* No table read: "no tables" says it all (no "no problems" under it). */}
          {m.outcome && (m.outcome.tables.length > 0 || m.outcome.issues.length > 0) && (
            <ProblemList
              strings={s}
              lang={lang}
              issues={m.outcome.issues}
              selection={m.selection}
              fileMode={fileMode}
              onSelect={(sheet, cell) => void m.select(sheet, cell)}
              placeOf={m.port?.mode === 'file' ? (sh, c) => (m.port as FilePort).where?.(sh, c) ?? null : undefined}
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
          lang={lang}
          track={m.track}
          disabled={busy}
          fileMode={fileMode}
          onTrack={() => void m.buildTracker()}
          onOpenSheet={(sheet) => void m.openSheet(sheet)}
          onDownload={() => void m.download()}
          today={m.today}
          onAsOf={m.setAsOf}
          preview={m.preview}
          onClosePreview={m.closePreview}
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
          <GeneratePanel key={m.fileName ?? 'excel'} port={m.port} lang={lang} save={fileMode ? m.save : undefined} />
        </ErrorBoundary>
      ),
    },
    {
      value: 'assess',
      label: ASSESS_STRINGS[lang].tab,
      content: m.port && (
        <ErrorBoundary lang={lang}>
          <AssessPanel
            key={m.fileName ?? 'excel'}
            port={m.port}
            lang={lang}
            onDownload={fileMode ? () => void m.download() : undefined}
          />
        </ErrorBoundary>
      ),
    },
  ];
  if (m.port && report)
    tabs.push({
      value: 'report',
      label: REPORT_STRINGS[lang].tab,
      content: (
        <ErrorBoundary lang={lang}>
          <ReportPanel
            key={m.fileName ?? 'excel'}
            deps={{ mode, port: m.port, today: report.today, save: report.save, docx: loadReportDocx }}
            lang={lang}
          />
        </ErrorBoundary>
      ),
    });
  if (help) tabs.push({ value: 'help', label: s.tabs.help, content: help });
  return tabs;
}

/** The tab list over an open workbook. */
export default function WorkbookFlows(props: {
  model: WorkbookModel;
  strings: FlowStrings;
  lang: Lang;
  mode: 'excel' | 'file';
  help: ReactNode;
  report?: ReportHooks;
}) {
  const { model, strings, lang, mode, help, report } = props;
  return <FlowTabs label={strings.tabs.label} tabs={flowTabs(model, strings, lang, mode, help, report)} />;
}
