// Timing helpers shared by the bench sections (scripts/bench/*.js). They live here, outside scripts/bench/, because
// scripts/bench.js loads every file in that folder as a section.
'use strict';
const { prng } = require('./prng');

/** The middle value (the upper middle for an even count); NaN for none. */
function median(xs) {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `x` rounded to `d` decimals. */
function round(x, d = 1) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Times `fn` (sync or async) `runs` times after `warmup` untimed calls; each run is awaited.
 * Returns { ms: the median run in milliseconds, times: every run, last: what the last run returned }.
 */
async function timeRuns(fn, runs, warmup = 1) {
  if (!(runs >= 1)) throw new Error('timeRuns: runs must be at least 1');
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    last = await fn();
    times.push(nowMs() - t0);
  }
  return { ms: median(times), times, last };
}

module.exports = { median, round, prng, timeRuns };
