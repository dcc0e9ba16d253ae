import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PERIOD_KINDS, periodWindow, type PeriodKind, type ReportDoc, type ReportFacts } from '../../core/report';
import { formatVnDate } from '../../core/text';
import { REPORT_STRINGS, type ReportStrings } from '../i18n-report';
import type { Lang } from '../types';
import { useReport, type ReportDeps, type ReportModel } from '../useReport';
import { StatList } from './StatList';
import { StatusChart } from './StatusChart';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  flush: { margin: 0 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  label: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The figures the panel shows, each the count of a list of the report's facts. */
export function reportFigures(f: ReportFacts, s: ReportStrings) {
  const done = f.dueInWindow.filter((t) => t.bucket === 'done');
  const vn = formatVnDate;
  return [
    f.units.length > 1 && { key: 'report-units', label: s.units, value: f.units.length },
    { key: 'report-due', label: s.due, value: f.dueInWindow.length },
    { key: 'report-on-time', label: s.doneOnTime, value: done.filter((t) => t.late === false).length },
    { key: 'report-late', label: s.doneLate, value: done.filter((t) => t.late === true).length },
    { key: 'report-completed', label: s.completed, value: f.completedInWindow.length },
    { key: 'report-overdue', label: s.overdue, value: f.overdue.length },
    { key: 'report-next', label: s.dueNext(vn(f.next.from), vn(f.next.to)), value: f.dueNext.length },
  ];
}

/** Section I's sentences: what the report says about the period, figures included. */
export function resultSentences(doc: ReportDoc): string[] {
  const out: string[] = [];
  for (const b of doc.body.slice(1)) {
    if (b.kind === 'heading') break;
    if (b.kind === 'para') out.push(b.text);
  }
  return out;
}

/** The report panel: state in useReport, rendering in ReportView. */
export function ReportPanel({ deps, lang }: { deps: ReportDeps; lang: Lang }) {
  const model = useReport(deps);
  return <ReportView model={model} lang={lang} mode={deps.mode} thisYear={Number(deps.today().slice(0, 4))} />;
}

export function ReportView(props: { model: ReportModel; lang: Lang; mode: 'excel' | 'file'; thisYear: number }) {
  const { model: m, lang, mode, thisYear } = props;
  const styles = useStyles();
  const s = REPORT_STRINGS[lang];
  const w = periodWindow(m.request.kind, m.request.year);
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, m.request.year])].sort(
    (a, b) => a - b,
  );
  const o = m.outcome;
  const msg = (b: { ok: boolean; vi: string; en: string }, attr: string) => (
    <MessageBar intent={b.ok ? 'success' : 'error'} layout="multiline" {...{ [attr]: b.ok ? 'ok' : 'error' }}>
      <MessageBarBody>{lang === 'vi' ? b.vi : b.en}</MessageBarBody>
    </MessageBar>
  );
  return (
    <section className={styles.box} aria-labelledby="chiso-report-title" lang={lang} data-report>
      <Subtitle2 as="h2" id="chiso-report-title" block className={styles.flush}>
        {s.title}
      </Subtitle2>
      <Body1 as="p" block className={styles.flush}>
        {s.intro}
      </Body1>
      <div className={styles.row}>
        <Field label={s.period}>
          <Select
            value={m.request.kind}
            disabled={m.busy}
            onChange={(_, d) => m.pick({ kind: d.value as PeriodKind })}
            data-report-period
          >
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {s.periods[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.year}>
          <Select
            value={String(m.request.year)}
            disabled={m.busy}
            onChange={(_, d) => m.pick({ year: Number(d.value) })}
            data-report-year
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Body1 as="p" block className={styles.flush} data-report-window>
        {s.window(formatVnDate(w.from), formatVnDate(w.to), formatVnDate(w.due!))}
      </Body1>
      <Button appearance="primary" disabled={m.busy} onClick={() => void m.run()} data-report-run>
        {s.run}
      </Button>
      <div aria-live="polite">
        {m.busy && <Spinner size="tiny" label={s.running} />}
        {o && msg(o, 'data-report-outcome')}
        {m.action && msg(m.action, 'data-report-action')}
      </div>
      {o?.facts && o.doc && (
        <>
          <Body1 className={styles.label}>{s.figures}</Body1>
          <StatList attr="stat" stats={reportFigures(o.facts, s)} data-report-figures="" />
          {/* The status bars on the window's last day; the per-agency counts are the report's table (a pane is narrow). */}
          <StatusChart
            stats={{ tasks: o.facts.total.total, buckets: o.facts.total.buckets, agencies: [] }}
            lang={lang}
          />
          <Body1 className={styles.label}>{s.sentences}</Body1>
          <ul className={styles.list} lang="vi" data-report-sentences>
            {resultSentences(o.doc).map((t) => (
              <li key={t}>
                <Body1>{t}</Body1>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button appearance="primary" disabled={m.busy} onClick={() => void m.download()} data-report-download>
              {s.download}
            </Button>
            {mode === 'excel' && (
              <Button disabled={m.busy} onClick={() => void m.writeSheets()} data-report-sheets>
                {s.toSheets}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
