import type { z } from './zod';

/**
 * Turns Zod issues into one sentence a person can act on, naming where each problem is
 * ("items[3].url: must be an absolute http(s) URL"). Long lists are cut to the first few.
 */
export function describeIssues(error: z.core.$ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.reduce<string>((path, key) => {
      if (typeof key === 'number') return `${path}[${key}]`;
      return path ? `${path}.${String(key)}` : String(key);
    }, '');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - max;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}
