import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/issues-types';
import type { Bilingual } from '../../core/text';
import { groupIssues } from '../flows';
import type { FlowStrings } from '../i18n-flows';
import type { Lang } from '../types';
import { plainList, cardButton } from './list-styles';
import { PaneSection } from './PaneSection';

const COLOR: Record<Issue['severity'], string> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalXS),
  item: {
    ...cardButton,
    borderLeftWidth: '4px',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalS,
  },
  flush: { margin: 0 },
  place: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Problems grouped by severity and sheet; each is a button that selects its cell (click, Enter or Space). */
export function ProblemList(props: {
  strings: FlowStrings;
  lang: Lang;
  issues: Issue[];
  selection: { sheet: string; cell: string; where?: Bilingual } | null;
  fileMode: boolean;
  onSelect: (sheet: string, cell: string) => void;
  /** A Word plan: a cell's place in the document, shown instead of the imported sheet's cell (absent elsewhere). */
  placeOf?: (sheet: string, cell: string) => Bilingual | null;
}) {
  const styles = useStyles();
  const s = props.strings;
  const groups = groupIssues(props.issues);
  const sel = props.selection;
  return (
    <PaneSection id="chiso-problems-title" title={`${s.problemsTitle} (${props.issues.length})`}>
      {groups.length === 0 && <Body1>{s.noProblems}</Body1>}
      {groups.map((g) => (
        <div key={g.severity} data-severity={g.severity}>
          <Subtitle2
            as="h4"
            className={styles.flush}
          >{`${s.severities[g.severity]} (${g.sheets.reduce((n, x) => n + x.issues.length, 0)})`}</Subtitle2>
          {g.sheets.map((sh) => (
            <div key={sh.sheet}>
              <Caption1 as="h5" block className={styles.flush}>
                {sh.sheet}
              </Caption1>
              <ul className={styles.list}>
                {sh.issues.map((i, k) => (
                  <li key={`${i.code}-${i.cell}-${k}`}>
                    <button
                      type="button"
                      className={styles.item}
                      style={{ borderLeftColor: COLOR[i.severity] }}
                      data-problem={`${i.sheet}!${i.cell}`}
                      data-code={i.code}
                      onClick={() => props.onSelect(i.sheet, i.cell)}
                    >
                      <span className={styles.cell}>{props.placeOf?.(i.sheet, i.cell)?.[props.lang] ?? i.cell}</span>
                      {i.message[props.lang]}
                    </button>
                    {/* File mode: the place is told right under the problem clicked (Excel selects the cell). */}
                    {props.fileMode && sel?.sheet === i.sheet && sel.cell === i.cell && (
                      <Caption1 block className={styles.place} data-selection role="status">
                        {sel.where ? s.selectedInWord(sel.where[props.lang]) : s.selectedInFile(sel.sheet, sel.cell)}
                      </Caption1>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </PaneSection>
  );
}
