import {
  Body1,
  Button,
  Caption1,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AssessRun } from '../../core/assess';
import type { WorkbookPort } from '../../core/app/port';
import { formatVnNumber } from '../../core/text';
import { problemsByCriterion } from '../assess';
import { ASSESS_STRINGS, type AssessStrings } from '../i18n-assess';
import type { Lang } from '../types';
import { useAssess, type AssessModel } from '../useAssess';
import { ColumnHeads } from './ColumnHeads';
import { cardButton, plainList, scoreTable } from './list-styles';
import { PaneSection } from './PaneSection';
import { StatList } from './StatList';

const useStyles = makeStyles({
  ...scoreTable,
  input: { width: '5em', minWidth: 0 },
  list: plainList(tokens.spacingVerticalXS),
  item: { ...cardButton, fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
  flush: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

const fmt = (n: number | null | undefined, lang: Lang) =>
  n === null || n === undefined ? '—' : lang === 'vi' ? formatVnNumber(n) : String(Math.round(n * 100) / 100);

/** The live table: every criterion; leaves take a tried self-score, fields show their totals (the core's). */
function LiveTable({ run, m, s, lang }: { run: AssessRun; m: AssessModel; s: AssessStrings; lang: Lang }) {
  const styles = useStyles();
  const live = m.live?.result ?? run.built.result;
  const fieldTotals = new Map(live.fields.map((f) => [f.id, f]));
  const invalid = new Set(m.live?.invalid ?? []);
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={s.tableLabel}>
      <table className={styles.table}>
        <ColumnHeads
          className={styles.th}
          labels={[s.colCriterion, s.colMax, s.colTarget, s.colSelf, s.colProjected]}
        />
        <tbody>
          {run.prep.set.criteria.map((c) => {
            const leaf = c.children.length === 0;
            const field = fieldTotals.get(c.id);
            const kind = run.built.scoring.get(c.id) ?? c.scoring;
            const typedText = m.typed[c.id];
            const sheetValue = run.built.entries.get(c.id)?.selfScore ?? null;
            return (
              <tr key={c.id} data-criterion={c.id}>
                <td
                  className={`${styles.td} ${leaf ? '' : styles.parent}`}
                  style={{ paddingLeft: `${4 + (c.depth - 1) * 10}px` }}
                >
                  {`${c.id} ${c.title}`}
                  {kind === 'survey' ? ` (${s.survey})` : ''}
                </td>
                <td className={`${styles.td} ${styles.num}`}>{fmt(c.max, lang)}</td>
                <td className={`${styles.td} ${styles.num}`}>{fmt(field ? field.target : c.target, lang)}</td>
                <td className={`${styles.td} ${styles.num}`}>
                  {leaf ? (
                    <Input
                      className={styles.input}
                      size="small"
                      aria-label={s.selfLabel(c.id, c.title.length > 40 ? `${c.title.slice(0, 39)}…` : c.title)}
                      aria-invalid={invalid.has(c.id)}
                      title={invalid.has(c.id) ? s.badNumber : undefined}
                      value={typedText ?? (sheetValue === null ? '' : fmt(sheetValue, lang))}
                      placeholder={sheetValue === null ? fmt(live.selfOf.get(c.id), lang) : undefined}
                      onChange={(_, d) => m.edit(c.id, d.value)}
                    />
                  ) : (
                    fmt(field?.self, lang)
                  )}
                </td>
                <td className={`${styles.td} ${styles.num}`} data-projected={c.id}>
                  {fmt(leaf ? live.projectedOf.get(c.id) : field?.projected, lang)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Problems({
  run,
  m,
  s,
  lang,
  fileMode,
}: {
  run: AssessRun;
  m: AssessModel;
  s: AssessStrings;
  lang: Lang;
  fileMode: boolean;
}) {
  const styles = useStyles();
  const groups = problemsByCriterion(run);
  return (
    <PaneSection id="chiso-assess-problems" title={s.problemsTitle(run.built.issues.length)}>
      {groups.length === 0 && <Body1>{s.noProblems}</Body1>}
      {groups.map((g) => (
        <div key={g.criterion?.id ?? '-'} data-problems-of={g.criterion?.id ?? ''}>
          <Subtitle2 as="h4" className={styles.flush}>
            {g.criterion ? `${g.criterion.id} ${g.criterion.title}` : s.otherProblems}
          </Subtitle2>
          <ul className={styles.list}>
            {g.issues.map((i, k) => (
              <li key={`${i.code}-${i.cell}-${k}`}>
                <button
                  type="button"
                  className={styles.item}
                  data-problem={`${i.sheet}!${i.cell}`}
                  data-code={i.code}
                  onClick={() => void m.select(i.sheet, i.cell)}
                >
                  <span className={styles.cell}>{i.cell}</span>
                  {i.message[lang]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {fileMode && m.selection && (
        <Caption1 data-selection>{s.selectedInFile(m.selection.sheet, m.selection.cell)}</Caption1>
      )}
    </PaneSection>
  );
}

/** "Tự đánh giá": build/refresh the sheets through the port, try self-scores live, the problems by criterion. */
export function AssessPanel(props: {
  port: WorkbookPort;
  lang: Lang;
  today?: () => string;
  /** File mode: downloads the file with the sheets written (the page's one download). */
  onDownload?: () => void;
}) {
  const { lang } = props;
  const s = ASSESS_STRINGS[lang];
  const m = useAssess(props.port, props.today);
  const run = m.outcome?.run ?? null;
  const total = (m.live?.result ?? run?.built.result)?.total;
  const ratio = (m.live?.result ?? run?.built.result)?.ratio;
  const invalid = m.live?.invalid.length ?? 0;
  const styles = useStyles();
  return (
    <PaneSection id="chiso-assess-title" title={s.title} intro={s.intro}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={m.busy} onClick={() => void m.build()} data-assess-build>
          {m.busy ? s.building : run ? s.refresh : s.build}
        </Button>
        {props.onDownload && (
          <Button disabled={m.busy || !m.outcome?.ok} onClick={props.onDownload}>
            {s.download}
          </Button>
        )}
      </div>
      {m.outcome && (
        <MessageBar
          intent={m.outcome.ok ? 'success' : 'error'}
          layout="multiline"
          data-assess-outcome={m.outcome.ok ? 'ok' : 'failed'}
        >
          <MessageBarBody>{m.outcome.message[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {run && total && (
        <>
          <StatList
            attr="projection"
            data-assess="totals"
            stats={[
              { key: 'self', label: s.self, value: fmt(total.self, lang) },
              {
                key: 'projected',
                label: s.projected,
                value: `${fmt(total.projected, lang)} / ${fmt(total.max, lang)}`,
              },
              { key: 'percent', label: s.percent, value: `${fmt(total.percent, lang)} %` },
              { key: 'group', label: s.group, value: total.group },
              ratio && { key: 'ratio', label: s.ratio(ratio.done, ratio.planned), value: fmt(ratio.score, lang) },
            ]}
          />
          {invalid > 0 && <Caption1>{s.invalid(invalid)}</Caption1>}
          {Object.keys(m.typed).length > 0 && <Caption1 data-assess-tried>{s.edited}</Caption1>}
          <LiveTable run={run} m={m} s={s} lang={lang} />
          <Problems run={run} m={m} s={s} lang={lang} fileMode={props.port.mode === 'file'} />
        </>
      )}
    </PaneSection>
  );
}
