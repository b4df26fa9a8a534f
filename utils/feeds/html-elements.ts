/**
 * The element names a browser knows, lower-cased: HTML's current and obsolete ones, and the SVG
 * and MathML elements a feed may inline. Feed text only loses a `<name …>` when the name is one
 * of these: `Vec<T>`, `Map<K, V>` and `Arc<Mutex<T>>` are the writing, not markup.
 */
const HTML =
  'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink ' +
  'blockquote body br button canvas caption center cite code col colgroup data datalist dd del ' +
  'details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame ' +
  'frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex kbd ' +
  'keygen label legend li link listing main map mark marquee menu menuitem meta meter multicol nav ' +
  'nextid nobr noembed noframes noscript object ol optgroup option output p param picture ' +
  'plaintext portal pre progress q rb rp rt rtc ruby s samp script search section select slot ' +
  'small source spacer span strike strong style sub summary sup table tbody td template textarea ' +
  'tfoot th thead time title tr track tt u ul var video wbr xmp';

const SVG =
  'svg animate animatemotion animatetransform circle clippath defs desc ellipse feblend ' +
  'fecolormatrix fecomponenttransfer fecomposite feconvolvematrix fediffuselighting ' +
  'fedisplacementmap fedropshadow feflood fegaussianblur feimage femerge femergenode femorphology ' +
  'feoffset fespecularlighting fetile feturbulence filter foreignobject g line lineargradient ' +
  'marker mask metadata mpath path pattern polygon polyline radialgradient rect set stop switch ' +
  'symbol text textpath tspan use view';

const MATHML =
  'math annotation annotation-xml maction menclose merror mfenced mfrac mglyph mi mlabeledtr ' +
  'mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub ' +
  'msubsup msup mtable mtd mtext mtr munder munderover semantics';

export const KNOWN_ELEMENTS: ReadonlySet<string> = new Set(`${HTML} ${SVG} ${MATHML}`.split(' '));

/** Longer than any name above: a '<' followed by a longer run is text, and the scan stays short. */
export const MAX_ELEMENT_NAME = 24;

/**
 * Word pastes `<o:p>` and `<st1:place>` into posts, and pages use custom elements
 * (`<my-card>`); both are markup although no list names them. `std::string` is not.
 */
const PREFIXED_OR_CUSTOM = /^(?:[a-z][a-z0-9]*:[a-z][a-z0-9-]*|[a-z][a-z0-9]*-[a-z0-9-]*)$/;

/** `written` is the name as it appears in the text, before lower-casing. */
export function isElementName(written: string): boolean {
  return KNOWN_ELEMENTS.has(written.toLowerCase()) || PREFIXED_OR_CUSTOM.test(written);
}
