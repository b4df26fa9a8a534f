import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../utils/feeds/html-to-text';

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
    ['&amp;amp;lt;p&amp;amp;gt;triple&amp;amp;lt;/p&amp;amp;gt;', 'triple'],
    ['AT&amp;amp;T', 'AT&T'],
    // Past three levels the rest stays escaped: ugly, but not markup.
    ['&amp;amp;amp;lt;p&amp;amp;amp;gt;quadruple', '&lt;p&gt;quadruple'],
    ['Fish &amp; chips &lt; 5 &euro;', 'Fish & chips < 5 \u20ac'],
    ['  lots \n\n of\t\twhite\u00a0space  ', 'lots of white space'],
    ['tail <img src="x"', 'tail'],
    ['bell\u0007 and \u0000nul', 'bell and nul'],
    ['<<b>p>nested</p>', 'nested'],
    ['<![CDATA[hidden]]>shown', 'shown'],
    // Character references, the whole HTML table.
    ['caf&eacute; &Uuml;ber &szlig; &copy; &nbsp;x', 'caf\u00e9 \u00dcber \u00df \u00a9 x'],
    [
      '&lambda; &Delta; &sigmaf; &hellip; &mdash; &rsquo; &euro; &rarr;',
      '\u03bb \u0394 \u03c2 \u2026 \u2014 \u2019 \u20ac \u2192',
    ],
    ['&#8217; &#x2019; &#X41; &#151; &#146; &#128512;', '\u2019 \u2019 A \u2014 \u2019 \u{1F600}'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&check; &NotEqualTilde; &fjlig;', '\u2713 \u2242\u0338 fj'],
    ['&unknown; AT&T &constructor; &#; &#x;', '&unknown; AT&T &constructor; &#; &#x;'],
    // Only real elements are markup; the rest is what the author wrote.
    ['Why Arc<Mutex<T>> is slow', 'Why Arc<Mutex<T>> is slow'],
    ['Vec<T> and a < b', 'Vec<T> and a < b'],
    ['Map<K, V> beats HashMap<String, Vec<u8>>', 'Map<K, V> beats HashMap<String, Vec<u8>>'],
    ['Option<A>, Future<Output> and List<Data>', 'Option<A>, Future<Output> and List<Data>'],
    ['template<typename T> and std::vector<std::string>', 'template<typename T> and std::vector<std::string>'],
    ['<b>Bold</b> <I>old</I> <B>caps</B> <Em>mixed</Em>', 'Bold old caps mixed'],
    ['Vec&lt;T&gt; escaped once', 'Vec<T> escaped once'],
    ['Vec&amp;lt;T&amp;gt; escaped twice', 'Vec<T> escaped twice'],
    ['<p>Use <code>Result&lt;T, E&gt;</code></p>', 'Use Result<T, E>'],
    ['Word<o:p></o:p> paste<st1:place>d</st1:place>', 'Word pasted'],
    ['<my-card>custom</my-card> element', 'custom element'],
    ['<x onclick="f()">not an element</x>', '<x onclick="f()">not an element</x>'],
    ['<Script>x</Script><Img src=x>left', 'left'],
    ['a &amp;lt; b', 'a < b'],
    // Inside real markup, a reference is a character: a post about HTML keeps the tags it names.
    [
      '<p>Never put user input in a &lt;script&gt; tag. It runs.</p>',
      'Never put user input in a <script> tag. It runs.',
    ],
    ['<p>A &lt;div&gt; inside a &lt;p&gt; is invalid</p>', 'A <div> inside a <p> is invalid'],
    [
      '<p>Wrap it in &lt;details&gt;&lt;summary&gt;More&lt;/summary&gt;&lt;/details&gt;</p>',
      'Wrap it in <details><summary>More</summary></details>',
    ],
    ['<p>&lt;!-- a comment --&gt; is not shown</p>', '<!-- a comment --> is not shown'],
    // Without real markup, a lone tag in a sentence is the author's; an escaped post is not.
    ['The &lt;dialog&gt; element', 'The <dialog> element'],
    ['Styling &lt;select&gt; at last', 'Styling <select> at last'],
    ['&lt;p&gt;An escaped &lt;i&gt;post&lt;/i&gt;', 'An escaped post'],
    ['&lt;a href="https://x.example"&gt;link&lt;/a&gt; text', 'link text'],
    // One tag, a bare attribute, a close with no opening, a declaration: words about HTML.
    ['Put &lt;script&gt; tags before &lt;/body&gt; for speed', 'Put <script> tags before </body> for speed'],
    [
      'Use &lt;script defer&gt; instead of &lt;script&gt; at the end',
      'Use <script defer> instead of <script> at the end',
    ],
    ['The &lt;/script&gt; problem in inline JSON', 'The </script> problem in inline JSON'],
    ['Why &lt;a href&gt; beats onclick', 'Why <a href> beats onclick'],
    ['&lt;table&gt; layouts are back', '<table> layouts are back'],
    ['Tips for &lt;?php tags', 'Tips for <?php tags'],
    ['The &lt;dialog&gt; element vs &lt;div', 'The <dialog> element vs <div'],
    // In an escaped post, a script that never closes loses its tag, not the rest of the post.
    ['&lt;p&gt;An escaped &lt;script&gt;post&lt;/p&gt;', 'An escaped post'],
    // Real markup around escaped markup: the escaped part is the author's text.
    ['<div>&lt;p&gt;Hello&lt;/p&gt;</div>', '<p>Hello</p>'],
  ])('%j -> %j', (input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });

  it('stays linear on a flood of unclosed tags', () => {
    const hostile = '<a '.repeat(50_000) + 'end';
    expect(htmlToText(hostile)).toBe('');
    const quotes = '<a title="'.repeat(9_000) + '>x';
    expect(htmlToText(quotes)).toBe('x');
  });

  it('stays linear on floods of text that only looks like tags', () => {
    // Each '<' reads a bounded name, and the closing tags are gathered once per pass.
    expect(htmlToText('Vec<T'.repeat(15_000))).toBe('Vec<T'.repeat(15_000));
    expect(htmlToText('x<' + 'y'.repeat(90_000))).toBe('x<' + 'y'.repeat(90_000));
    expect(htmlToText('<B>'.repeat(30_000))).toBe('<B>'.repeat(30_000));
    expect(htmlToText('<Output>a'.repeat(10_000) + '</Output>')).toBe('a'.repeat(10_000));
    expect(htmlToText('&amp;lt;T&amp;gt;'.repeat(5_000))).toBe('<T>'.repeat(5_000));
  });

  it('reads only the opening of an enormous post', () => {
    const huge = `<p>${'word '.repeat(40_000)}</p><p>TAIL</p>`;
    const text = htmlToText(huge);
    expect(text.endsWith('TAIL')).toBe(false);
    expect(text.startsWith('word word')).toBe(true);
  });
});
