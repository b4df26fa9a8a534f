import { storage } from 'wxt/utils/storage';
import { WRITES_PER_HOUR, WRITES_PER_MINUTE } from './quotas';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Below the browser's limits, so another write path (a settings change) never meets the wall. */
const PER_MINUTE = WRITES_PER_MINUTE - 20;
const PER_HOUR = WRITES_PER_HOUR - 300;

/** Times of this device's write operations in the last hour; kept in storage, as the worker restarts. */
const writesItem = storage.defineItem<unknown>('local:cross-device-writes');

async function recent(now: number): Promise<number[]> {
  const raw = await writesItem.getValue();
  return Array.isArray(raw) ? raw.filter((time): time is number => typeof time === 'number' && time > now - HOUR) : [];
}

/** The earliest time `count` more write operations stay within both limits: `now` if they do now. */
export async function earliestWrite(count: number, now: number): Promise<number> {
  const times = (await recent(now)).sort((a, b) => a - b);
  const lastMinute = times.filter((time) => time > now - MINUTE);
  let at = now;
  if (lastMinute.length + count > PER_MINUTE)
    at = Math.max(at, lastMinute[lastMinute.length + count - PER_MINUTE - 1]! + MINUTE);
  if (times.length + count > PER_HOUR) at = Math.max(at, times[times.length + count - PER_HOUR - 1]! + HOUR);
  return at;
}

export async function recordWrites(count: number, now: number): Promise<void> {
  await writesItem.setValue([...(await recent(now)), ...Array<number>(count).fill(now)]);
}
