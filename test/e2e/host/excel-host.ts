/**
 * The Excel test host for the browser end-to-end tests: served in place of office.js from the Office CDN, it defines
 * `Office` (onReady → Excel, displayLanguage, requirement sets, document settings), `Excel.run` over H7's recording
 * fake (test/adapters/office/fake-excel.ts) and a no-op `CustomFunctions.associate`, over an in-memory workbook whose Grids the
 * test prepends as `window.__CHISO_BOOK__`. The test inspects the book through `window.__chisoBook`.
 */
import { bookFromGrids, fakeRun, type GridLike } from '../../adapters/office/fake-excel';

interface HostWindow {
  __CHISO_BOOK__?: { grids: GridLike[]; displayLanguage?: string };
  __chisoBook?: unknown;
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
}

const w = window as unknown as HostWindow;
const data = w.__CHISO_BOOK__ ?? { grids: [] };
const book = bookFromGrids(data.grids);
book.name = 'ke-hoach.xlsx';
book.active = data.grids[0]?.sheet ?? '';
w.__chisoBook = book;

const settings = {
  get: (k: string) => book.settings.get(k) ?? null,
  set: (k: string, v: unknown) => void book.settings.set(k, v),
  remove: (k: string) => void book.settings.delete(k),
  saveAsync: (cb?: (r: { status: string }) => void) => setTimeout(() => cb?.({ status: 'succeeded' }), 0),
};

w.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  onReady: (cb?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    cb?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: data.displayLanguage ?? 'vi-VN',
    requirements: {
      isSetSupported: (set: string, version?: string) => set === 'ExcelApi' && book.supports(version ?? '1.1'),
    },
    document: { settings },
  },
};
w.Excel = { run: fakeRun(book) };
w.CustomFunctions = { associate: () => undefined };
