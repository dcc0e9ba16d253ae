import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { plainList, stackedItem } from './list-styles';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
  item: stackedItem,
  name: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  example: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: 'anywhere',
  },
});

/** The custom functions, each with a worked example. */
export function FunctionList({ strings }: { strings: Strings }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {strings.functions.map((f) => (
        <li key={f.id} className={styles.item} data-function={f.id}>
          <span className={styles.name}>{f.id}</span>
          <Body1 block>{f.summary}</Body1>
          <code className={styles.example}>
            {f.example}
            {f.result !== undefined ? ` → ${f.result}` : ''}
          </code>
        </li>
      ))}
      <li>
        <Caption1>{strings.separatorNote}</Caption1>
      </li>
    </ul>
  );
}
