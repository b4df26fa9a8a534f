import type { RawItem } from './build-item';
import { siteUrlOf, type RawFeed } from './raw-feed';
import { verbatim, xmlText } from './xml-text';

/**
 * JSON Feed 1.0 and 1.1 mapped onto RawItem. Keys are matched without regard to case, as
 * publishers write `Title` and `Items` too; a list where one value is expected gives its first.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(object: Json, key: string): unknown {
  if (key in object) return object[key];
  for (const name in object) if (name.toLowerCase() === key) return object[name];
  return undefined;
}

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (object: Json, key: string) => verbatim(single(get(object, key)));
/** Dates are read like XML text: a reference in one is decoded. */
const dateText = (object: Json, key: string) => {
  const value = single(get(object, key));
  return typeof value === 'string' ? xmlText(value) : verbatim(value);
};

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** A JSON Feed says so in `version`; an older one shows a title and items or feed links. */
export function isJsonFeed(value: unknown): value is Json {
  if (!isRecord(value)) return false;
  const version = get(value, 'version');
  if (typeof version === 'string' && version !== '') return version.includes('jsonfeed.org/version/');
  const title = get(value, 'title');
  const hasFeedFields = Boolean(get(value, 'home_page_url') || get(value, 'feed_url') || get(value, 'authors'));
  return typeof title === 'string' && title !== '' && (Array.isArray(get(value, 'items')) || hasFeedFields);
}

/** 1.1 lists `authors`; 1.0 had one `author` object. */
function firstAuthor(object: Json): string | undefined {
  for (const key of ['authors', 'author']) {
    const authors = list(get(object, key)).flatMap((author) => {
      if (isRecord(author)) {
        const fields = ['name', 'url', 'avatar'].map((field) => text(author, field));
        return fields.some((field) => field !== undefined) ? [fields[0]] : [];
      }
      const name = verbatim(author);
      return name === undefined ? [] : [name];
    });
    if (authors.length > 0) return authors[0];
  }
  return undefined;
}

const FEED_FIELDS = [
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'language',
];

function hasAnyValue(item: Json): boolean {
  return Object.values(item).some(
    (value) => verbatim(value) !== undefined || isRecord(value) || (Array.isArray(value) && value.length > 0),
  );
}

/** Null when the feed has none of JSON Feed's fields filled in: a version alone is not a feed. */
export function fromJsonFeed(feed: Json, feedUrl: string, maxItems: number): RawFeed | null {
  const feedAuthor = firstAuthor(feed);
  const items = list(get(feed, 'items')).slice(0, maxItems).filter(isRecord);
  const hasFields =
    FEED_FIELDS.some((field) => text(feed, field) !== undefined) || typeof single(get(feed, 'expired')) === 'boolean';
  if (!hasFields && feedAuthor === undefined && !items.some(hasAnyValue)) return null;
  return {
    // JSON Feed's titles and summaries are plain text by its specification; HTML has its own field.
    title: text(feed, 'title'),
    titleType: 'text',
    siteUrl: siteUrlOf(text(feed, 'home_page_url'), feedUrl),
    items: items.map((item): RawItem => {
      const html = text(item, 'content_html');
      return {
        links: [text(item, 'url'), text(item, 'external_url'), text(item, 'id')],
        base: feedUrl,
        title: text(item, 'title'),
        titleType: 'text',
        description: text(item, 'summary'),
        descriptionType: 'text',
        content: html ?? text(item, 'content_text'),
        contentType: html === undefined ? 'text' : 'html',
        author: firstAuthor(item) ?? feedAuthor,
        date: dateText(item, 'date_published') ?? dateText(item, 'date_modified'),
        categories: list(get(item, 'tags')).map(verbatim),
        guid: text(item, 'id'),
      };
    }),
  };
}
