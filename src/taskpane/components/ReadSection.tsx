import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Option,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Role } from '../../core/plan/types';
import type { ReadOutcome, ReadScope, TableInfo } from '../flows';
import { ROLES } from '../../core/app';
import type { FlowStrings } from '../i18n-flows';
import { ColumnHeads } from './ColumnHeads';
import { plainList } from './list-styles';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  list: plainList(tokens.spacingVerticalM),
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: 'left',
    verticalAlign: 'middle',
  },
  header: { maxWidth: '16em', overflowWrap: 'anywhere' },
  dropdown: { minWidth: '12em' },
});

function TableColumns({
  table,
  strings: s,
  disabled,
  onRole,
}: {
  table: TableInfo;
  strings: FlowStrings;
  disabled: boolean;
  onRole: (at: { sheet: string; headerRow: number; col: string }, role: Role | null) => void;
}) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.cell}>
        <Caption1>{s.columnsOf(table.sheet, table.range)}</Caption1>
      </caption>
      <ColumnHeads className={styles.cell} labels={[s.columnHeader, s.roleHeader]} />
      <tbody>
        {table.columns.map((c) => (
          <tr key={c.col} data-column={c.col}>
            <td className={`${styles.cell} ${styles.header}`}>
              <strong>{c.col}</strong> {c.header}
            </td>
            <td className={styles.cell}>
              <Dropdown
                className={styles.dropdown}
                size="small"
                aria-label={s.roleLabel(c.col, c.header)}
                value={s.roles[c.role] + (c.year ? ` ${c.year}` : '')}
                selectedOptions={[c.role]}
                disabled={disabled}
                onOptionSelect={(_, data) => {
                  const role = data.optionValue as Role | undefined;
                  if (role && role !== c.role)
                    onRole({ sheet: table.sheet, headerRow: table.headerRow, col: c.col }, role);
                }}
              >
                {ROLES.map((r) => (
                  <Option key={r} value={r}>
                    {s.roles[r]}
                  </Option>
                ))}
              </Dropdown>{' '}
              {c.corrected && (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  onClick={() => onRole({ sheet: table.sheet, headerRow: table.headerRow, col: c.col }, null)}
                >
                  {`↺ ${s.corrected}`}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Đọc bảng": which sheets to read, then the tables chiso found and the role it gave each column. */
export function ReadSection(props: {
  strings: FlowStrings;
  scope: ReadScope;
  outcome: ReadOutcome | null;
  disabled: boolean;
  onScope: (s: ReadScope) => void;
  onRead: () => void;
  onRole: (at: { sheet: string; headerRow: number; col: string }, role: Role | null) => void;
}) {
  const styles = useStyles();
  const s = props.strings;
  const o = props.outcome;
  return (
    <PaneSection id="chiso-read-title" title={s.tablesTitle}>
      <div className={styles.row}>
        <RadioGroup
          layout="horizontal"
          aria-label={s.scopeLabel}
          value={props.scope}
          onChange={(_, d) => props.onScope(d.value as ReadScope)}
        >
          <Radio value="active" label={s.scopeActive} />
          <Radio value="all" label={s.scopeAll} />
        </RadioGroup>
        <Button appearance="primary" disabled={props.disabled} onClick={props.onRead}>
          {s.read}
        </Button>
      </div>
      {o && o.warnings.map((w) => <Caption1 key={w}>{w}</Caption1>)}
      {o && o.tables.length === 0 && <Body1 data-no-tables>{o.scope === 'all' ? s.noTablesAll : s.noTables}</Body1>}
      {o && o.tables.length > 0 && (
        <ul className={styles.list} data-tables>
          {o.tables.map((t) => (
            <li key={t.id} data-table={t.id}>
              <Body1 block>
                <Badge appearance="tint" color={t.kind === 'tasks' ? 'brand' : 'success'}>
                  {s.kinds[t.kind]}
                </Badge>{' '}
                {s.tableLine({ sheet: t.sheet, kind: s.kinds[t.kind], rows: t.rows, year: t.year, range: t.range })}
              </Body1>
              <TableColumns table={t} strings={s} disabled={props.disabled} onRole={props.onRole} />
            </li>
          ))}
        </ul>
      )}
    </PaneSection>
  );
}
