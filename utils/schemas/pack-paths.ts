import { canonicalUrl } from '../url';

interface ItemLinks {
  url: string;
  title: string;
  prerequisites?: readonly string[] | undefined;
  easier?: string | undefined;
}

interface PathSteps {
  id: string;
  steps: readonly string[];
}

export interface PackProblem {
  path: (string | number)[];
  message: string;
}

/** Items are matched by canonical URL, so "http://x/a?utm_source=y" names the item "https://x/a". */
function keyOf(url: string): string {
  return canonicalUrl(url) ?? url;
}

/**
 * The rules a version 2 pack's links must keep, each broken one named by the item it concerns:
 * every prerequisite, gentler item and path step is an item of the pack; prerequisites form
 * no cycle; and no path hands out a step before something it builds on (directly or not).
 */
export function checkPackPaths(items: readonly ItemLinks[], paths: readonly PathSteps[]): PackProblem[] {
  const problems: PackProblem[] = [];
  const byKey = new Map<string, { item: ItemLinks; index: number }>();
  items.forEach((item, index) => byKey.set(keyOf(item.url), { item, index }));
  const titleOf = (key: string) => `"${byKey.get(key)?.item.title ?? key}"`;

  const prerequisites = new Map<string, string[]>();
  items.forEach((item, index) => {
    const own = keyOf(item.url);
    const keys: string[] = [];
    (item.prerequisites ?? []).forEach((url, position) => {
      const key = keyOf(url);
      if (!byKey.has(key)) {
        problems.push({
          path: ['items', index, 'prerequisites', position],
          message: `"${item.title}" names a prerequisite that is not an item of this pack: ${url}`,
        });
      } else if (key === own) {
        problems.push({
          path: ['items', index, 'prerequisites', position],
          message: `"${item.title}" names itself as its own prerequisite`,
        });
      } else keys.push(key);
    });
    prerequisites.set(own, keys);
    if (item.easier !== undefined && !byKey.has(keyOf(item.easier))) {
      problems.push({
        path: ['items', index, 'easier'],
        message: `"${item.title}" names a gentler item that is not an item of this pack: ${item.easier}`,
      });
    }
  });

  const cycle = findCycle(prerequisites);
  if (cycle) {
    const start = byKey.get(cycle[0]!)!;
    problems.push({
      path: ['items', start.index, 'prerequisites'],
      message: `prerequisites go round in a circle: ${cycle.map(titleOf).join(' → ')}`,
    });
    // Every later check walks prerequisites and would loop or blame the wrong item.
    return problems;
  }

  const allBefore = new Map<string, Set<string>>();
  const ancestors = (key: string): Set<string> => {
    const known = allBefore.get(key);
    if (known) return known;
    const found = new Set<string>();
    for (const direct of prerequisites.get(key) ?? []) {
      found.add(direct);
      for (const further of ancestors(direct)) found.add(further);
    }
    allBefore.set(key, found);
    return found;
  };

  paths.forEach((path, pathIndex) => {
    const keys = path.steps.map(keyOf);
    const seen = new Set<string>();
    keys.forEach((key, stepIndex) => {
      const where = ['paths', pathIndex, 'steps', stepIndex];
      if (!byKey.has(key)) {
        problems.push({
          path: where,
          message: `step ${stepIndex + 1} of path "${path.id}" is not an item of this pack: ${path.steps[stepIndex]}`,
        });
        return;
      }
      if (seen.has(key)) {
        problems.push({ path: where, message: `path "${path.id}" lists ${titleOf(key)} twice` });
      }
      seen.add(key);
      const needed = ancestors(key);
      const later = keys.findIndex((other, index) => index > stepIndex && needed.has(other));
      if (later !== -1) {
        problems.push({
          path: where,
          message: `path "${path.id}" puts ${titleOf(key)} (step ${stepIndex + 1}) before its prerequisite ${titleOf(keys[later]!)} (step ${later + 1})`,
        });
      }
    });
  });
  const ids = new Set<string>();
  paths.forEach((path, pathIndex) => {
    if (ids.has(path.id))
      problems.push({ path: ['paths', pathIndex, 'id'], message: `two paths are called "${path.id}"` });
    ids.add(path.id);
  });
  return problems;
}

/** One cycle in the prerequisite graph, as keys with the first repeated at the end; or null. */
function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'open') return [...trail.slice(trail.indexOf(key)), key];
    state.set(key, 'open');
    trail.push(key);
    for (const next of edges.get(key) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(key, 'done');
    return null;
  };
  for (const key of edges.keys()) {
    const cycle = visit(key);
    if (cycle) return cycle;
  }
  return null;
}
