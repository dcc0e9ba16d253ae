import {
  Body1,
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { STRINGS } from '../i18n';
import type { HostInfo, Lang } from '../types';
import { FeatureList } from './FeatureList';
import { FunctionList } from './FunctionList';
import { HostNotice } from './HostNotice';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '640px',
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  flush: { margin: 0 },
  switch: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export interface PaneViewProps {
  lang: Lang;
  host: HostInfo;
  onToggleLanguage?: () => void;
  /**
   * The workbook flows (in Excel, or in file mode outside it), shown first. As a function, it is given the help
   * ("chiso là gì?", the functions, the requirements) to place itself (a tab of its own); the pane then does not
   * repeat it below.
   */
  children?: ReactNode | ((help: ReactNode) => ReactNode);
  /** Keys of the features still to come (listed at the end); all of them when omitted. */
  coming?: string[];
  /** Shown under the header (the browser page's new-version notice). */
  banner?: ReactNode;
  /** Shown above the function list when this Excel lacks the custom functions' requirement set. */
  functionsNote?: string | null;
}

/** The whole pane for a language and a host; pure (no Office, no state), so it renders in jest and any browser. */
export function PaneView({ lang, host, onToggleLanguage, children, coming, banner, functionsNote }: PaneViewProps) {
  const styles = useStyles();
  const s = STRINGS[lang];
  const features = coming ? s.features.filter((f) => coming.includes(f.key)) : s.features;
  const help = (
    <>
      <PaneSection level={2} title={s.aboutTitle} intro={s.about} />
      <Divider />
      <PaneSection level={2} title={s.functionsTitle} intro={s.functionsIntro}>
        {functionsNote && (
          <MessageBar intent="warning" layout="multiline" data-functions-missing>
            <MessageBarBody>{functionsNote}</MessageBarBody>
          </MessageBar>
        )}
        <FunctionList strings={s} />
      </PaneSection>
      {features.length > 0 && (
        <>
          <Divider />
          <PaneSection level={2} title={s.featuresTitle}>
            <FeatureList strings={{ ...s, features }} />
          </PaneSection>
        </>
      )}
      <Caption1 as="p" block className={styles.flush}>
        {s.requirements}
      </Caption1>
    </>
  );
  return (
    <main className={styles.pane} lang={s.htmlLang}>
      <header className={styles.header}>
        <div>
          <Title2 as="h1" block className={styles.flush}>
            {s.title}
          </Title2>
          <Body1 as="p" block className={styles.flush}>
            {s.tagline}
          </Body1>
        </div>
        <Button
          size="small"
          appearance="subtle"
          className={styles.switch}
          onClick={onToggleLanguage}
          title={s.switchLanguageHint}
        >
          {s.switchLanguage}
        </Button>
      </header>
      {banner}
      <HostNotice status={host.status} strings={s} />
      {typeof children === 'function' ? (
        children(help)
      ) : (
        <>
          {children}
          {children && <Divider />}
          {help}
        </>
      )}
    </main>
  );
}
