import { describe, expect, it } from 'vitest';
import { localName, sniffDocument } from '../../../../utils/feeds/sniff-document';
import { findNestingProblem } from '../../../../utils/feeds/xml-well-formed';

describe('sniffDocument', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['\ufeff\r\n ', { kind: 'empty' }],
    ['  {"a":1}', { kind: 'json' }],
    ['[]', { kind: 'json' }],
    ['Not Found', { kind: 'text' }],
    ['<!DOCTYPE html><html></html>', { kind: 'html' }],
    ['<!doctype HTML>', { kind: 'html' }],
    ['<!-- hi --><HTML lang="en">', { kind: 'html' }],
    [
      '<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?>\n<!-- c --><rss version="2.0">',
      { kind: 'xml', root: 'rss' },
    ],
    ['<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd"><rss>', { kind: 'xml', root: 'rss' }],
    ['<!DOCTYPE feed [ <!ENTITY a "<b>"> ]><feed>', { kind: 'xml', root: 'feed' }],
    ['<rdf:RDF xmlns:rdf="x">', { kind: 'xml', root: 'rdf:RDF' }],
    ['<?xml version="1.0"?>', { kind: 'xml', root: '' }],
    ['<?xml version="1.0"?> trailing text', { kind: 'xml', root: '' }],
  ])('%j', (text, expected) => {
    expect(sniffDocument(text)).toEqual(expected);
  });

  it('takes the local name of a qualified root, lower-cased', () => {
    expect(localName('rdf:RDF')).toBe('rdf');
    expect(localName('atom:feed')).toBe('feed');
    expect(localName('RSS')).toBe('rss');
  });
});

describe('findNestingProblem', () => {
  it.each([
    '<rss><channel><item><title>a</title></item></channel></rss>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "</oops>">]><rss/>',
    '<feed><entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry></feed>',
    '<rss><channel><description><p>raw <br> html</description></channel></rss>',
    '<rss><channel><title><![CDATA[</channel>]]></title><!-- </rss> --></channel></rss>',
    '<rss><a href="x>y" b=\'</z>\'/></rss>',
    '<rss>1 < 2</rss>',
    '<rss></rss><script>appended()</script><unclosed>',
    '<rss></rss >',
    '<rdf:RDF><item></item></rdf:RDF>',
  ])('accepts %j', (xml) => {
    expect(findNestingProblem(xml)).toBeNull();
  });

  it.each([
    ['<rss><channel><item></channel></rss>', '</channel> appears where </item> was expected'],
    ['<rss><channel><item></item>', 'it ends before its <channel> element is closed'],
    ['<rss><channel><title>half', 'it ends before its <title> element is closed'],
    ['<rss><channel><title>x</titl></channel></rss>', 'it ends before its <title> element is closed'],
    ['</rss>', '</rss> closes nothing'],
    ['<rss><item a="unclosed></item></rss>', 'the <item> tag is never finished'],
    ['<rss><!-- never', 'a comment is never closed'],
    ['<rss><x><![CDATA[never', 'a CDATA section is never closed'],
    ['<?xml version="1.0"', 'a processing instruction is never closed'],
    ['<!DOCTYPE rss [ <!ENTITY a "b">', 'the DOCTYPE is never closed'],
    ['<?xml version="1.0"?>', 'it has no elements'],
    [`<${'a'.repeat(100)}>`, `it ends before its <${'a'.repeat(39)}\u2026> element is closed`],
  ])('rejects %j', (xml, problem) => {
    expect(findNestingProblem(xml)).toBe(problem);
  });
});
