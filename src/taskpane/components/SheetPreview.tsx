import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { FlowStrings } from '../i18n-flows';
import type { SheetPreview } from '../sheet-preview';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' },
  flush: { margin: 0 },
  // The sheet scrolls inside its box (both ways): the page itself never gets wider than the pane.
  scroll: {
    maxHeight: '28em',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: 'top',
    minWidth: '4em',
    maxWidth: '22em',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

/** File mode: a sheet of the file, read-only, as a table in the page (what a tracker sheet link opens). */
export function SheetPreviewView(props: { preview: SheetPreview; strings: FlowStrings; onClose: () => void }) {
  const styles = useStyles();
  const { preview: p, strings: s } = props;
  const id = 'chiso-preview-title';
  return (
    <section className={styles.box} aria-labelledby={id} data-preview={p.sheet}>
      <div className={styles.head}>
        <Subtitle2 as="h4" id={id} className={styles.flush}>
          {s.previewTitle(p.sheet)}
        </Subtitle2>
        <Button size="small" onClick={props.onClose}>
          {s.closePreview}
        </Button>
      </div>
      {/* Focusable so the keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={id}>
        <table className={styles.table}>
          <tbody>
            {p.rows.map((row, r) => (
              <tr key={r}>
                {row.map((c, k) =>
                  c ? (
                    <td key={k} className={styles.cell} colSpan={c.colSpan} rowSpan={c.rowSpan}>
                      {c.text}
                    </td>
                  ) : null,
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.more > 0 && <Caption1 block>{s.previewMore(p.more)}</Caption1>}
    </section>
  );
}
