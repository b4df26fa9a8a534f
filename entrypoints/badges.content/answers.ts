import type { KnownLink } from '@/utils/messaging';
import type { LinkTargets } from '@/utils/sync/known-urls';
import { LINK_STATES, READING_CHANGED } from '@/utils/badges/protocol';

/**
 * Hand-written checks of the background's answers. The background validates everything it
 * receives with Zod; this side only makes sure an answer has the shape it is about to use,
 * without bundling Zod into a script that runs on every page of the source sites.
 */
const STATES = new Set<unknown>(LINK_STATES);
const isString = (value: unknown): value is string => typeof value === 'string';

export function isKnownLink(value: unknown): value is KnownLink {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Record<string, unknown>;
  return (
    isString(link.url) &&
    STATES.has(link.state) &&
    typeof link.saved === 'boolean' &&
    isString(link.title) &&
    isString(link.source) &&
    isString(link.summary) &&
    Array.isArray(link.topics) &&
    link.topics.every(isString) &&
    (link.guide === undefined || isString(link.guide)) &&
    (link.readFirst === undefined || isString(link.readFirst))
  );
}

const isOk = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === true;

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** The hosts and anchored URLs of a `known-hosts` answer, or null when the answer is not one. */
export function readTargetsAnswer(value: unknown): LinkTargets | null {
  if (!isOk(value) || !isStringArray(value.hosts)) return null;
  // A background a version behind sends no anchored URLs: its links are asked about as before.
  if (value.anchoredUrls === undefined) return { hosts: value.hosts, anchoredUrls: [] };
  return isStringArray(value.anchoredUrls) ? { hosts: value.hosts, anchoredUrls: value.anchoredUrls } : null;
}

/** The known links of a `lookup-urls` answer, or null when the answer is not one. */
export function readLookupAnswer(value: unknown): KnownLink[] | null {
  if (!isOk(value) || !Array.isArray(value.known)) return null;
  return value.known.every(isKnownLink) ? value.known : null;
}

/** The link of a `page-article` or `set-reading` answer: null when unknown, undefined when malformed. */
export function readLinkAnswer(value: unknown): KnownLink | null | undefined {
  if (!isOk(value)) return undefined;
  if (value.link === null) return null;
  return isKnownLink(value.link) ? value.link : undefined;
}

/** A broadcast from the background saying marks changed. */
export function isReadingChanged(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === READING_CHANGED;
}
