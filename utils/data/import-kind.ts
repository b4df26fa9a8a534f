/**
 * Which reader an imported file goes to: a Quorum export (JSON) or an OPML list of feeds.
 * Decided by what the file starts with, then by its name, so a damaged export still gets the
 * JSON reader's message ("not valid JSON", "cut off") rather than being called "not OPML".
 */
export type ImportKind = { kind: 'json' } | { kind: 'opml' } | { kind: 'unreadable'; error: string };

export function importKind(name: string, text: string): ImportKind {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start === '') return { kind: 'unreadable', error: 'The file is empty, so nothing was imported.' };
  if (start.startsWith('{') || start.startsWith('[')) return { kind: 'json' };
  if (start.startsWith('<')) return { kind: 'opml' };
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return { kind: 'json' };
  if (extension === 'opml' || extension === 'xml') return { kind: 'opml' };
  return {
    kind: 'unreadable',
    error: 'This is neither a Quorum export (JSON) nor an OPML list of feeds, so nothing was imported.',
  };
}
