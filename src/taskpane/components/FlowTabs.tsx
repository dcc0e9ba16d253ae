import { CounterBadge, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  list: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
  },
  badge: { marginLeft: tokens.spacingHorizontalXS },
});

export interface FlowTab {
  value: string;
  label: string;
  /** A count shown next to the label (e.g. the problems found), with the words a screen reader says for it. */
  badge?: { count: number; label: string };
  content: ReactNode;
}

/**
 * The pane's flows as a Fluent TabList: arrow keys move between the tabs (Fluent's arrow navigation), Tab goes into
 * the panel. Every panel stays mounted (hidden when not selected), so a panel's own state survives a tab switch.
 */
export function FlowTabs({ label, tabs, idPrefix = 'chiso' }: { label: string; tabs: FlowTab[]; idPrefix?: string }) {
  const styles = useStyles();
  const [selected, setSelected] = useState(tabs[0]?.value ?? '');
  const tabId = (v: string) => `${idPrefix}-tab-${v}`;
  const panelId = (v: string) => `${idPrefix}-panel-${v}`;
  return (
    <>
      <TabList
        className={styles.list}
        size="small"
        aria-label={label}
        selectedValue={selected}
        onTabSelect={(_, d) => setSelected(String(d.value))}
      >
        {tabs.map((t) => (
          <Tab key={t.value} value={t.value} id={tabId(t.value)} aria-controls={panelId(t.value)} data-tab={t.value}>
            {t.label}
            {t.badge && t.badge.count > 0 && (
              <CounterBadge
                className={styles.badge}
                size="small"
                appearance="filled"
                color="danger"
                count={t.badge.count}
                overflowCount={999}
                aria-label={t.badge.label}
              />
            )}
          </Tab>
        ))}
      </TabList>
      {tabs.map((t) => (
        <div
          key={t.value}
          role="tabpanel"
          id={panelId(t.value)}
          aria-labelledby={tabId(t.value)}
          hidden={t.value !== selected}
          tabIndex={0}
          className={t.value === selected ? styles.panel : undefined}
        >
          {t.content}
        </div>
      ))}
    </>
  );
}
