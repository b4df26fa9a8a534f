import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../utils/feeds/parse';
import { MAX_DEPTH, MAX_ELEMENTS, readXml, type XmlElement } from '../../../../utils/feeds/xml-reader';
import { childText, xmlText } from '../../../../utils/feeds/xml-text';

function root(xml: string, primary: string[] = []): XmlElement {
  const result = readXml(xml, { primary });
  if (!result.ok) throw new Error(result.problem);
  return result.root;
}

const names = (element: XmlElement): string[] => element.children.map((child) => child.name);

describe('readXml: structure', () => {
  it('keeps text elements whole, markup and CDATA as written', () => {
    const item = root('<item><title>a <b>bold</b> & bare</title><description><p>x<br></description></item>');
    expect(names(item)).toEqual(['title', 'description']);
    expect(item.children[0]!.inner).toBe('a <b>bold</b> & bare');
    expect(item.children[1]!.inner).toBe('<p>x<br>');
    expect(item.children[1]!.children).toEqual([]);
  });

  it('lower-cases names, keeps attribute values as written, and ignores what follows the root', () => {
    const rss = root('<RSS Version="2.0"><Channel a=\'1 > 0\' b="&amp;"/></RSS><script>tracking()</script>');
    expect(rss.name).toBe('rss');
    expect(rss.attributes.get('version')).toBe('2.0');
    expect([...rss.children[0]!.attributes]).toEqual([
      ['a', '1 > 0'],
      ['b', '&amp;'],
    ]);
  });

  it('reads text as feeds mean it: comments out, CDATA as written, references decoded, trimmed', () => {
    expect(xmlText('  a <!-- no --> &amp; <![CDATA[&amp; <b>]]> &eacute;  ')).toBe('a  & &amp; <b> é');
    expect(xmlText('   ')).toBeUndefined();
    expect(xmlText('AT&T')).toBe('AT&T');
  });
});

describe('readXml: namespaces', () => {
  it('names Dublin Core and content elements by their usual prefix, whatever the feed bound', () => {
    const item = root(
      '<item xmlns:creator="http://purl.org/dc/elements/1.1/" xmlns:c="https://purl.org/rss/1.0/modules/content">' +
        '<creator:creator>Jane</creator:creator><c:encoded>x</c:encoded><dc:date>2026</dc:date><media:title>m</media:title></item>',
    );
    // An undeclared prefix stays as written: dc: without a declaration is still Dublin Core in practice.
    expect(names(item)).toEqual(['dc:creator', 'content:encoded', 'dc:date', 'media:title']);
  });

  it("reads the document's own vocabulary without a prefix, and scopes declarations to their element", () => {
    const feed = root(
      '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>t</a:title></a:entry>' +
        '<x xmlns:a="urn:other"><a:entry/></x></a:feed>',
      ['atom'],
    );
    expect(feed.name).toBe('feed');
    expect(names(feed)).toEqual(['entry', 'x']);
    expect(childText(feed.children[0], 'title')).toBe('t');
    expect(names(feed.children[1]!)).toEqual(['a:entry']);
  });
});

describe('readXml: hostile input is refused or bounded', () => {
  it('never expands DOCTYPE entities ("billion laughs", external entities)', () => {
    const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lols}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&lol9; &xxe;</title><item><title>t</title><link>https://a.example/1</link></item></channel></rss>`;
    const result = parseFeed(xml, { url: 'https://a.example/feed' });
    expect(result).toMatchObject({ ok: true, feed: { title: '&lol9; &xxe;' } });
  });

  it(`refuses elements nested deeper than ${MAX_DEPTH}, without recursion`, () => {
    const depth = 100_000;
    const xml = `<rss><channel>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</channel></rss>`;
    expect(readXml(xml)).toEqual({ ok: false, problem: `its elements nest more than ${MAX_DEPTH} deep`, limit: true });
    expect(parseFeed(xml, { url: 'https://a.example/feed' })).toEqual({
      ok: false,
      error: {
        kind: 'malformed',
        message: `The feed is too large to read: its elements nest more than ${MAX_DEPTH} deep.`,
      },
    });
  });

  it(`refuses more than ${MAX_ELEMENTS.toLocaleString('en')} elements`, () => {
    const xml = `<rss><channel>${'<i/>'.repeat(MAX_ELEMENTS + 1)}</channel></rss>`;
    expect(readXml(xml)).toMatchObject({ ok: false, limit: true, problem: 'it has more than 500,000 elements' });
    // A 2 MB document read to its limit: seconds on a loaded machine.
  }, 60_000);

  it('reports the first problem of a cut-off or mis-nested document', () => {
    expect(readXml('<rss><channel><item><title>x</title>')).toEqual({
      ok: false,
      problem: 'it ends before its <item> element is closed',
    });
    expect(readXml('<rss><channel><title>never closed')).toEqual({
      ok: false,
      problem: 'it ends before its <title> element is closed',
    });
    expect(readXml('<rss><a "unclosed></rss>')).toMatchObject({ ok: false, problem: 'the <a> tag is never finished' });
  });

  it('reads any string without throwing, and any well-formed nesting of generated elements', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = readXml(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    const name = fc.constantFrom('a', 'b', 'dc:c', 'item');
    const text = fc.string().map((value) => value.replace(/[<&]/g, ''));
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.tuple(name, text).map(([tag, value]) => `<${tag}>${value}</${tag}>`),
        fc
          .tuple(name, fc.array(tie('node'), { maxLength: 3 }), text)
          .map(([tag, children, value]) => `<${tag}>${value}${children.join('')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (xml) => {
        expect(readXml(`<root>${xml}</root>`).ok).toBe(true);
      }),
    );
  });
});
