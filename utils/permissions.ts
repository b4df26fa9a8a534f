import { browser } from 'wxt/browser';

/** Origins among these that Quorum may not fetch yet. */
export async function missingOrigins(patterns: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const origin of new Set(patterns)) {
    if (!(await browser.permissions.contains({ origins: [origin] }))) missing.push(origin);
  }
  return missing;
}

/**
 * Asks the user, in one prompt, for access to the hosts of feeds they are adding. Must run in
 * the click that asked for it: browsers only show the prompt for a user gesture. Resolves to
 * true when every origin is (or already was) granted.
 */
export async function requestOrigins(patterns: readonly string[]): Promise<boolean> {
  const unique = [...new Set(patterns)];
  if (unique.length === 0) return true;
  try {
    return await browser.permissions.request({ origins: unique });
  } catch {
    return false;
  }
}
