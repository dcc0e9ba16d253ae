// Finds out where the pane runs, without ever blocking the first render: office.js may be missing
// (`typeof Office === 'undefined'` when the CDN is unreachable), or present with no host (a plain browser).
import type { HostInfo, OfficeLike } from './types';

export const STARTING: HostInfo = { status: 'starting', host: null, platform: null, displayLanguage: null };
export const NO_OFFICE: HostInfo = { status: 'no-office', host: null, platform: null, displayLanguage: null };
export const NO_HOST: HostInfo = { status: 'no-host', host: null, platform: null, displayLanguage: null };
export const BROWSER: HostInfo = { status: 'browser', host: null, platform: null, displayLanguage: null };

/** What taskpane.html's loader found (src/taskpane/taskpane.html): whether it runs inside Office. */
export interface BootInfo {
  inOffice: boolean;
  sw: string;
}

export function bootInfo(): BootInfo | null {
  const boot =
    typeof window === 'undefined' ? undefined : (window as unknown as { __chisoBoot?: BootInfo }).__chisoBoot;
  return boot && typeof boot.inOffice === 'boolean' ? boot : null;
}

/** Without office.js: the browser page when the loader saw no Office (office.js never asked for), else `no-office`. */
export function withoutOffice(boot: BootInfo | null = bootInfo()): HostInfo {
  return boot && !boot.inOffice ? BROWSER : NO_OFFICE;
}

/** How long Office.onReady may take before the pane says it is outside Office (it may still answer later). */
export const READY_TIMEOUT_MS = 8000;

/** The Office global when office.js has loaded, else undefined. */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function displayLanguageOf(office: OfficeLike): string | null {
  try {
    const dl = office.context?.displayLanguage;
    return typeof dl === 'string' && dl.trim() !== '' ? dl : null;
  } catch {
    return null; // outside a host, reading Office.context can throw
  }
}

/** The HostInfo that an Office.onReady answer means. */
export function hostInfoFromReady(office: OfficeLike, info: { host: unknown; platform: unknown }): HostInfo {
  const host = typeof info?.host === 'string' && info.host !== '' ? info.host : null;
  const platform = typeof info?.platform === 'string' && info.platform !== '' ? info.platform : null;
  if (host === null) return { ...NO_HOST, platform };
  return {
    status: host === 'Excel' ? 'excel' : 'other-host',
    host,
    platform,
    displayLanguage: displayLanguageOf(office),
  };
}

/**
 * Reports the host to `onChange`: at once `browser` / `no-office` when office.js is absent; otherwise the onReady answer,
 * or `no-host` after `timeoutMs` if onReady has not answered (a later answer still wins). Returns a cancel function.
 */
export function watchHost(
  office: OfficeLike | undefined,
  onChange: (info: HostInfo) => void,
  timeoutMs: number = READY_TIMEOUT_MS,
): () => void {
  if (!office || typeof office.onReady !== 'function') {
    onChange(withoutOffice());
    return () => undefined;
  }
  let live = true;
  const timer = setTimeout(() => live && onChange(NO_HOST), timeoutMs);
  let ready: Promise<{ host: unknown; platform: unknown }>;
  try {
    ready = office.onReady();
  } catch {
    ready = Promise.reject(new Error('Office.onReady threw'));
  }
  Promise.resolve(ready).then(
    (info) => {
      clearTimeout(timer);
      if (live) onChange(hostInfoFromReady(office, info));
    },
    () => {
      clearTimeout(timer);
      if (live) onChange(NO_HOST);
    },
  );
  return () => {
    live = false;
    clearTimeout(timer);
  };
}
