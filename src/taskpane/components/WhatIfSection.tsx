import { scoreTable } from './list-styles';
import { Body1, Button, Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { papiYears } from '../../core/frameworks';
import { formatVnNumber } from '../../core/text';
import type { FlowStrings } from '../i18n-flows';
import type { Lang } from '../types';
import type { WhatIfState } from '../workbook-controller';
import { project, type Projection, type WhatIfRow, type WhatIfTable } from '../whatif';
import { ColumnHeads } from './ColumnHeads';
import { PaneSection } from './PaneSection';
import { StatList } from './StatList';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM },
  ...scoreTable,
  input: { width: '5.5em', minWidth: 0 },
});

/** The projection's scores, each shown under its own key. */
const PROJECTED = ['total', 'target', 'max', 'gapTarget', 'gapMax'] as const;

/** PAPI's projected rank and group, each with the year of the ranking it is placed in. */
function papiLines(papi: NonNullable<Projection['papi']>, s: FlowStrings) {
  return (['rank', 'group'] as const).map((k) => ({
    key: k,
    label: `${s.projected[k]} (${papi.year})`,
    value: papi[k] ?? '—',
  }));
}

function fmt(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined) return '—';
  return lang === 'vi' ? formatVnNumber(n) : String(n);
}

function NumberCell(props: {
  label: string;
  value: number | null;
  invalid: string | undefined;
  lang: Lang;
  bad: string;
  onEdit: (text: string) => void;
}) {
  const styles = useStyles();
  const shown = props.value === null ? '' : fmt(props.value, props.lang);
  return (
    <Input
      className={styles.input}
      size="small"
      aria-label={props.label}
      aria-invalid={props.invalid !== undefined}
      title={props.invalid !== undefined ? props.bad : undefined}
      defaultValue={props.invalid ?? shown}
      onChange={(_, d) => props.onEdit(d.value)}
    />
  );
}

/** What-if on one score table: edit estimates and targets, see the projection; written only on request. */
export function WhatIfSection(props: {
  strings: FlowStrings;
  lang: Lang;
  tables: WhatIfTable[];
  state: WhatIfState;
  disabled: boolean;
  onTable: (id: string) => void;
  onYear: (year: number) => void;
  onEdit: (field: 'estimate' | 'target', key: string, text: string) => void;
  onWrite: () => void;
}) {
  const styles = useStyles();
  const { strings: s, lang, state } = props;
  const table = props.tables.find((t) => t.id === state.table) ?? props.tables[0];
  if (!table) {
    return (
      <PaneSection id="chiso-whatif-title" title={s.whatIfTitle}>
        <Body1>{s.whatIfNone}</Body1>
      </PaneSection>
    );
  }
  // One computation for the summary and the table (the table's sums and total row are the projection's).
  const proj = project(table, state.edits, state.year);
  const values = proj.shown;
  const cellFor = (r: WhatIfRow, i: number, field: 'estimate' | 'target') => {
    const v = field === 'estimate' ? values.estimate[i] : values.target[i];
    if (!r.editable) return <span className={styles.parent}>{fmt(v, lang)}</span>;
    const id = r.label && !/^[-+•*]$/.test(r.label) ? r.label : r.id;
    const short = r.title.length > 40 ? `${r.title.slice(0, 39)}…` : r.title;
    const label = `${(field === 'estimate' ? s.estimateLabel : s.targetLabel)(id)} ${short}`.trim();
    return (
      <NumberCell
        key={`${table.id}:${r.key}:${field}:${field === 'estimate' ? r.estimate : r.target}`}
        label={label}
        value={v ?? null}
        invalid={state.invalid[`${field}:${r.key}`]}
        lang={lang}
        bad={s.badNumber}
        onEdit={(text) => props.onEdit(field, r.key, text)}
      />
    );
  };
  return (
    <PaneSection id="chiso-whatif-title" title={s.whatIfTitle} intro={s.whatIfIntro}>
      <div className={styles.row}>
        <Field label={s.whatIfTable}>
          <Select value={table.id} onChange={(_, d) => props.onTable(d.value)}>
            {props.tables.map((t) => (
              <option key={t.id} value={t.id}>
                {`${t.sheet}${t.no > 1 ? ` (${t.no})` : ''} · ${t.index.toUpperCase()}`}
              </option>
            ))}
          </Select>
        </Field>
        {table.index === 'papi' && (
          <Field label={s.whatIfYear}>
            <Select value={String(proj.papi?.year ?? '')} onChange={(_, d) => props.onYear(Number(d.value))}>
              {papiYears().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <StatList
        attr="projection"
        data-whatif={table.id}
        stats={[
          ...PROJECTED.map((k) => ({ key: k, label: s.projected[k], value: fmt(proj[k], lang) })),
          ...(proj.papi ? papiLines(proj.papi, s) : []),
          proj.sipas && { key: 'sipas', label: s.projected.sipas, value: fmt(proj.sipas.points, lang) },
        ]}
      />
      {proj.problems.map((p) => (
        <Caption1 key={p.vi}>{lang === 'vi' ? p.vi : p.en}</Caption1>
      ))}
      <div className={styles.row}>
        <Button appearance="primary" disabled={props.disabled} onClick={props.onWrite}>
          {s.writeEstimates}
        </Button>
        {proj.edited > 0 && <Caption1 data-edited={proj.edited}>{s.projected.edited(proj.edited)}</Caption1>}
      </div>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${s.whatIfTitle}: ${table.sheet}`}>
        <table className={styles.table}>
          <ColumnHeads className={styles.th} labels={[s.colTitle, s.colMax, s.colResult, s.colTarget, s.colEstimate]} />
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={r.key} data-row={r.key}>
                <td
                  className={`${styles.td} ${r.editable ? '' : styles.parent}`}
                  style={{ paddingLeft: `${4 + r.depth * 10}px` }}
                >
                  {r.label ? `${r.label} ` : ''}
                  {r.title}
                </td>
                <td className={`${styles.td} ${styles.num}`}>{fmt(r.max, lang)}</td>
                <td className={`${styles.td} ${styles.num}`}>{fmt(r.result, lang)}</td>
                <td className={`${styles.td} ${styles.num}`}>{cellFor(r, i, 'target')}</td>
                <td className={`${styles.td} ${styles.num}`}>{cellFor(r, i, 'estimate')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PaneSection>
  );
}
