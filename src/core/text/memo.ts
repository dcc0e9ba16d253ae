/**
 * A bounded cache for pure string → value functions of the text core. Reading, validating and tracking a plan clean
 * and fold the same cell texts many times over (each rule, each tracker column); caching these functions brought the
 * core of `chiso track` on 10,000 tasks to about 0.55× of its time (docs/decisions.md, "Core speed").
 * The cache is dropped whole once it holds `limit` entries: memory stays bounded in a long-lived pane, and a plan's
 * strings are back in it after one pass. Only pure functions may be wrapped (same input, same output, no side effect).
 */
export function memoString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const out = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, out);
    return out;
  };
}
