import { storage } from 'wxt/utils/storage';

/**
 * A random id for this browser profile, made once: it breaks ties between two devices'
 * changes to the same mark in the same second, the same way on every device. Eight
 * base64url characters (48 bits), which is also how it travels in sync storage.
 */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{8}$/;
const deviceIdItem = storage.defineItem<unknown>('local:device-id');
let cached: Promise<string> | undefined;

export function makeDeviceId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(6));
  // All zeros is how "no device" (marks from before device ids) travels: never use it.
  if (bytes.every((byte) => byte === 0)) bytes[5] = 1;
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

export function getDeviceId(): Promise<string> {
  cached ??= (async () => {
    const stored = await deviceIdItem.getValue();
    if (typeof stored === 'string' && DEVICE_ID_PATTERN.test(stored)) return stored;
    const id = makeDeviceId();
    await deviceIdItem.setValue(id);
    return id;
  })();
  return cached;
}

/** For tests: forget the id read by this context. */
export function forgetDeviceId(): void {
  cached = undefined;
}
