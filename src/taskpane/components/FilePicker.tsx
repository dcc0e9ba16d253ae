import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
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

/**
 * The files file mode takes: Excel plans (.xlsx, .xlsm) and Word appendices (.docx) it opens, and the old formats
 * (.xls, .doc) whose reader then says what the CLI says (re-save as .xlsx / .docx).
 */
export function isPlanFile(name: string): boolean {
  return /\.(xlsx|xlsm|docx|xls|doc)$/i.test(name);
}

/** A drop of several files: the workbooks among them (what a roll-up reads). */
export function rollupCandidates<T extends { name: string }>(files: T[]): T[] {
  return files.length > 1 ? files.filter((f) => /\.(xlsx|xlsm)$/i.test(f.name)) : [];
}

/** Brings the roll-up panel into view and puts the focus on its button. */
function focusRollup(): void {
  const panel = document.querySelector('[data-rollup]');
  panel?.scrollIntoView({ block: 'start' });
  panel?.querySelector<HTMLButtonElement>('[data-rollup-run]')?.focus();
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Drops of files anywhere on the page (but a drop zone of its own, which prevents the default): `onDrop` gets the
 * files; the browser never navigates to them.
 */
function usePageDrop(enabled: boolean, onDrop: (files: File[]) => void): boolean {
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
      depth.current = 0;
      setDragging(false);
      if (e.defaultPrevented) return; // taken by a drop zone of its own (the roll-up's)
      e.preventDefault();
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) onDrop(files);
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
 * File mode: a Fluent button "Chọn tệp kế hoạch" (the browser's own input, in English, stays hidden behind it) and
 * drag-and-drop of a file onto the page.
 */
export function FilePicker(props: {
  strings: FlowStrings;
  lang: Lang;
  fileName: string | null;
  disabled: boolean;
  onPick: (file: File) => void;
  /** Several workbooks dropped at once: handed to the roll-up ("Tổng hợp đơn vị") instead of opening the first. */
  onMany?: (files: File[]) => void;
}) {
  const styles = useStyles();
  const s = props.strings;
  const p = PAGE_STRINGS[props.lang];
  const input = useRef<HTMLInputElement>(null);
  const [wrong, setWrong] = useState<Bilingual | null>(null);
  const [many, setMany] = useState(0);
  const { onPick, onMany, disabled } = props;
  // The page-wide drop listener stays the same function; it calls the latest `take` (current props).
  const take = useRef<(file: File) => void>(() => undefined);
  take.current = (file: File) => {
    setMany(0);
    setWrong(isPlanFile(file.name) ? null : p.wrongType(file.name));
    if (isPlanFile(file.name)) onPick(file);
  };
  const takeMany = useRef<(files: File[]) => void>(() => undefined);
  takeMany.current = (files: File[]) => {
    const books = onMany ? rollupCandidates(files) : [];
    if (books.length > 1 && onMany) {
      setWrong(null);
      setMany(books.length);
      onMany(books);
    } else take.current(files[0]);
  };
  const [onDrop] = useState(() => (files: File[]) => takeMany.current(files));
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
        accept=".xlsx,.xlsm,.docx,.xls,.doc,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={change}
      />
      {wrong && (
        <MessageBar intent="error" layout="multiline" data-error="FILE_TYPE">
          <MessageBarBody>{props.lang === 'vi' ? wrong.vi : wrong.en}</MessageBarBody>
        </MessageBar>
      )}
      {many > 0 && (
        <MessageBar intent="info" layout="multiline" data-many={many}>
          <MessageBarBody>{p.manyDropped(many)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => focusRollup()}>
              {p.toRollup}
            </Button>
          </MessageBarActions>
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
