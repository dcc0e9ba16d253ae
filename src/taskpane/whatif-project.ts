/**
 * The what-if arithmetic, once (issue 18): every row's shown estimate and target, the totals, the gaps and (PAPI) the
 * rank and group come from one computation, so the panel's summary and its table's "Tổng cộng" row cannot differ.
 * Sums go through PAR.SCORE and ranks through PAPI.RANK / PAPI.GROUP (the custom functions' core). The maximum is the
 * framework's (PAR INDEX 100, PAPI 80, SIPAS 100 %); a printed subtotal or maximum that is not the sum of its rows
 * is reported as a problem, never shown as a second total.
 */
import { getFramework, papiCompareYear, papiYears } from '../core/frameworks';
import { isFail, papiGroup, papiRank, parScore, parSipas, tidy, type Result } from '../core/score';
import { ADDITIVE, INDEX_NAME } from '../core/tracker/score-model';
import { formatVnNumber, type Bilingual } from '../core/text';
import type { WhatIfEdits, WhatIfTable } from './whatif-types';

export interface Projection {
  total: number | null;
  target: number | null;
  /** The framework's maximum of the whole index. */
  max: number | null;
  gapTarget: number | null;
  gapMax: number | null;
  papi?: { year: number; rank: number | null; group: string | null };
  /** SIPAS: points of PAR INDEX criterion 8.1 from the overall satisfaction estimate. */
  sipas?: { points: number | null };
  /** What each row of the table shows: typed or edited on leaves, computed on sums (the total row included). */
  shown: { estimate: Array<number | null>; target: Array<number | null> };
  /** Messages (Vietnamese, English): values the core cannot use, printed sums that are not the sum of their rows. */
  problems: Bilingual[];
  edited: number;
}

const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The estimate and target of each row with the user's edits applied. */
export function editedValues(
  t: WhatIfTable,
  edits: WhatIfEdits,
): { estimate: Array<number | null>; target: Array<number | null> } {
  return {
    estimate: t.rows.map((r) => (r.editable && has(edits.estimate, r.key) ? edits.estimate[r.key] : r.estimate)),
    target: t.rows.map((r) => (r.editable && has(edits.target, r.key) ? edits.target[r.key] : r.target)),
  };
}

export function editCount(t: WhatIfTable, edits: WhatIfEdits): number {
  return t.rows.filter((r) => r.editable && (has(edits.estimate, r.key) || has(edits.target, r.key))).length;
}

/** Rows under `id` (itself included; every row for the total's ""), among rows whose id is not blanked. */
const under = (ids: string[], id: string) =>
  ids.map((x, j) => j).filter((j) => ids[j] !== '' && (id === '' || ids[j] === id || ids[j].startsWith(`${id}.`)));

/**
 * PAPI publishes every dimension with 4 decimals, and the sum of its rounded sub-dimensions drifts (Hà Nội 2024:
 * 43,7745 instead of the published 43,7747, rank 30 instead of 29). As in the score tracker, a parent whose
 * sub-dimension estimates all still equal last year's results counts at its published result: it becomes a leaf
 * for PAR.SCORE and its children drop out (empty id).
 */
function publishedWhileUnchanged(
  t: WhatIfTable,
  estimate: Array<number | null>,
): { est: Array<number | null>; ids: string[] } {
  const est = [...estimate];
  const ids = t.rows.map((r) => r.id);
  t.rows.forEach((r, i) => {
    if (ids[i] === '' || r.result === null) return;
    const below = under(ids, ids[i]).filter((j) => j !== i);
    if (below.length === 0) return;
    if (!below.every((j) => !t.rows[j].editable || est[j] === t.rows[j].result)) return;
    est[i] = r.result;
    for (const j of below) ids[j] = '';
  });
  return { est, ids };
}

/** Decimals a number is printed with (at most 6). */
function decimals(v: number): number {
  const m = /\.(\d+)/.exec(String(Math.round(v * 1e6) / 1e6));
  return m ? m[1].length : 0;
}

/**
 * Printed subtotals and maxima that are not the sum of their rows. Rows are taken as exact; the printed sum may be
 * rounded to its own decimals (at least 2), so a difference above half a unit of that decimal is a problem. PAPI is
 * checked on targets only: its maxima are thirds printed as 3,33 and its results are published rounded per level.
 */
function printedSums(t: WhatIfTable, frameworkMax: number | null): Bilingual[] {
  const out: Bilingual[] = [];
  const ids = t.rows.map((r) => r.id);
  const fields = t.index === 'papi' ? (['target'] as const) : (['max', 'result', 'target'] as const);
  const word = { max: ['Điểm tối đa', 'Maximum'], result: ['Kết quả', 'Result'], target: ['Mục tiêu', 'Target'] };
  const leaves = (id: string) => under(ids, id).filter((j) => t.rows[j].editable);
  const sumOf = (rows: number[], f: (typeof fields)[number] | 'max') => {
    const vals = rows.map((j) => t.rows[j][f]).filter((v): v is number => v !== null);
    const sum = vals.length ? parScore(vals) : null;
    return sum && !isFail(sum) ? sum.value : null;
  };
  const differs = (printed: number, sum: number) =>
    Math.abs(printed - sum) > 0.5 * 10 ** -Math.max(decimals(printed), 2) + 1e-9;
  const n = (v: number) => ({ vi: formatVnNumber(v), en: String(v) });
  for (const r of t.rows) {
    if (r.editable) continue;
    for (const f of fields) {
      // The whole index's maximum is checked against the framework's below, once.
      if (f === 'max' && r.id === '' && frameworkMax !== null) continue;
      const printed = r[f];
      const sum = sumOf(leaves(r.id), f);
      if (printed === null || sum === null || !differs(printed, sum)) continue;
      const where =
        r.id === ''
          ? { vi: 'Dòng tổng cộng', en: 'The total row' }
          : { vi: `Dòng ${r.label || r.id}`, en: `Row ${r.label || r.id}` };
      out.push({
        vi: `${where.vi} — ${word[f][0]}: in ${n(printed).vi}, nhưng các dòng bên dưới cộng lại là ${n(sum).vi}.`,
        en: `${where.en} — ${word[f][1]}: printed ${n(printed).en}, but its rows add up to ${n(sum).en}.`,
      });
    }
  }
  const maxSum = t.index === 'papi' ? null : sumOf(leaves(''), 'max');
  if (frameworkMax !== null && maxSum !== null && differs(frameworkMax, maxSum)) {
    const name = INDEX_NAME[t.index];
    out.push({
      vi: `Điểm tối đa các dòng cộng lại là ${n(maxSum).vi}, khác điểm tối đa của ${name} (${n(frameworkMax).vi}).`,
      en: `The rows' maxima add up to ${n(maxSum).en}, not the ${name} maximum (${n(frameworkMax).en}).`,
    });
  }
  return out;
}

/** Projected totals, gaps and (PAPI) rank and group; the PAPI year is `papiCompareYear` with the official's pick. */
export function project(t: WhatIfTable, edits: WhatIfEdits, pickedYear: number | null = null): Projection {
  const problems: Bilingual[] = [];
  const take = <T>(r: Result<T>): T | null => {
    if (isFail(r)) {
      problems.push(r.message);
      return null;
    }
    return r.value;
  };
  const gap = (to: number | null, from: number | null) =>
    to !== null && from !== null ? tidy(to - from, Math.max(Math.abs(to), Math.abs(from))) : null;
  const { estimate, target } = editedValues(t, edits);
  const edited = editCount(t, edits);
  const max = getFramework(t.index)?.total ?? null;
  if (!ADDITIVE[t.index]) {
    // SIPAS does not add up: the overall row (the total, else the first row) is the index; every row is typed.
    const i = Math.max(
      0,
      t.rows.findIndex((r) => r.id === ''),
    );
    const total = estimate[i] ?? null;
    const tgt = target[i] ?? null;
    return {
      total,
      target: tgt,
      max,
      gapTarget: gap(tgt, total),
      gapMax: gap(max, total),
      sipas: { points: total !== null ? take(parSipas(total)) : null },
      shown: { estimate, target },
      problems,
      edited,
    };
  }
  const ids = t.rows.map((r) => r.id);
  const { est, ids: estIds } = t.index === 'papi' ? publishedWhileUnchanged(t, estimate) : { est: estimate, ids };
  // Each sum row is PAR.SCORE over the rows below it; leaves show what is typed. The total row is the total.
  const sumRow = (vals: Array<number | null>, rowIds: string[], i: number) => {
    const rows = under(rowIds, ids[i]);
    if (rowIds[i] !== '' && rows.length === 1) return vals[i];
    if (!rows.length) return null;
    return take(
      parScore(
        rows.map((j) => vals[j]),
        rows.map((j) => rowIds[j]),
      ),
    );
  };
  const shown = {
    estimate: t.rows.map((r, i) => (r.editable ? estimate[i] : sumRow(est, estIds, i))),
    target: t.rows.map((r, i) => (r.editable ? target[i] : sumRow(target, ids, i))),
  };
  const at = t.rows.findIndex((r) => r.id === '');
  const untouched = t.rows.every((r, i) => !r.editable || estimate[i] === r.result);
  // PAPI untouched: the published total itself (it is not always the sum of the published dimensions).
  if (t.index === 'papi' && untouched && at >= 0 && t.rows[at].result !== null) shown.estimate[at] = t.rows[at].result;
  const total = at >= 0 ? shown.estimate[at] : take(parScore(est, estIds));
  const tgt = at >= 0 ? shown.target[at] : take(parScore(target, ids));
  problems.push(...printedSums(t, max));
  const out: Projection = {
    total,
    target: tgt,
    max,
    gapTarget: gap(tgt, total),
    gapMax: gap(max, total),
    shown,
    problems,
    edited,
  };
  if (t.index === 'papi') {
    const year = papiCompareYear({
      published: papiYears(),
      planYear: t.planYear,
      resultYear: t.resultYear,
      picked: pickedYear,
    });
    if (year !== null)
      out.papi = {
        year,
        rank: total !== null ? take(papiRank(total, year)) : null,
        group: total !== null ? take(papiGroup(total, year)) : null,
      };
  }
  return out;
}
