import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Lang } from '../types';
import { StatusChart } from './StatusChart';
import { useRollup, type PickedFile, type RollupDeps, type RollupModel, type UnitRow } from '../useRollup';

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
    unitsTitle: 'Theo đơn vị',
    cols: ['Đơn vị', 'Nhiệm vụ', 'Hoàn thành', 'Quá hạn', 'Sắp đến hạn', 'Tỉ lệ hoàn thành'],
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
    unitsTitle: 'By unit',
    cols: ['Unit', 'Tasks', 'Done', 'Overdue', 'Due soon', 'Share done'],
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
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: 'right',
  },
  name: { textAlign: 'left', overflowWrap: 'anywhere' },
});

/** The roll-up's per-unit table, in the page (the same numbers as the downloaded "Theo đơn vị" sheet). */
function UnitTable({ units, lang }: { units: UnitRow[]; lang: Lang }) {
  const styles = useStyles();
  const s = STRINGS[lang];
  const pct = (u: UnitRow) => (u.tasks ? `${Math.round((u.done / u.tasks) * 100)}%` : '–');
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-rollup-units>
        <caption className={mergeClasses(styles.cell, styles.name)}>
          <Subtitle2>{s.unitsTitle}</Subtitle2>
        </caption>
        <thead>
          <tr>
            {s.cols.map((c, i) => (
              <th key={c} scope="col" className={i === 0 ? mergeClasses(styles.cell, styles.name) : styles.cell}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.file} data-unit={u.unit}>
              <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
                {u.unit}
              </th>
              {[u.tasks, u.done, u.overdue, u.dueSoon].map((n, i) => (
                <td key={i} className={styles.cell}>
                  {n}
                </td>
              ))}
              <td className={styles.cell}>{pct(u)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const picked = (files: FileList | File[] | null | undefined): PickedFile[] =>
  Array.from(files ?? []).map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));

/** The roll-up panel: state in useRollup, rendering in RollupView. */
export function RollupPanel({
  deps,
  lang,
  today,
  incoming,
}: {
  deps: RollupDeps;
  lang: Lang;
  today: () => string;
  /** Files dropped on the page as a whole (several trackers): picked here, ready to roll up. */
  incoming?: { files: File[]; at: number } | null;
}) {
  const model = useRollup(deps, today);
  const { pick } = model;
  useEffect(() => {
    if (incoming) pick(picked(incoming.files));
  }, [incoming, pick]);
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
      {m.files.length > 0 && (
        <Body1 data-rollup-count title={m.files.map((f) => f.name).join(', ')}>
          {s.picked(m.files.length)}
        </Body1>
      )}
      <Button appearance="primary" disabled={m.busy || !m.files.length} onClick={() => void m.run()} data-rollup-run>
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
      {m.outcome?.rows && m.outcome.rows.length > 0 && <UnitTable units={m.outcome.rows} lang={lang} />}
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
