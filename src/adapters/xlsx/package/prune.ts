/**
 * Removing parts that nothing refers to any more (after a sheet entry is dropped): only candidates — and, through
 * their own rels, what they alone referred to — are ever removed, and only when no relationship from the package
 * root reaches them. Parts outside that chain are never touched, even unreferenced ones (not chiso's to judge).
 */
import type { ContentTypes } from './content-types';
import type { OpcPackage } from './opc';
import { Rels, relsPartFor } from './rels';

async function reachable(pkg: OpcPackage): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [''];
  while (queue.length) {
    const source = queue.shift()!;
    if (!pkg.has(relsPartFor(source))) continue;
    for (const r of (await Rels.load(pkg, source)).list()) {
      const found = r.part !== undefined ? pkg.find(r.part) : null;
      if (!found || seen.has(found.toLowerCase())) continue;
      seen.add(found.toLowerCase());
      queue.push(found);
    }
  }
  return seen;
}

/** Deletes the candidates (and what only they referred to) that the package root no longer reaches; gives them. */
export async function removeUnreachable(
  pkg: OpcPackage,
  candidates: readonly string[],
  ct: ContentTypes,
): Promise<string[]> {
  const live = await reachable(pkg);
  const removed: string[] = [];
  const queue = [...candidates];
  while (queue.length) {
    const part = pkg.find(queue.shift()!);
    if (!part || live.has(part.toLowerCase())) continue;
    const rels = relsPartFor(part);
    if (pkg.has(rels)) {
      for (const r of (await Rels.load(pkg, part)).list()) if (r.part !== undefined) queue.push(r.part);
      pkg.remove(rels);
    }
    pkg.remove(part);
    ct.removeOverride(part);
    removed.push(part);
  }
  return removed;
}
