/**
 * The browser page as an app: registers the service worker (sw.js, the offline cache), tells when a new version is
 * waiting, and switches to it on request without losing the picked file (kept in IndexedDB, reopened after the
 * reload). Only on the browser page: inside Office the pane is never cached by chiso.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PickedFile } from './workbook-controller';

const DB = 'chiso';
const STORE = 'picked';
const RESTORE_FLAG = 'chiso.restore';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = run(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

/** Keeps the picked file (name and bytes) on this computer only, for the reload to a new version. */
export async function keepPicked(name: string, bytes: ArrayBuffer): Promise<void> {
  await withStore('readwrite', (s) => s.put({ name, bytes }, 'last'));
}

/** The file kept by `keepPicked` when the page was reloaded for a new version (once), else null. */
export async function pickedBeforeUpdate(): Promise<PickedFile | null> {
  try {
    if (sessionStorage.getItem(RESTORE_FLAG) !== '1') return null;
    sessionStorage.removeItem(RESTORE_FLAG);
    const kept = (await withStore('readonly', (s) => s.get('last'))) as
      { name: string; bytes: ArrayBuffer } | undefined;
    if (!kept || typeof kept.name !== 'string' || !(kept.bytes instanceof ArrayBuffer)) return null;
    const bytes = kept.bytes;
    return { name: kept.name, arrayBuffer: () => Promise.resolve(bytes) };
  } catch {
    return null; // private mode, no IndexedDB: the user picks the file again
  }
}

/** A picked file that is also kept for a later reload (keeping is best effort: it never blocks opening). */
export function keptFile(file: PickedFile): PickedFile {
  let bytes: Promise<ArrayBuffer> | null = null;
  return {
    name: file.name,
    arrayBuffer: () => {
      bytes ??= file.arrayBuffer().then((b) => {
        void keepPicked(file.name, b).catch(() => undefined);
        return b;
      });
      return bytes;
    },
  };
}

export interface PageApp {
  /** A new version is installed and waits for the user. */
  updateReady: boolean;
  /** Switches to the new version: the page reloads and reopens the picked file. */
  reload: () => void;
}

/** Registers sw.js on the browser page (`enabled`) and follows its updates. */
export function usePageApp(enabled: boolean, swUrl = 'sw.js'): PageApp {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => {
    if (!enabled || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return undefined;
    let live = true;
    const sw = navigator.serviceWorker;
    const watch = (reg: ServiceWorkerRegistration) => {
      const offer = () => live && reg.waiting && sw.controller && setWaiting(reg.waiting);
      offer();
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => next.state === 'installed' && offer());
      });
    };
    sw.register(swUrl).then(watch, () => undefined); // no service worker (http, private mode): the page still works
    let reloaded = false;
    const onChange = () => {
      if (reloaded || sessionStorage.getItem(RESTORE_FLAG) !== '1') return;
      reloaded = true;
      window.location.reload();
    };
    sw.addEventListener('controllerchange', onChange);
    return () => {
      live = false;
      sw.removeEventListener('controllerchange', onChange);
    };
  }, [enabled, swUrl]);
  const reload = useCallback(() => {
    if (!waiting) return;
    try {
      sessionStorage.setItem(RESTORE_FLAG, '1');
    } catch {
      // no session storage: the reload still happens, the file is picked again
    }
    waiting.postMessage('chiso:update');
  }, [waiting]);
  return { updateReady: waiting !== null, reload };
}
