import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type ChangeEvent } from 'react';
import type { FlowStrings } from '../i18n-flows';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
});

/**
 * Excel mode: "Nhập từ Word" — a .docx whose appendix tables go into new sheets. A Fluent button in the pane's
 * language; the browser's own (English) file input stays hidden behind it.
 */
export function WordImport(props: { strings: FlowStrings; disabled: boolean; onPick: (file: File) => void }) {
  const styles = useStyles();
  const s = props.strings;
  const input = useRef<HTMLInputElement>(null);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) props.onPick(file);
    e.target.value = '';
  };
  return (
    <div className={styles.box}>
      <Button aria-describedby="chiso-word-hint" disabled={props.disabled} onClick={() => input.current?.click()}>
        {s.wordImport}
      </Button>
      <Body1 as="p" block id="chiso-word-hint">
        {s.wordImportHint}
      </Body1>
      <input
        ref={input}
        id="chiso-word"
        type="file"
        hidden
        tabIndex={-1}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={change}
      />
    </div>
  );
}
