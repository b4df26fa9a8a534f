import type { QuorumDatabase } from '../db/database';
import type { Marks } from '../marks/marks';
import type { KnownLink } from '../messaging';
import type { KnownUrls } from '../sync/known-urls';
import { lookupLinks } from './lookup-links';

export interface SetReadingRequest {
  url: string;
  mark: 'read' | 'saved';
  on: boolean;
}

/**
 * A mark made from a badge's card or the article card, written by the background on the
 * content script's behalf. Only articles Quorum knows can be marked: a page cannot fill the
 * reading table with URLs of its choosing. The marks owner brings the toolbar count and every
 * open page (the asking one included) up to date.
 */
export async function setReadingFromPage(
  db: QuorumDatabase,
  knownUrls: KnownUrls,
  marks: Marks,
  request: SetReadingRequest,
): Promise<KnownLink | null> {
  if (!(await knownUrls.has(request.url))) return null;
  await marks.set(request.url, request.mark, request.on);
  const [link] = await lookupLinks(db, knownUrls, [request.url]);
  return link ?? null;
}
