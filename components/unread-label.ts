import { countOf } from '@/utils/text/count-of';

/** The unread count as the header says it. */
export function unreadLabel(unread: number): string {
  if (unread === 0) return 'All caught up';
  return countOf(unread, 'unread pick');
}
