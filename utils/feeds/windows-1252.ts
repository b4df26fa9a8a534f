/**
 * What Windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has invisible C1 controls. Text in that
 * range was almost always written in Windows-1252, which is why HTML maps both `&#151;` and the
 * "iso-8859-1" label onto it.
 */
const C1_AS_WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The Windows-1252 character for a code point in 0x80–0x9F. */
export function windows1252ForC1(code: number): string {
  return C1_AS_WINDOWS_1252[code - 0x80]!;
}

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 and leaves C1 controls where the
 * curly quotes should be; Chromium's does not. Mapping them afterwards is right in both.
 */
export function fixC1Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => windows1252ForC1(char.charCodeAt(0)));
}
