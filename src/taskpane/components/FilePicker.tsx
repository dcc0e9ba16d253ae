import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { FlowStrings } from '../i18n-flows';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  input: {
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/** File mode: a native file input (keyboard and screen readers know it), named "Chọn tệp Excel". */
export function FilePicker(props: {
  strings: FlowStrings;
  fileName: string | null;
  disabled: boolean;
  onPick: (file: File) => void;
}) {
  const styles = useStyles();
  const s = props.strings;
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) props.onPick(file);
    e.target.value = ''; // picking the same file again reopens it
  };
  return (
    <div className={styles.box}>
      <Body1 as="p" block>
        {s.fileIntro}
      </Body1>
      <label className={styles.label} htmlFor="chiso-file">
        {s.pickFile}
      </label>
      <input
        id="chiso-file"
        className={styles.input}
        type="file"
        accept=".xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={props.disabled}
        onChange={change}
      />
      {props.fileName && (
        <Body1 as="p" block data-file-name>
          {s.fileOpened(props.fileName)}
        </Body1>
      )}
    </div>
  );
}
