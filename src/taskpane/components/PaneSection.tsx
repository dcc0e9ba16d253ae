import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  flush: { margin: 0 },
});

/**
 * A section of the pane: its title (an h3 by default, which labels the section when `id` is given; an h2 for the
 * pane's own top-level sections), an optional intro paragraph, then its content.
 */
export function PaneSection(props: {
  id?: string;
  level?: 2 | 3;
  title: string;
  intro?: string;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby={props.id}>
      {props.level === 2 ? (
        <Subtitle1 as="h2" id={props.id} block className={styles.flush}>
          {props.title}
        </Subtitle1>
      ) : (
        <Subtitle2 as="h3" id={props.id} className={styles.flush}>
          {props.title}
        </Subtitle2>
      )}
      {props.intro !== undefined && (
        <Body1 as="p" block className={styles.flush}>
          {props.intro}
        </Body1>
      )}
      {props.children}
    </section>
  );
}
