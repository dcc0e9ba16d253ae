import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { TrackStats } from '../../core/tracker/types';
import { BUCKETS, BUCKET_KEYS, emptyBuckets, type BucketCounts, type BucketKey } from '../../core/tracker/status';
import { PAGE_STRINGS } from '../i18n-page';
import type { Lang } from '../types';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  svg: { width: '100%', maxWidth: '480px', height: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
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

const W = 360;
/** Room for the names: at 10px, about 26 characters of Vietnamese text. */
const LABEL = 168;
const ROW = 22;

function Bars({ rows, label }: { rows: Array<{ name: string; counts: BucketCounts }>; label: string }) {
  const styles = useStyles();
  const max = Math.max(1, ...rows.map((r) => STATUS_KEYS.reduce((a, k) => a + r.counts[k], 0)));
  const scale = (W - LABEL - 36) / max;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${W} ${rows.length * ROW + 4}`}
      role="img"
      aria-label={label}
      data-chart-svg
    >
      {rows.map((r, i) => {
        let x = LABEL;
        const total = STATUS_KEYS.reduce((a, k) => a + r.counts[k], 0);
        const y = i * ROW + 4;
        const short = r.name.length > 26 ? `${r.name.slice(0, 25)}…` : r.name;
        return (
          <g key={`${r.name}-${i}`}>
            <text x={LABEL - 6} y={y + 12} textAnchor="end" fontSize="10" fill="#242424">
              {short !== r.name && <title>{r.name}</title>}
              {short}
            </text>
            {STATUS_KEYS.map((k) => {
              const w = r.counts[k] * scale;
              const rect =
                w > 0 ? <rect key={k} x={x} y={y} width={w} height={ROW - 6} fill={COLOR[k]} data-bar={k} /> : null;
              x += w;
              return rect;
            })}
            <text x={x + 4} y={y + 13} fontSize="11" fill="#242424">
              {total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** What the chart shows: a tracker's stats, or the roll-up's sums over units (the same fields). */
export type ChartStats = Pick<TrackStats, 'tasks' | 'buckets' | 'agencies'>;

/**
 * The counts as a small SVG chart drawn by the pane: the tasks by status, then by lead agency (stacked).
 * Text alternative: the status chart's name says every count; the agency chart has the same numbers in a table.
 */
export function StatusChart({ stats, lang }: { stats: ChartStats; lang: Lang }) {
  const styles = useStyles();
  const s = PAGE_STRINGS[lang].chart;
  const all = stats.buckets;
  const byStatus = BUCKETS.map((b) => ({ name: b[lang], counts: { ...emptyBuckets(), [b.key]: all[b.key] } }));
  // Most tasks first (a stable sort keeps the tracker's order among equals).
  const agencies = [...stats.agencies]
    .sort((a, b) => b.total - a.total)
    .map((a) => ({ name: a.name, total: a.total, counts: a.buckets }));
  return (
    <figure className={styles.figure} data-chart>
      <Subtitle2 as="h4" className={styles.flush}>
        {s.title}
      </Subtitle2>
      <figcaption>
        <Caption1>{s.byStatus}</Caption1>
      </figcaption>
      <Bars rows={byStatus} label={s.summary(all)} />
      {agencies.length > 0 && (
        <>
          <Caption1 id="chiso-chart-agency">{s.byAgency}</Caption1>
          <Bars rows={agencies} label={`${s.byAgency}: ${agencies.length}`} />
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
                  <th scope="row" className={styles.name}>
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
        </>
      )}
    </figure>
  );
}
