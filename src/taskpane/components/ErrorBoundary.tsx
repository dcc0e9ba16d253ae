import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FLOW_STRINGS } from '../i18n-flows';
import type { Lang } from '../types';

interface Props {
  lang: Lang;
  children: ReactNode;
  /** Called by "Reload the pane" (default: reload the page). */
  onReload?: () => void;
}

/** Never a blank pane: a render failure below shows what happened and a way out. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The console is the only log a user can copy from the pane's developer tools.
    console.error('chiso pane failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const s = FLOW_STRINGS[this.props.lang];
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <MessageBar intent="error" layout="multiline" data-crash>
        <MessageBarBody>
          <MessageBarTitle>{s.crashTitle}</MessageBarTitle>
          <p>{s.crashBody}</p>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{String(error.message || error)}</pre>
          <Button onClick={reload}>{s.reload}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
