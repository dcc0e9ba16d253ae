import { Body1, Button, Field, Input, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { formatVnDate, oneLine } from '../../core/text';
import type { TrackOutcome } from '../flows';
import type { FlowStrings } from '../i18n-flows';
import type { Lang } from '../types';
import { BUCKETS } from '../../core/tracker/status';
import { PaneSection } from './PaneSection';
import { StatList } from './StatList';
import { StatusChart } from './StatusChart';
import { SheetPreviewView } from './SheetPreview';
import type { SheetPreview } from '../sheet-preview';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  date: { maxWidth: '12em' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  flush: { margin: 0 },
});

/** "Tạo bảng theo dõi" (build or refresh), its summary and a link to each tracker sheet; file mode: the download. */
export function TrackSection(props: {
  strings: FlowStrings;
  lang: Lang;
  track: TrackOutcome | null;
  disabled: boolean;
  fileMode: boolean;
  onTrack: () => void;
  onOpenSheet: (sheet: string) => void;
  onDownload: () => void;
  /** The day the tracker is computed for (ISO), shown and changeable. */
  today: string;
  onAsOf: (iso: string | null) => void;
  /** File mode: the tracker sheet shown in the page. */
  preview?: SheetPreview | null;
  onClosePreview?: () => void;
}) {
  const styles = useStyles();
  const s = props.strings;
  const t = props.track;
  const p = t?.stats.problems;
  return (
    <PaneSection id="chiso-track-title" title={s.track} intro={s.trackIntro}>
      <Field label={s.asOfLabel} hint={s.asOfHint}>
        <Input
          className={styles.date}
          type="date"
          value={props.today}
          disabled={props.disabled}
          data-as-of
          onChange={(_, d) => props.onAsOf(d.value || null)}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={props.disabled} onClick={props.onTrack}>
          {s.track}
        </Button>
        {props.fileMode && (
          <Button disabled={props.disabled || !t} onClick={props.onDownload}>
            {s.download}
          </Button>
        )}
      </div>
      {t && p && (
        <div data-summary>
          <Subtitle2 as="h4" className={styles.flush}>
            {s.summaryTitle}
          </Subtitle2>
          <StatList
            attr="stat"
            stats={[
              { key: 'tasks', label: s.summary.tasks, value: t.stats.tasks },
              // Every task in one bucket, in the model's order and words: they add up to the tasks.
              ...BUCKETS.map((b) => ({ key: b.key, label: b[props.lang], value: t.stats.buckets[b.key] })),
              { key: 'problems', label: s.summary.problems, value: p.error + p.warning + p.info },
              { key: 'asOf', label: s.summary.asOf, value: formatVnDate(t.today), unmarked: true },
            ]}
          />
          {t.stats.refresh.previous && <Body1 block>{s.summary.refreshed}</Body1>}
          {t.warnings.map((w) => (
            // What this Excel could not write, Vietnamese first then English, as every message of chiso.
            <Body1 block key={w.en} data-track-warning>
              {oneLine(w)}
            </Body1>
          ))}
          {t.stats.tasks > 0 && <StatusChart stats={t.stats} lang={props.lang} />}
          <Subtitle2 as="h4" className={styles.flush}>
            {s.sheetsTitle}
          </Subtitle2>
          <ul className={styles.list}>
            {t.sheets.map((sh) => (
              <li key={sh.name}>
                <Link as="button" data-sheet-link={sh.name} onClick={() => props.onOpenSheet(sh.name)}>
                  {sh.name}
                </Link>
              </li>
            ))}
          </ul>
          {props.preview && props.onClosePreview && (
            <SheetPreviewView preview={props.preview} strings={s} onClose={props.onClosePreview} />
          )}
        </div>
      )}
    </PaneSection>
  );
}
