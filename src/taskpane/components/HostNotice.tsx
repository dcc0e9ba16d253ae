import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import type { HostStatus } from '../types';

const INTENT: Record<HostStatus, 'info' | 'warning'> = {
  starting: 'info',
  excel: 'info',
  'other-host': 'warning',
  'no-host': 'info',
  'no-office': 'warning',
  browser: 'info',
};

/** What the pane can do where it runs; nothing inside Excel nor on the browser page (the Office.js notice is for Office). */
export function HostNotice({ status, strings }: { status: HostStatus; strings: Strings }) {
  const text = strings.host[status];
  if (!text) return null;
  return (
    <MessageBar intent={INTENT[status]} layout="multiline" data-host-status={status}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
