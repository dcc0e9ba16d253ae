import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { TrackStats } from '../../core/tracker/types';
import { BUCKETS, BUCKET_KEYS, emptyBuckets, type BucketCounts, type BucketKey } from '../../core/tracker/status';
import { chartAgencies } from '../chart-data';
import { PAGE_STRINGS } from '../i18n-page';
import type { Lang } from '../types';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  bars: { display: 'flex', flexDirection: 'column', rowGap: '4px', maxWidth: '560px' },
  barRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 42%) minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  barName: { textAlign: 'right', overflowWrap: 'anywhere' },
  bar: { display: 'flex', alignItems: 'center', minHeight: '14px', overflow: 'hidden' },
  segment: { display: 'inline-block', height: '14px', flexShrink: 0 },
  barTotal: { paddingLeft: '4px', fontVariantNumeric: 'tabular-nums' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: 'inline-flex', alignItems: 'center', columnGap: '4px' },
  swatch: { display: 'inline-block', width: '10px', height: '10px', flexShrink: 0 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  /** The agency table scrolls inside its box in a narrow pane (the page itself never scrolls sideways). */
  tableBox: { maxWidth: '100%', overflowX: 'auto' },
  cell: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
  },
  name: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
  },
  flush: { margin: 0 },
});

/** The bars and the table follow the status model's buckets, order and words (core/tracker/status.ts). */
export const STATUS_KEYS: BucketKey[] = BUCKET_KEYS;
/** Fluent palette colours (each ≥ 3:1 against white, WCAG non-text contrast). */
const COLOR: Record<BucketKey, string> = {
  done: '#107c10',
  paused: '#8764b8',
  overdue: '#d13438',
  dueSoon: '#ca5010',
  onTrack: '#0f6cbd',
  notUpdated: '#616161',
  noDate: '#038387',
};

/**
 * Stacked bars drawn with HTML, not SVG text: the names wrap in the pane's own font size (12 px at any pane width,
 * readable at 360 px), and each bar's segments are widths relative to the longest bar.
 */
function Bars({ rows, label }: { rows: Array<{ name: string; counts: BucketCounts; title?: string }>; label: string }) {
  const styles = useStyles();
  const max = Math.max(1, ...rows.map((r) => STATUS_KEYS.reduce((a, k) => a + r.counts[k], 0)));
  return (
    <div className={styles.bars} role="img" aria-label={label} data-chart-bars>
      {rows.map((r, i) => {
        const total = STATUS_KEYS.reduce((a, k) => a + r.counts[k], 0);
        return (
          <div key={`${r.name}-${i}`} className={styles.barRow} aria-hidden>
            <span className={styles.barName} title={r.title ?? r.name}>
              {r.name}
            </span>
            <span className={styles.bar}>
              {STATUS_KEYS.map((k) =>
                r.counts[k] > 0 ? (
                  <span
                    key={k}
                    data-bar={k}
                    className={styles.segment}
                    style={{ width: `${(r.counts[k] / max) * 100}%`, backgroundColor: COLOR[k] }}
                  />
                ) : null,
              )}
            </span>
            <span className={styles.barTotal}>{total}</span>
          </div>
        );
      })}
    </div>
  );
}

/** The colours' meaning: one swatch and word per bucket, in the model's order (wraps in a narrow pane). */
function Legend({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <ul className={styles.legend} data-chart-legend>
      {BUCKETS.map((b) => (
        <li key={b.key} className={styles.legendItem}>
          <span className={styles.swatch} style={{ backgroundColor: COLOR[b.key] }} aria-hidden />
          {b[lang]}
        </li>
      ))}
    </ul>
  );
}

/** What the chart shows: a tracker's stats, or the roll-up's sums over units (the same fields). */
export type ChartStats = Pick<TrackStats, 'tasks' | 'buckets' | 'agencies'>;

/**
 * The counts as a small chart drawn by the pane: a legend, the tasks by status, then by lead agency (stacked; at most
 * ten rows, the rest as "Khác"). Text alternative: the status chart's name says every count; the agency chart has
 * the same rows and numbers in a table.
 */
export function StatusChart({ stats, lang }: { stats: ChartStats; lang: Lang }) {
  const styles = useStyles();
  const s = PAGE_STRINGS[lang].chart;
  const all = stats.buckets;
  const byStatus = BUCKETS.map((b) => ({ name: b[lang], counts: { ...emptyBuckets(), [b.key]: all[b.key] } }));
  const agencies = chartAgencies(stats.agencies, lang).map((a) => ({
    ...a,
    ...(a.others ? { title: a.others.join('; ') } : {}),
  }));
  return (
    <figure className={styles.figure} data-chart>
      <Subtitle2 as="h4" className={styles.flush}>
        {s.title}
      </Subtitle2>
      <figcaption>
        <Caption1>{s.byStatus}</Caption1>
      </figcaption>
      <Legend lang={lang} />
      <Bars rows={byStatus} label={s.summary(all)} />
      {agencies.length > 0 && (
        <>
          <Caption1 id="chiso-chart-agency">{s.byAgency}</Caption1>
          <Bars rows={agencies} label={`${s.byAgency}: ${agencies.length}`} />
          <div className={styles.tableBox} role="region" aria-labelledby="chiso-chart-agency" tabIndex={0}>
            <table className={styles.table} aria-labelledby="chiso-chart-agency" data-chart-table>
              <thead>
                <tr>
                  <th scope="col" className={styles.name}>
                    {s.agency}
                  </th>
                  {BUCKETS.map((b) => (
                    <th scope="col" key={b.key} className={styles.cell}>
                      {b[lang]}
                    </th>
                  ))}
                  <th scope="col" className={styles.cell}>
                    {s.total}
                  </th>
                </tr>
              </thead>
              <tbody>
                {agencies.map((a, i) => (
                  <tr key={`${a.name}-${i}`}>
                    <th scope="row" className={styles.name} title={a.title}>
                      {a.name}
                    </th>
                    {STATUS_KEYS.map((k) => (
                      <td key={k} className={styles.cell} data-count={k}>
                        {a.counts[k]}
                      </td>
                    ))}
                    <td className={styles.cell} data-count="total">
                      {a.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
