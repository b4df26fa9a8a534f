/**
 * The one canonical form of an article URL, shared by feed sync, curated packs and the
 * content script, so the same article is the same key wherever it was seen.
 *
 * The content script runs on arbitrary pages and may call this for ~20,000 links, so this
 * file stays dependency-free and builds every regex and lookup table once, at module load.
 */

/**
 * Substack publications that live on a custom domain. Substack redirects `<sub>.substack.com`
 * to the custom domain, so both must give the same key. This is data: extend it when a new
 * source turns out to be a Substack on its own domain.
 */
export const SUBSTACK_CUSTOM_DOMAINS: Readonly<Record<string, string>> = Object.freeze({
  bytebytego: 'blog.bytebytego.com',
  architectureweekly: 'www.architecture-weekly.com',
});

// A Map, not the object, for lookups: hostnames are attacker-chosen, and a plain-object
// lookup of `constructor.substack.com` would find Object.prototype.constructor.
const SUBSTACK_SUB_TO_DOMAIN: ReadonlyMap<string, string> = new Map(Object.entries(SUBSTACK_CUSTOM_DOMAINS));
const SUBSTACK_DOMAINS: ReadonlySet<string> = new Set(Object.values(SUBSTACK_CUSTOM_DOMAINS));

const TRACKING_PREFIXES = ['utm_', 'mtm_'] as const;

// Lower-cased, because names are matched case-insensitively (utm_Source is still tracking).
const TRACKING_PARAMS: ReadonlySet<string> = new Set(
  [
    'fbclid',
    '_openstat',
    'fb_action_ids',
    'fb_action_types',
    'fb_ref',
    'fb_source',
    'fb_comment_id',
    'hmb_campaign',
    'hmb_medium',
    'hmb_source',
    'itm_campaign',
    'itm_medium',
    'itm_source',
    'gclid',
    'dclid',
    'gbraid',
    'wbraid',
    'gclsrc',
    'campaign_id',
    'campaign_medium',
    'campaign_name',
    'campaign_source',
    'campaign_term',
    'campaign_content',
    'srsltid',
    'yclid',
    'ysclid',
    'twclid',
    'msclkid',
    'mc_cid',
    'mc_eid',
    'mc_tc',
    'wickedid',
    'hsa_cam',
    '_hsenc',
    '__hssc',
    '__hstc',
    '__hsfp',
    '_hsmi',
    'hsctatracking',
    'rb_clickid',
    'oly_anon_id',
    'oly_enc_id',
    'vero_id',
    'vero_conv',
    'mkt_tok',
    'sc_cid',
    '_bhlid',
    '_branch_match_id',
    '_branch_referrer',
    '__readwiseLocation',
    // Feed and newsletter attribution: AT Internet's RSS tag, ConvertKit, Google's cross-domain
    // linker (sent beside gclid), comScore.
    'xtor',
    'ck_subscriber_id',
    '_gl',
    'ns_mchannel',
    'ns_campaign',
    'ns_source',
    'ns_linkname',
  ].map((name) => name.toLowerCase()),
);

const REDDIT_ALIASES: ReadonlySet<string> = new Set([
  'reddit.com',
  'old.reddit.com',
  'new.reddit.com',
  'np.reddit.com',
  'm.reddit.com',
]);

// Narrower than "blogspot. followed by anything": only real country-code forms (.rs, .co.uk,
// .com.au), so that e.g. `x.blogspot.evil.example` is never rewritten onto blogspot.com.
const BLOGSPOT_HOST = /^([a-z0-9-]+)\.blogspot\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/;
const SUBSTACK_POST_PATH = /^\/p\/([^/]+)/;
const OPEN_SUBSTACK_PATH = /^\/pub\/([a-z0-9-]+)\/p\/([^/]+)/i;
// Repeated so one pass removes `/en-in/en-us`; a single strip would not be idempotent.
const UBER_LOCALE_PREFIX = /^(?:\/en-[a-z]{2})+(?=\/|$)/i;

/**
 * Far beyond any real article URL, yet it keeps a page full of megabyte `data:` hrefs cheap.
 * Applied to the output as well, because percent-encoding can make the output longer than
 * the input, and a result too long to be accepted again would break idempotence.
 */
/** Longer addresses are refused everywhere: no real article has one, and hostile pages do. */
export const MAX_URL_LENGTH = 8192;

/**
 * Canonical `https://` form of an article link, or null when `href` (resolved against `base`)
 * is not an http(s) URL. Never throws. Idempotent: canonicalUrl(canonicalUrl(x)) === canonicalUrl(x).
 */
export function canonicalUrl(href: string, base?: string): string | null {
  // Callers pass DOM attribute values; a null slipping past the type system must not throw.
  if (typeof href !== 'string' || href.length > MAX_URL_LENGTH) return null;

  const url = parse(href, base);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;

  let host = canonicalHost(url.hostname);
  let path = url.pathname;
  // http's default port is already '' here; 443 only becomes the default once upgraded.
  let port = url.port === '' || url.port === '443' ? '' : `:${url.port}`;

  if (host === 'open.substack.com') {
    // The share link names the publication in its path; the post lives on that publication.
    const match = OPEN_SUBSTACK_PATH.exec(path);
    const pubHost = match ? substackHost(match[1]!) : null;
    if (pubHost !== null) {
      host = canonicalHost(pubHost);
      path = `/p/${match![2]!}`;
      port = '';
    }
  }
  const origin = `https://${host}${port}`;

  if (host.endsWith('.substack.com') || SUBSTACK_DOMAINS.has(host)) {
    // A post is exactly /p/<slug>: query and anything after the slug (/comments) are share
    // and UI noise on the same post.
    const match = SUBSTACK_POST_PATH.exec(path);
    if (match) return finish(`${origin}/p/${match[1]!}`);
  }

  if (host === 'www.uber.com') path = path.replace(UBER_LOCALE_PREFIX, '');
  // Uber's own canonical keeps a trailing slash on /blog/<slug>/; the generic rule wins so
  // that one rule holds for every host.
  path = upperEscapes(stripTrailingSlashes(path));

  return finish(`${origin}${path}${cleanQuery(url.search, host)}`);
}

/**
 * The `#anchor` of a link as written ('' when it names none), which canonicalUrl drops: where
 * several feed entries share one page, it is what tells them apart (utils/feeds/parse.ts).
 * Never throws; `base` is handled as canonicalUrl handles it.
 */
export function linkAnchor(href: string, base?: string): string {
  if (typeof href !== 'string' || !href.includes('#') || href.length > MAX_URL_LENGTH) return '';
  const hash = parse(href, base)?.hash ?? '';
  return hash.length > 1 ? hash : '';
}

function parse(href: string, base: string | undefined): URL | null {
  try {
    return base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    // URL throws on a bad base even when href is absolute; the href alone may still be fine.
    if (base === undefined) return null;
    try {
      return new URL(href);
    } catch {
      return null;
    }
  }
}

function finish(result: string): string | null {
  return result.length > MAX_URL_LENGTH ? null : result;
}

/**
 * `<sub>.substack.com` as URL itself would spell it, or null when that is not a valid host.
 * Parsed rather than concatenated: a label such as `xn--zz` is invalid punycode, and emitting
 * it would give a result that is rejected when canonicalised again. Only share links get here.
 */
function substackHost(sub: string): string | null {
  try {
    return new URL(`https://${sub}.substack.com/`).hostname;
  } catch {
    return null;
  }
}

/**
 * The hostname canonicalUrl gives every http(s) URL on `hostname` (a URL's lower-case
 * `hostname`), or null when it depends on the rest of the URL (Substack's share links name the
 * publication in their path). Lets the content script rule out the links of a page that point
 * to hosts with no known article, without canonicalising each of them.
 */
export function canonicalHostname(hostname: string): string | null {
  const host = canonicalHost(hostname);
  return host === 'open.substack.com' ? null : host;
}

function canonicalHost(host: string): string {
  if (host === 'uber.com') return 'www.uber.com';
  if (REDDIT_ALIASES.has(host)) return 'www.reddit.com';
  if (host.endsWith('.substack.com')) {
    return SUBSTACK_SUB_TO_DOMAIN.get(host.slice(0, -'.substack.com'.length)) ?? host;
  }
  if (host.includes('.blogspot.')) {
    const match = BLOGSPOT_HOST.exec(host);
    if (match) return `${match[1]}.blogspot.com`;
  }
  return host;
}

const ESCAPE = /%[0-9a-f]{2}/gi;

/**
 * Percent-escapes with upper-case hex ("%E2%80%99"), as the URL parser writes them: WordPress
 * writes its slugs' escapes in lower case, and a link copied elsewhere may carry either, yet
 * both name one address (RFC 3986, 6.2.2.1).
 */
function upperEscapes(text: string): string {
  return text.includes('%') ? text.replace(ESCAPE, (escape) => escape.toUpperCase()) : text;
}

/** Also turns the empty path left by removing a whole-path locale back into the root '/'. */
function stripTrailingSlashes(path: string): string {
  if (path === '') return '/';
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47 /* '/' */) end--;
  return end === path.length ? path : path.slice(0, end);
}

/** The one extra noise parameter some hosts add, beyond the generic tracking list. */
function hostNoiseParam(host: string): string {
  if (host === 'dev.to') return 'i'; // InstantClick partial fetches (?i=i)
  if (host.endsWith('.blogspot.com')) return 'm'; // ?m=1 mobile variant
  if (host === 'medium.com' || host.endsWith('.medium.com') || host === 'netflixtechblog.com') {
    return 'source'; // ?source=rss----<id>---4 feed attribution
  }
  return '';
}

function isTrackingName(lowerName: string): boolean {
  if (TRACKING_PARAMS.has(lowerName)) return true;
  for (const prefix of TRACKING_PREFIXES) if (lowerName.startsWith(prefix)) return true;
  return false;
}

function stripWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * The query without tracking noise, sorted by name; '' when nothing remains. Works on the raw
 * `name=value` pieces rather than URLSearchParams, which would re-encode values (space as '+',
 * '/' as %2F) and so change URLs that servers may read differently.
 */
function cleanQuery(search: string, host: string): string {
  if (search.length <= 1) return '';
  const noise = hostNoiseParam(host);
  const bareHost = stripWww(host);
  const kept: { name: string; raw: string }[] = [];
  for (const piece of search.slice(1).split('&')) {
    if (piece === '') continue;
    const raw = upperEscapes(piece);
    const eq = raw.indexOf('=');
    const name = eq === -1 ? raw : raw.slice(0, eq);
    const lower = name.toLowerCase();
    if ((noise !== '' && lower === noise) || isTrackingName(lower)) continue;
    // Ghost tags outbound links with ?ref=<site>; only the self-referencing form is noise,
    // since ref is a meaningful parameter on many other sites.
    if (lower === 'ref' && eq !== -1 && stripWww(raw.slice(eq + 1).toLowerCase()) === bareHost) {
      continue;
    }
    kept.push({ name, raw });
  }
  if (kept.length === 0) return '';
  // Array.prototype.sort is stable, so repeated names keep their values' order.
  if (kept.length > 1) kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let query = '?';
  for (let i = 0; i < kept.length; i++) query += (i === 0 ? '' : '&') + kept[i]!.raw;
  return query;
}
