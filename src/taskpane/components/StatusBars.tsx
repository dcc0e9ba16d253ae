import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { Bilingual } from '../../core/text';
import type { FlowStrings } from '../i18n-flows';
import type { Lang } from '../types';
import type { BusyKind, PaneError } from '../workbook-controller';

const BUSY_TEXT: Record<BusyKind, (s: FlowStrings) => string> = {
  open: (s) => s.reading,
  read: (s) => s.reading,
  select: () => '',
  role: (s) => s.reading,
  track: (s) => s.tracking,
  write: (s) => s.writingEstimates,
  download: (s) => s.downloading,
  import: (s) => s.importingWord,
};

/** Progress, the last error (with what to do next) and confirmations; one polite live region for all of them. */
export function StatusBars(props: {
  strings: FlowStrings;
  lang: Lang;
  busy: BusyKind | null;
  error: PaneError | null;
  notice: Bilingual | null;
  onDismiss: () => void;
}) {
  const { strings: s, lang, busy, error, notice } = props;
  return (
    <div aria-live="polite" data-status>
      {busy && BUSY_TEXT[busy](s) && (
        <Spinner size="tiny" labelPosition="after" label={BUSY_TEXT[busy](s)} data-busy={busy} />
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" data-error={error.code}>
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {lang === 'vi' ? error.vi : error.en} {s.errorNext}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onDismiss}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && !error && (
        <MessageBar intent="success" layout="multiline" data-notice>
          <MessageBarBody>{lang === 'vi' ? notice.vi : notice.en}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
