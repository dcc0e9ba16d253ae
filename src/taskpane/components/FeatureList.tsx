import { Badge, Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { plainList, stackedItem } from './list-styles';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  item: stackedItem,
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

/** The flows that are coming to the pane. */
export function FeatureList({ strings }: { strings: Strings }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {strings.features.map((f) => (
        <li key={f.key} className={styles.item} data-feature={f.key}>
          <div className={styles.head}>
            <Subtitle2 as="h3" className={styles.title}>
              {f.title}
            </Subtitle2>
            <Badge appearance="tint" color="informative" size="small">
              {strings.comingSoon}
            </Badge>
          </div>
          <Body1 block>{f.summary}</Body1>
        </li>
      ))}
    </ul>
  );
}
