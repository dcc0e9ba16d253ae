import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Lang } from '../types';
import { StatusChart } from './StatusChart';
import { useRollup, type PickedFile, type RollupDeps, type RollupModel } from '../useRollup';

const STRINGS = {
  vi: {
    title: 'Tổng hợp đơn vị',
    introFile:
      'Chọn hoặc kéo thả các tệp theo dõi của các đơn vị (tệp do chiso tạo); chiso đọc từng tệp ngay trong trình duyệt (không tải lên đâu) rồi tải về tệp tổng hợp.',
    introExcel:
      'Chọn các tệp theo dõi của các đơn vị; chiso đọc từng tệp và thêm các trang tổng hợp vào sổ đang mở (không ghi đè trang nào).',
    pick: 'Chọn các tệp theo dõi',
    drop: 'hoặc kéo thả các tệp .xlsx vào đây',
    picked: (n: number) => `Đã chọn ${n} tệp.`,
    runFile: 'Tổng hợp và tải về',
    runExcel: 'Tổng hợp đơn vị',
    reading: (d: number, t: number, name: string) => `Đang đọc ${d}/${t}${name ? `: ${name}` : ''}`,
    skipped: 'Các tệp không đưa vào tổng hợp',
  },
  en: {
    title: 'Units roll-up',
    introFile:
      "Pick or drop the units' tracker files (made by chiso); chiso reads them one by one in the browser (nothing is uploaded) and downloads the roll-up.",
    introExcel:
      "Pick the units' tracker files; chiso reads them one by one and adds the roll-up sheets to the open workbook (no sheet is overwritten).",
    pick: 'Pick the tracker files',
    drop: 'or drop .xlsx files here',
    picked: (n: number) => `${n} files picked.`,
    runFile: 'Roll up and download',
    runExcel: 'Roll up the units',
    reading: (d: number, t: number, name: string) => `Reading ${d} of ${t}${name ? `: ${name}` : ''}`,
    skipped: 'Files not rolled up',
  },
};

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  flush: { margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    textAlign: 'center',
  },
  over: { backgroundColor: tokens.colorNeutralBackground1Hover },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const picked = (files: FileList | null | undefined): PickedFile[] =>
  Array.from(files ?? []).map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));

/** The roll-up panel: state in useRollup, rendering in RollupView. */
export function RollupPanel({ deps, lang, today }: { deps: RollupDeps; lang: Lang; today: () => string }) {
  const model = useRollup(deps, today);
  return <RollupView model={model} lang={lang} mode={deps.mode} />;
}

export function RollupView({ model: m, lang, mode }: { model: RollupModel; lang: Lang; mode: 'excel' | 'file' }) {
  const styles = useStyles();
  const s = STRINGS[lang];
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    m.pick(picked(e.target.files));
    e.target.value = '';
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const files = picked(e.dataTransfer?.files).filter((f) => /\.(xlsx|xlsm)$/i.test(f.name));
    if (files.length) m.pick(files);
  };
  return (
    <section className={styles.box} aria-labelledby="chiso-rollup-title" lang={lang} data-rollup>
      <Subtitle2 as="h2" id="chiso-rollup-title" block className={styles.flush}>
        {s.title}
      </Subtitle2>
      <Body1 as="p" block className={styles.flush}>
        {mode === 'file' ? s.introFile : s.introExcel}
      </Body1>
      <div
        className={over ? `${styles.drop} ${styles.over}` : styles.drop}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-rollup-drop
      >
        {/* A Fluent button in the pane's language; the browser's own (English) file input stays hidden behind it. */}
        <Button disabled={m.busy} onClick={() => input.current?.click()}>
          {s.pick}
        </Button>
        <input
          ref={input}
          id="chiso-rollup-files"
          type="file"
          multiple
          hidden
          tabIndex={-1}
          accept=".xlsx,.xlsm"
          onChange={change}
        />
        <Caption1 block>{s.drop}</Caption1>
      </div>
      {m.files.length > 0 && <Body1 data-rollup-count>{s.picked(m.files.length)}</Body1>}
      <Button appearance="primary" disabled={m.busy || !m.files.length} onClick={() => void m.run()}>
        {mode === 'file' ? s.runFile : s.runExcel}
      </Button>
      <div aria-live="polite">
        {m.progress && (
          <>
            <ProgressBar
              value={m.progress.total ? m.progress.done / m.progress.total : 0}
              thickness="large"
              aria-label={s.title}
              data-rollup-progress
            />
            <Caption1 block>{s.reading(m.progress.done, m.progress.total, m.progress.name)}</Caption1>
          </>
        )}
        {m.outcome && (
          <MessageBar
            intent={m.outcome.ok ? 'success' : 'error'}
            layout="multiline"
            data-rollup-outcome={m.outcome.ok ? 'ok' : 'error'}
          >
            <MessageBarBody>{lang === 'vi' ? m.outcome.vi : m.outcome.en}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {m.outcome?.chart && m.outcome.chart.tasks > 0 && <StatusChart stats={m.outcome.chart} lang={lang} />}
      {m.outcome && m.outcome.skipped.length > 0 && (
        <>
          <Body1 className={styles.label}>{s.skipped}</Body1>
          <ul className={styles.list} data-rollup-skipped>
            {m.outcome.skipped.map((k) => (
              <li key={k.file}>
                <Body1>{`${k.file}: ${k.reason[lang]}`}</Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
