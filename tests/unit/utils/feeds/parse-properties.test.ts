import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, tidyText } from '../../../../utils/feeds/html-to-text';
import { parseFeed, type ParseFeedResult } from '../../../../utils/feeds/parse';
import { ParsedFeedSchema } from '../../../../utils/schemas/parsed-feed';

const KINDS = ['not-a-feed', 'malformed', 'unsupported'];
/**
 * Markup a browser would render: an element's tag as markup is written (lower case, or upper
 * case where a type name could not be meant), a comment, a declaration. `<A>`, `<x>` and
 * `a < b` are text and may stay.
 */
const ELEMENT_TAG =
  /<\/?(?:p|b|i|a|br|div|img|script|style|em|span|svg|iframe|P|BR|DIV|IMG|SCRIPT|STYLE)(?=[\s/>]|$)|<[!?]/;
const CATCH_ALL = 'The feed could not be read: its content is damaged or in an unexpected shape.';

function expectTyped(result: ParseFeedResult): void {
  if (result.ok) {
    expect(ParsedFeedSchema.safeParse(result.feed).success).toBe(true);
  } else {
    expect(KINDS).toContain(result.error.kind);
    expect(result.error.message).toMatch(/^[A-Z].*\.$/s);
    // Every input should meet a specific check, not the last-resort catch.
    expect(result.error.message).not.toBe(CATCH_ALL);
  }
}

/** Fragments that make tag soup: tags, escaped tags at several depths, stray brackets, text. */
const soupPiece = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<b>',
    '</div>',
    '<br/>',
    '<a href="x">',
    '<img src=\'y\' alt="a > b">',
    '<script>',
    '</script>',
    '<style>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<!DOCTYPE html>',
    '<?php',
    '?>',
    '&lt;',
    '&gt;',
    '&amp;',
    '&amp;lt;',
    '&amp;gt;',
    '&amp;amp;lt;',
    '&#60;',
    '&#x3c;',
    '&#62;',
    '<',
    '>',
    '/',
    '"',
    "'",
    '=',
    ' ',
    'p',
    'i',
    'x',
  ),
  fc.string({ maxLength: 6 }),
);
const soup = fc.array(soupPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));
/** The same soup written as markup only: no reference that could spell a tag as text. */
const markupSoup = fc
  .array(
    soupPiece.filter((piece) => !piece.includes('&')),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));
/** Characters an author writes about markup, "<script>" and "a < b" among them; no "&". */
const proseAboutMarkup = fc
  .array(fc.constantFrom('<', '>', '/', '"', "'", '=', ' ', 'script', 'p', 'div', 'b', 'style', '!--', 'x', '\n'), {
    maxLength: 30,
  })
  .map((pieces) => pieces.join(''));

describe('properties', () => {
  it('turns even a body that throws while being read into a typed error', () => {
    const hostile = {
      get length(): number {
        throw new Error('boom');
      },
    } as unknown as Uint8Array;
    expect(parseFeed(hostile, { url: 'https://p.example.com/feed' })).toEqual({
      ok: false,
      error: { kind: 'malformed', message: CATCH_ALL },
    });
  });

  it('parseFeed never throws on arbitrary strings and returns ok or a typed error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (body) => {
        expectTyped(parseFeed(body, { url: 'https://p.example.com/feed' }));
      }),
      { numRuns: 500 },
    );
  });

  it('parseFeed never throws on arbitrary bytes, with any charset claim', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.option(
          fc.constantFrom(
            'text/xml; charset=utf-16',
            'application/rss+xml; charset=windows-1252',
            'text/xml; charset=bogus',
            '',
          ),
        ),
        (bytes, contentType) => {
          expectTyped(parseFeed(bytes, { url: 'not a url', contentType }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parseFeed never throws on feed-shaped input with arbitrary text in every field', () => {
    const field = fc.oneof(soup, fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(field, field, field, field, field, (title, link, description, date, guid) => {
        const xml =
          `<rss version="2.0"><channel><title>${title}</title><item><title>${title}</title>` +
          `<link>${link}</link><description>${description}</description><pubDate>${date}</pubDate>` +
          `<guid>${guid}</guid></item></channel></rss>`;
        const result = parseFeed(xml, { url: 'https://p.example.com/feed' });
        expectTyped(result);
        if (result.ok) {
          for (const item of result.feed.items) {
            // A reference may spell a tag the author wrote as text; only markup must never show.
            if (!title.includes('&')) expect(item.title).not.toMatch(ELEMENT_TAG);
            if (!description.includes('&')) expect(item.summary).not.toMatch(ELEMENT_TAG);
            expect(item.url.startsWith('https://') || item.url.startsWith('http://')).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parseFeed never throws on JSON-shaped input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const withMarker =
          typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { version: 'https://jsonfeed.org/version/1.1', ...value }
            : value;
        expectTyped(parseFeed(JSON.stringify(value), { url: 'https://p.example.com/feed.json' }));
        expectTyped(parseFeed(JSON.stringify(withMarker), { url: 'https://p.example.com/feed.json' }));
      }),
      { numRuns: 300 },
    );
  });

  it('htmlToText leaves no element behind from soup written as markup', () => {
    fc.assert(
      fc.property(markupSoup, (html) => {
        expect(htmlToText(html)).not.toMatch(ELEMENT_TAG);
      }),
      { numRuns: 2000 },
    );
  });

  it('htmlToText tidies whitespace however the soup is escaped', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const text = htmlToText(html);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\s{2}/);
      }),
      { numRuns: 2000 },
    );
  });

  it('htmlToText reads a well-formed post escaped once as it reads the post itself', () => {
    const element = fc.record({
      open: fc.constantFrom('p', 'i', 'b', 'em', 'div', 'span class="k"', 'a href="https://x.example/"', 'script'),
      text: fc.stringMatching(/^[a-z ]{0,12}$/),
    });
    const post = fc
      .array(element, { minLength: 1, maxLength: 8 })
      .map((elements) => elements.map(({ open, text }) => `<${open}>${text}</${open.split(' ')[0]}>`).join(' '));
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(post, (html) => {
        const text = htmlToText(escape(html));
        expect(text).toBe(htmlToText(html));
        expect(text).not.toMatch(ELEMENT_TAG);
      }),
      { numRuns: 1000 },
    );
  });

  it('htmlToText gives back, exactly, what an author escaped inside real markup', () => {
    const escape = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    fc.assert(
      fc.property(proseAboutMarkup, (prose) => {
        expect(htmlToText(`<p>${escape(prose)}</p>`)).toBe(tidyText(prose));
      }),
      { numRuns: 2000 },
    );
  });

  it('htmlToText keeps type parameters and comparisons exactly', () => {
    // Words no element is named after, joined the ways code is written in titles.
    const word = fc.constantFrom('Vec', 'T', 'K', 'V', 'Mutex', 'String', 'u8', 'HashMap', 'x', 'std::string');
    const joint = fc.constantFrom('<', '>', '<>', ', ', ' < ', ' > ', '>>', ' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, joint), { maxLength: 12 }), (pairs) => {
        const text = pairs.flat().join('').replace(/\s+/g, ' ').trim();
        expect(htmlToText(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('htmlToText keeps plain text without markup characters exactly, up to whitespace', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !/[<&]/.test(s)),
        (text) => {
          const isControl = (char: string) => {
            const code = char.charCodeAt(0);
            return (code < 32 && ![9, 10, 13].includes(code)) || code === 127;
          };
          const expected = [...text]
            .filter((char) => !isControl(char))
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
          expect(htmlToText(text)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
