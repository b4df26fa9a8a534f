import { clockTime } from '../text/clock-time';
import { countOf } from '../text/count-of';
import type { CrossDeviceStatus } from './status';

export interface StatusLines {
  what: string;
  quota: string;
  arrival: string;
  /** When the quota is full: which marks stay on this device only. */
  full?: string;
  error?: string;
  notes: string[];
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const day = (at: number) => new Date(at).toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric' });

function ago(at: number, now: number): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${countOf(minutes, 'minute')} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${countOf(hours, 'hour')} ago`;
  return `on ${day(at)}`;
}

/** The options page's words for the state of sync between devices (switched on). */
export function describeStatus(status: CrossDeviceStatus, now: number): StatusLines {
  const percent = Math.round((status.bytesUsed / status.quotaBytes) * 100);
  const lines: StatusLines = {
    what:
      'Your read, saved and dismissed marks, your learning path, and your theme, auto-mark, relevance and ' +
      'badge settings travel with your browser’s sync. Articles and feeds do not: each browser fetches its own.',
    quota:
      `${countOf(status.marksSynced, 'mark')} in sync storage, using ${kilobytes(status.bytesUsed)} of ` +
      `${kilobytes(status.quotaBytes)} (${percent}%).` +
      (status.waiting > 0 ? ` ${countOf(status.waiting, 'mark')} from other browsers wait for their article.` : ''),
    arrival:
      status.lastArrivalAt === undefined
        ? 'No change has arrived from another browser yet.'
        : `Last change from another browser arrived ${ago(status.lastArrivalAt, now)}.`,
    notes: status.ignored.map(
      (note) =>
        `An item in sync storage was ignored ${ago(note.at, now)} (${note.reason}); nothing in this browser was changed by it.`,
    ),
  };
  if (status.marksLeftOut > 0)
    lines.full =
      `Sync storage is full, so the ${countOf(status.marksLeftOut, 'oldest read mark')}` +
      (status.leftOutBefore !== undefined ? ` (read on or before ${day(status.leftOutBefore)})` : '') +
      ' stay in this browser only. They are never deleted here; saved and dismissed marks and newer reads ' +
      'keep travelling.';
  if (status.collided > 0)
    lines.notes.push(
      `${countOf(status.collided, 'marked article')} share a short code with another article here, so they stay in this browser.`,
    );
  if (status.error) lines.error = `${status.error.message} Quorum tries again at ${clockTime(status.error.retryAt)}.`;
  return lines;
}
