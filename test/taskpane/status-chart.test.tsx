/**
 * The page's result and chart follow the one status model (issue 18): on every sample plan, through the page's own
 * file mode (open, read, "Tạo bảng theo dõi"), the result lists the tasks and the seven buckets, which add up; the
 * status chart names every bucket with its count; each agency row of the chart's table adds up to its total. The
 * same for the chart of typed trackers and of their roll-up.
 */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { trackFlow } from '../../src/core/app';
import { Rollup } from '../../src/core/rollup';
import { BUCKETS, bucketTotal } from '../../src/core/tracker/status';
import { StatusChart, type ChartStats } from '../../src/taskpane/components/StatusChart';
import { TrackSection } from '../../src/taskpane/components/TrackSection';
import { FLOW_STRINGS } from '../../src/taskpane/i18n-flows';
import type { TrackOutcome } from '../../src/taskpane/flows';
import type { Lang } from '../../src/taskpane/types';
import { rollupChart } from '../../src/taskpane/useRollup';
import { readPlanSource } from '../../src/adapters/docx/file';
import { PLANS_DIR } from '../support/fixtures';
import { gridOfSpec, typeStatuses } from '../core/tracker/helpers';
import { fileModeController, pickedFile } from './helpers';

const PLANS = readdirSync(PLANS_DIR).filter((f) => /\.(xlsx|docx)$/.test(f));
const noop = () => undefined;

const html = (node: JSX.Element) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const numbers = (text: string, attr: string) =>
  Object.fromEntries(
    [...text.matchAll(new RegExp(`data-${attr}="([a-zA-Z]+)"[^>]*>(\\d+)<`, 'g'))].map((m) => [m[1], Number(m[2])]),
  );
/** The chart's agency table: per row, the bucket cells and the total cell. */
function agencyRows(text: string): Array<{ buckets: number[]; total: number }> {
  const body = /<tbody>(.*?)<\/tbody>/s.exec(text)?.[1] ?? '';
  return [...body.matchAll(/<tr.*?<\/tr>/gs)].map((m) => {
    const cells = [...m[0].matchAll(/data-count="([a-zA-Z]+)"[^>]*>(\d+)</g)];
    return {
      buckets: cells.filter((c) => c[1] !== 'total').map((c) => Number(c[2])),
      total: Number(cells.find((c) => c[1] === 'total')?.[2]),
    };
  });
}

function expectChartAddsUp(stats: ChartStats, lang: Lang): void {
  const text = html(<StatusChart stats={stats} lang={lang} />);
  // The status chart's name states every bucket, in the model's order and words.
  const label = /role="img" aria-label="([^"]*)"/.exec(text)?.[1] ?? '';
  const named = BUCKETS.map((b) => Number(new RegExp(`${b[lang]} (\\d+)`).exec(label)?.[1]));
  expect(named).toEqual(BUCKETS.map((b) => stats.buckets[b.key]));
  expect(named.reduce((a, n) => a + n, 0)).toBe(stats.tasks);
  const rows = agencyRows(text);
  // At most ten rows: the agencies with the most tasks, the rest summed in one "Khác" row.
  expect(rows).toHaveLength(Math.min(stats.agencies.length, 10));
  for (const r of rows) {
    expect(r.buckets).toHaveLength(BUCKETS.length);
    expect(r.buckets.reduce((a, n) => a + n, 0)).toBe(r.total);
  }
  // The rows still add up to every agency's count.
  expect(rows.reduce((a, r) => a + r.total, 0)).toBe(stats.agencies.reduce((a, x) => a + x.total, 0));
  // A legend names every bucket.
  const legend = /data-chart-legend[^>]*>(.*?)<\/ul>/s.exec(text)?.[1] ?? '';
  for (const b of BUCKETS) expect(legend).toContain(b[lang]);
}

describe.each(PLANS)('the page on %s', (name) => {
  let track: TrackOutcome;
  beforeAll(async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile(name, new Uint8Array(readFileSync(path.join(PLANS_DIR, name)))));
    ctl.setScope('all');
    await ctl.read();
    await ctl.buildTracker();
    expect(ctl.state.error).toBeNull();
    track = ctl.state.track!;
  });

  it.each(['vi', 'en'] as Lang[])('result (%s): the tasks, then the seven buckets, which add up', (lang) => {
    const text = html(
      <TrackSection
        strings={FLOW_STRINGS[lang]}
        lang={lang}
        track={track}
        disabled={false}
        fileMode
        onTrack={noop}
        onOpenSheet={noop}
        onDownload={noop}
        today={track.today}
        onAsOf={noop}
      />,
    );
    const stats = numbers(text, 'stat');
    expect(stats.tasks).toBeGreaterThan(0);
    expect(BUCKETS.map((b) => stats[b.key])).toEqual(BUCKETS.map((b) => track.stats.buckets[b.key]));
    expect(BUCKETS.reduce((a, b) => a + stats[b.key], 0)).toBe(stats.tasks);
    // Before anything is typed nothing is "on track" (in progress): it is "not yet updated" or has no fixed date.
    expect(stats.onTrack).toBe(0);
    expectChartAddsUp(track.stats, lang);
  });
});

it('the chart of typed trackers and of their roll-up adds up too', async () => {
  const grids = (await readPlanSource(path.join(PLANS_DIR, 'hanoi-2025-phu-luc.xlsx'))).grids;
  const opts = { today: '2025-09-30', fixedToday: true, soonDays: 14 };
  const first = trackFlow(grids, [], opts);
  const typed = trackFlow([...grids, ...typeStatuses(first.set.sheets)], [], opts);
  expect(typed.set.stats.buckets.onTrack).toBeGreaterThan(0);
  expectChartAddsUp(typed.set.stats, 'vi');
  const rollup = new Rollup(opts.today, opts.soonDays);
  rollup.add('a.xlsx', 'a.xlsx', typed.set.sheets.map(gridOfSpec));
  rollup.add('b.xlsx', 'b.xlsx', first.set.sheets.map(gridOfSpec));
  const chart = rollupChart(rollup.result());
  expect(chart.tasks).toBe(typed.set.stats.tasks + first.set.stats.tasks);
  expect(bucketTotal(chart.buckets)).toBe(chart.tasks);
  expectChartAddsUp(chart, 'en');
});
