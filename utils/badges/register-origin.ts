import { browser } from 'wxt/browser';
import { badgeMatchPatterns } from '../sources';

/**
 * Badges for the sites of feeds a user adds later. Their hosts are optional permissions,
 * granted one by one at the moment a feed is added, so the badges script cannot be listed in
 * the manifest for them: it is registered at run time, for exactly the origins granted.
 */

/** Where WXT writes the badges content script; run-time registrations load the same file. */
export const BADGES_SCRIPT = 'content-scripts/badges.js';
const ID_PREFIX = 'quorum-badges:';

/**
 * `https://host[:port]` for an origin or a single-host match pattern (`https://host/*`), or
 * null for anything that is not one exact http(s) host: wildcards such as `https://*\/*` grant
 * fetching, and must not turn into badges on every site.
 */
export function exactOrigin(originOrPattern: string): string | null {
  const text = originOrPattern.trim().replace(/\/\*$/, '/');
  if (text.includes('*')) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

const idFor = (origin: string) => `${ID_PREFIX}${origin}`;

/** Origins whose pages already get the script from the manifest: never register twice. */
function coveredByManifest(origin: string): boolean {
  return badgeMatchPatterns().includes(`${origin}/*`);
}

/**
 * Registers the badges script for one origin (e.g. `https://example.org`), after the user
 * granted its host permission. Idempotent. Resolves to true when a registration was added.
 */
export async function registerBadgesForOrigin(origin: string): Promise<boolean> {
  const exact = exactOrigin(origin);
  if (exact === null) throw new Error(`Not a single http(s) origin: ${origin}`);
  if (coveredByManifest(exact)) return false;
  const id = idFor(exact);
  if (await isRegistered(id)) return false;
  try {
    await browser.scripting.registerContentScripts([
      { id, matches: [`${exact}/*`], js: [BADGES_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } catch (error) {
    // The options page and the permissions listener both register a new origin; the loser of
    // that race finds the script there, which is all it wanted.
    if (await isRegistered(id)) return false;
    throw error;
  }
  return true;
}

async function isRegistered(id: string): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;
}

/** Removes the registration for an origin whose permission is gone. Idempotent. */
export async function unregisterBadgesForOrigin(origin: string): Promise<void> {
  const exact = exactOrigin(origin);
  if (exact === null) return;
  const id = idFor(exact);
  if (await isRegistered(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/**
 * Brings the registrations in line with the granted optional origins: on every start of the
 * background, since an extension update drops run-time registrations, and a permission can be
 * withdrawn from the browser's own settings while Quorum is not running.
 */
export async function restoreBadgeOrigins(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const wanted = new Set(
    origins.map(exactOrigin).filter((origin): origin is string => origin !== null && !coveredByManifest(origin)),
  );
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((script) => script.id.startsWith(ID_PREFIX));
  const stale = ours.filter((script) => !wanted.has(script.id.slice(ID_PREFIX.length))).map((script) => script.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(ours.map((script) => script.id.slice(ID_PREFIX.length)));
  for (const origin of wanted) if (!have.has(origin)) await registerBadgesForOrigin(origin);
}

/** Follows permissions granted or withdrawn while Quorum runs, whoever asked for them. */
export function watchBadgeOrigins(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    for (const origin of origins)
      if (exactOrigin(origin) !== null) void registerBadgesForOrigin(origin).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const origin of origins) void unregisterBadgesForOrigin(origin).catch(() => undefined);
  });
}
