import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Bilingual } from '../../core/text';
import type { FlowStrings } from '../i18n-flows';
import { PAGE_STRINGS } from '../i18n-page';
import type { Lang } from '../types';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed transparent`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});

/** The files file mode opens: Excel plans (.xlsx, .xlsm) and Word appendices (.docx). */
export function isPlanFile(name: string): boolean {
  return /\.(xlsx|xlsm|docx)$/i.test(name);
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Drops of files anywhere on the page: `onDrop` gets the first file; the browser never navigates to it. */
function usePageDrop(enabled: boolean, onDrop: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  useEffect(() => {
    if (!enabled) return undefined;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = e.dataTransfer?.files?.[0];
      if (file) onDrop(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [enabled, onDrop]);
  return dragging;
}

/**
 * File mode: a Fluent button "Chọn tệp Excel" (the browser's own input, in English, stays hidden behind it) and
 * drag-and-drop of a file onto the page.
 */
export function FilePicker(props: {
  strings: FlowStrings;
  lang: Lang;
  fileName: string | null;
  disabled: boolean;
  onPick: (file: File) => void;
}) {
  const styles = useStyles();
  const s = props.strings;
  const p = PAGE_STRINGS[props.lang];
  const input = useRef<HTMLInputElement>(null);
  const [wrong, setWrong] = useState<Bilingual | null>(null);
  const { onPick, disabled } = props;
  // The page-wide drop listener stays the same function; it calls the latest `take` (current props).
  const take = useRef<(file: File) => void>(() => undefined);
  take.current = (file: File) => {
    setWrong(isPlanFile(file.name) ? null : p.wrongType(file.name));
    if (isPlanFile(file.name)) onPick(file);
  };
  const [onDrop] = useState(() => (file: File) => take.current(file));
  const dragging = usePageDrop(!disabled, onDrop);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) take.current(file);
    e.target.value = ''; // picking the same file again reopens it
  };
  return (
    <div
      className={dragging ? `${styles.box} ${styles.dragging}` : styles.box}
      data-dropzone={dragging ? 'active' : 'idle'}
    >
      <Body1 as="p" block>
        {s.fileIntro}
      </Body1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
          {s.pickFile}
        </Button>
        <Body1>{dragging ? p.dropHere : p.dropHint}</Body1>
      </div>
      <input
        ref={input}
        id="chiso-file"
        type="file"
        hidden
        tabIndex={-1}
        accept=".xlsx,.xlsm,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={change}
      />
      {wrong && (
        <MessageBar intent="error" layout="multiline" data-error="FILE_TYPE">
          <MessageBarBody>{props.lang === 'vi' ? wrong.vi : wrong.en}</MessageBarBody>
        </MessageBar>
      )}
      {props.fileName && (
        <Body1 as="p" block data-file-name>
          {s.fileOpened(props.fileName)}
        </Body1>
      )}
    </div>
  );
}
