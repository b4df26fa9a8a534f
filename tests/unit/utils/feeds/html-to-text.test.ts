import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../utils/feeds/html-entities';
import { htmlToText } from '../../../../utils/feeds/html-to-text';

describe('decodeEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&lt;p&gt; &quot;q&quot; &apos;a&apos;', '<p> "q" \'a\''],
    ['caf&eacute; &Uuml;ber &szlig; &copy; &nbsp;', 'caf\u00e9 \u00dcber \u00df \u00a9 \u00a0'],
    ['&lambda; &Delta; &sigmaf;', '\u03bb \u0394 \u03c2'],
    ['&hellip; &mdash; &rsquo; &euro; &rarr;', '\u2026 \u2014 \u2019 \u20ac \u2192'],
    ['&#8217; &#x2019; &#X41;', '\u2019 \u2019 A'],
    ['&#151; &#146;', '\u2014 \u2019'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&#128512;', '\u{1F600}'],
    ['&amp;lt;p&amp;gt;', '&lt;p&gt;'],
    ['&unknown; &amp AT&T &constructor; &#; &#x;', '&unknown; &amp AT&T &constructor; &#; &#x;'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>Hello <b>world</b></p>', 'Hello world'],
    ['<p>One</p><p>Two</p><br>Three<li>Four', 'One Two Three Four'],
    ["don<em>'</em>t", "don't"],
    ['Before<script>alert("<p>x</p>")</script>After', 'BeforeAfter'],
    ['A<style type="text/css">p > a { color: red }</style>B', 'AB'],
    ['<SCRIPT SRC=x>var a = "</scr" + "ipt>";</SCRIPT >Done', 'Done'],
    ['Start<script>never closed', 'Start'],
    ['x <!-- a comment with <b>tags</b> --> y', 'x y'],
    ['<a href="/x" title="a > b">link</a> text', 'link text'],
    ['a < b and c > d', 'a < b and c > d'],
    ['1<2 and 3 <= 4', '1<2 and 3 <= 4'],
    ['&lt;p&gt;Blogger escaped&lt;/p&gt;', 'Blogger escaped'],
    ['&amp;lt;p&amp;gt;double&amp;lt;/p&amp;gt;', 'double'],
    ['&amp;amp;lt;p&amp;amp;gt;triple', 'triple'],
    ['AT&amp;amp;T', 'AT&T'],
    // Past three levels the rest stays escaped: ugly, but not markup.
    ['&amp;amp;amp;lt;p&amp;amp;amp;gt;quadruple', '&lt;p&gt;quadruple'],
    ['Fish &amp; chips &lt; 5 &euro;', 'Fish & chips < 5 \u20ac'],
    ['  lots \n\n of\t\twhite\u00a0space  ', 'lots of white space'],
    ['tail <img src="x"', 'tail'],
    ['bell\u0007 and \u0000nul', 'bell and nul'],
    ['<<b>p>nested</p>', 'nested'],
    ['<![CDATA[hidden]]>shown', 'shown'],
  ])('%j -> %j', (input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });

  it('stays linear on a flood of unclosed tags', () => {
    const hostile = '<a '.repeat(50_000) + 'end';
    expect(htmlToText(hostile)).toBe('');
    const quotes = '<a title="'.repeat(9_000) + '>x';
    expect(htmlToText(quotes)).toBe('x');
  });

  it('reads only the opening of an enormous post', () => {
    const huge = `<p>${'word '.repeat(40_000)}</p><p>TAIL</p>`;
    const text = htmlToText(huge);
    expect(text.endsWith('TAIL')).toBe(false);
    expect(text.startsWith('word word')).toBe(true);
  });
});
