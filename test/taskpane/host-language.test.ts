import { pickLanguage } from '../../src/taskpane/i18n';
import { NO_HOST, NO_OFFICE, hostInfoFromReady, watchHost } from '../../src/taskpane/office-host';
import type { HostInfo, OfficeLike } from '../../src/taskpane/types';

describe('pickLanguage (from Office.context.displayLanguage)', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['VI-vn', 'vi'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['zh-CN', 'en'],
  ])('%s → %s', (dl, lang) => {
    expect(pickLanguage(dl)).toBe(lang);
  });

  it('is Vietnamese when Office gives no language', () => {
    expect(pickLanguage(null)).toBe('vi');
    expect(pickLanguage(undefined)).toBe('vi');
    expect(pickLanguage('  ')).toBe('vi');
  });

  it('does not take a language that merely starts with the letters v, i', () => {
    expect(pickLanguage('vix')).toBe('en');
  });
});

/** A stand-in for the Office global whose onReady answers when the test says so. */
function fakeOffice(displayLanguage?: unknown) {
  let answer!: (info: { host: unknown; platform: unknown }) => void;
  let refuse!: (e: Error) => void;
  const ready = new Promise<{ host: unknown; platform: unknown }>((res, rej) => {
    answer = res;
    refuse = rej;
  });
  const office: OfficeLike = { onReady: () => ready, context: { displayLanguage } };
  return { office, answer, refuse };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('watchHost', () => {
  it('reports no-office at once when office.js did not load (typeof Office === "undefined")', () => {
    const seen: HostInfo[] = [];
    watchHost(undefined, (h) => seen.push(h));
    expect(seen).toEqual([NO_OFFICE]);
  });

  it('reports Excel with its display language', async () => {
    const { office, answer } = fakeOffice('en-US');
    const seen: HostInfo[] = [];
    watchHost(office, (h) => seen.push(h), 1000);
    answer({ host: 'Excel', platform: 'OfficeOnline' });
    await flush();
    expect(seen).toEqual([{ status: 'excel', host: 'Excel', platform: 'OfficeOnline', displayLanguage: 'en-US' }]);
  });

  it('reports no-host when onReady answers without a host (a plain browser)', async () => {
    const { office, answer } = fakeOffice();
    const seen: HostInfo[] = [];
    watchHost(office, (h) => seen.push(h), 1000);
    answer({ host: null, platform: null });
    await flush();
    expect(seen).toEqual([NO_HOST]);
  });

  it('reports no-host when onReady never answers, and the host if it answers later', async () => {
    jest.useFakeTimers();
    try {
      const { office, answer } = fakeOffice('vi-VN');
      const seen: HostInfo[] = [];
      watchHost(office, (h) => seen.push(h), 500);
      jest.advanceTimersByTime(499);
      expect(seen).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(seen).toEqual([NO_HOST]);
      answer({ host: 'Excel', platform: 'PC' });
      await Promise.resolve();
      await Promise.resolve();
      expect(seen[1]).toMatchObject({ status: 'excel', displayLanguage: 'vi-VN' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('reports no-host when onReady fails or throws', async () => {
    const { office, refuse } = fakeOffice();
    const seen: HostInfo[] = [];
    watchHost(office, (h) => seen.push(h), 1000);
    refuse(new Error('no host'));
    await flush();
    const throwing: OfficeLike = {
      onReady: () => {
        throw new Error('boom');
      },
    };
    watchHost(throwing, (h) => seen.push(h), 1000);
    await flush();
    expect(seen).toEqual([NO_HOST, NO_HOST]);
  });

  it('stays silent after it is cancelled', async () => {
    const { office, answer } = fakeOffice();
    const seen: HostInfo[] = [];
    const cancel = watchHost(office, (h) => seen.push(h), 1000);
    cancel();
    answer({ host: 'Excel', platform: 'PC' });
    await flush();
    expect(seen).toEqual([]);
  });

  it('tells another Office application from Excel and survives a throwing Office.context', () => {
    const office = {
      onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }),
      get context(): { displayLanguage?: unknown } {
        throw new Error('no context');
      },
    } as OfficeLike;
    expect(hostInfoFromReady(office, { host: 'Word', platform: 'PC' })).toEqual({
      status: 'other-host',
      host: 'Word',
      platform: 'PC',
      displayLanguage: null,
    });
  });
});
