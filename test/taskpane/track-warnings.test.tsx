/**
 * What the Office adapter could not write reaches the pane (issue 22): on an Excel with ExcelApi 1.8 but not 1.9 the
 * tracker is written without filters and print setup, and the pane's track result says so, Vietnamese then English.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { OfficePort } from '../../src/adapters/office';
import { trackFlow } from '../../src/taskpane/flows';
import { TrackSection } from '../../src/taskpane/components/TrackSection';
import { FLOW_STRINGS } from '../../src/taskpane/i18n-flows';
import { fakeHost } from '../adapters/office/fake-excel';
import { fakeBookOf } from '../adapters/office/helpers';
import { HANOI } from './helpers';

const CLOCK = { today: '2025-06-30', fixedToday: true };
const noop = () => undefined;

async function trackOn(api: string) {
  const book = await fakeBookOf(HANOI);
  book.api = api;
  const out = await trackFlow(new OfficePort(fakeHost(book)), CLOCK);
  const text = renderToString(
    <FluentProvider theme={webLightTheme}>
      <TrackSection
        strings={FLOW_STRINGS.vi}
        lang="vi"
        track={out}
        disabled={false}
        fileMode={false}
        onTrack={noop}
        onOpenSheet={noop}
        onDownload={noop}
        today={out.today}
        onAsOf={noop}
      />
    </FluentProvider>,
  );
  return { out, text };
}

describe('the adapter’s write warnings in the pane', () => {
  it('an Excel without ExcelApi 1.9: the track result shows the note in both languages, Vietnamese first', async () => {
    const { out, text } = await trackOn('1.8');
    expect(out.warnings).toEqual([
      {
        vi: expect.stringMatching(/^Excel này chưa có ExcelApi 1\.9/),
        en: expect.stringMatching(/^This Excel lacks ExcelApi 1\.9/),
      },
    ]);
    const shown = /data-track-warning[^>]*>([^<]*)</.exec(text)?.[1] ?? '';
    expect(shown).toMatch(/^Excel này chưa có ExcelApi 1\.9: .* \/ This Excel lacks ExcelApi 1\.9: /);
  });

  it('an Excel with everything: no note', async () => {
    const { out, text } = await trackOn('1.17');
    expect(out.warnings).toEqual([]);
    expect(text).not.toContain('data-track-warning');
  });
});
