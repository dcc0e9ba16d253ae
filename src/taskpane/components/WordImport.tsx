import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { FlowStrings } from '../i18n-flows';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  input: {
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/** Excel mode: "Nhập từ Word" — a native file input for a .docx whose appendix tables go into new sheets. */
export function WordImport(props: { strings: FlowStrings; disabled: boolean; onPick: (file: File) => void }) {
  const styles = useStyles();
  const s = props.strings;
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) props.onPick(file);
    e.target.value = '';
  };
  return (
    <div className={styles.box}>
      <label className={styles.label} htmlFor="chiso-word">
        {s.wordImport}
      </label>
      <Body1 as="p" block id="chiso-word-hint">
        {s.wordImportHint}
      </Body1>
      <input
        id="chiso-word"
        className={styles.input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-describedby="chiso-word-hint"
        disabled={props.disabled}
        onChange={change}
      />
    </div>
  );
}
