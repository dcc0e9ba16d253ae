import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { statsList, statValue } from './list-styles';

const useStyles = makeStyles({ list: statsList, value: statValue });

/** One line of a StatList: a label and its value; `key` also marks the value (`data-<attr>="<key>"`) unless `unmarked`. */
export interface Stat {
  key: string;
  label: string;
  value: ReactNode;
  unmarked?: boolean;
}

/**
 * Labels beside their values (a description list: the tracker's summary, the what-if projection). Each value carries
 * `data-<attr>` = its key, for the page's tests; `data-*` props go on the list itself. Falsy entries are left out.
 */
export function StatList({
  attr,
  stats,
  ...data
}: {
  attr: 'stat' | 'projection';
  stats: Array<Stat | null | undefined | false>;
  [data: `data-${string}`]: string;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.list} {...data}>
      {stats.map(
        (st) =>
          st && [
            <dt key={`${st.key}-t`}>{st.label}</dt>,
            <dd key={`${st.key}-d`} className={styles.value} {...(st.unmarked ? {} : { [`data-${attr}`]: st.key })}>
              {st.value}
            </dd>,
          ],
      )}
    </dl>
  );
}
