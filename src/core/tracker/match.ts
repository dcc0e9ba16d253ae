/**
 * Matching the rows of a previous tracker to the rows of the current plan: by key, then by text similarity
 * (an edited task keeps what officials typed; renumbered tasks do not steal each other's entries).
 */
import { fold } from '../text';

export interface Matchable {
  key: string;
  text: string;
}

const tokenCache = new Map<string, Set<string>>();

/** Folded word set of a text (no diacritics, lower case, punctuation dropped). */
export function tokens(text: string): Set<string> {
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const set = new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 0),
  );
  if (tokenCache.size > 50000) tokenCache.clear();
  tokenCache.set(text, set);
  return set;
}

/** Dice coefficient of the two texts' word sets: 1 = same words, 0 = none shared (two empty texts: 1). */
export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 && tb.size === 0) return 1;
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.size + tb.size);
}

const KEY_AND_TEXT = 0.5;
const TEXT_ONLY = 0.6;
const KEY_WEAK = 0.25;
/** Words shared by more rows than this are too common to find candidates by. */
const COMMON_TOKEN_ROWS = 200;

/** Returns, for each new row index, the old row index it continues (unmatched new rows are absent). */
export function matchRows(newRows: Matchable[], oldRows: Matchable[]): Map<number, number> {
  const result = new Map<number, number>();
  const usedOld = new Set<number>();
  const byKey = new Map<string, number[]>();
  oldRows.forEach((o, i) => {
    const list = byKey.get(o.key);
    if (list) list.push(i);
    else byKey.set(o.key, [i]);
  });
  const take = (n: number, o: number) => {
    result.set(n, o);
    usedOld.add(o);
  };
  const keyPass = (threshold: number) => {
    newRows.forEach((n, i) => {
      if (result.has(i)) return;
      const cand = (byKey.get(n.key) ?? []).find(
        (o) => !usedOld.has(o) && similarity(n.text, oldRows[o].text) >= threshold,
      );
      if (cand !== undefined) take(i, cand);
    });
  };

  // 1. Same key, similar text.
  keyPass(KEY_AND_TEXT);

  // 2. Same folded text anywhere (a task moved or renumbered).
  const byText = new Map<string, number[]>();
  oldRows.forEach((o, i) => {
    if (usedOld.has(i)) return;
    const k = [...tokens(o.text)].join(' ');
    const list = byText.get(k);
    if (list) list.push(i);
    else byText.set(k, [i]);
  });
  newRows.forEach((n, i) => {
    if (result.has(i) || tokens(n.text).size === 0) return;
    const cand = (byText.get([...tokens(n.text)].join(' ')) ?? []).find((o) => !usedOld.has(o));
    if (cand !== undefined) take(i, cand);
  });

  // 3. Most similar text among the rows still free (candidates share at least one not-too-common word).
  const index = new Map<string, number[]>();
  oldRows.forEach((o, i) => {
    if (usedOld.has(i)) return;
    for (const t of tokens(o.text)) {
      const list = index.get(t);
      if (list) list.push(i);
      else index.set(t, [i]);
    }
  });
  const pairs: Array<{ n: number; o: number; s: number }> = [];
  newRows.forEach((n, i) => {
    if (result.has(i)) return;
    const seen = new Set<number>();
    for (const t of tokens(n.text)) {
      const list = index.get(t);
      if (!list || list.length > COMMON_TOKEN_ROWS) continue;
      for (const o of list) {
        if (seen.has(o)) continue;
        seen.add(o);
        const s = similarity(n.text, oldRows[o].text);
        if (s >= TEXT_ONLY) pairs.push({ n: i, o, s });
      }
    }
  });
  pairs.sort((a, b) => b.s - a.s || a.n - b.n || a.o - b.o);
  for (const p of pairs) if (!result.has(p.n) && !usedOld.has(p.o)) take(p.n, p.o);

  // 4. Same key with a weaker likeness (a task reworded under the same number).
  keyPass(KEY_WEAK);
  // The word sets serve this matching only: kept, they would weigh on the rest of the run (tens of MB).
  tokenCache.clear();
  return result;
}
