/** The unread count as the header says it. */
export function unreadLabel(unread: number): string {
  if (unread === 0) return 'All caught up';
  return unread === 1 ? '1 unread pick' : `${unread.toLocaleString('en')} unread picks`;
}
