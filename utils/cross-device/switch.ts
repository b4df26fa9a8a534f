import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Sync between devices, on by default where the browser has sync storage. A device setting:
 * it does not travel, so turning it off here leaves the other devices as they are.
 */
const enabledItem = storage.defineItem<unknown>('local:cross-device-enabled');

export function syncAvailable(): boolean {
  return typeof browser.storage?.sync?.set === 'function';
}

export async function isCrossDeviceEnabled(): Promise<boolean> {
  return syncAvailable() && (await enabledItem.getValue()) !== false;
}

export function setCrossDeviceEnabled(enabled: boolean): Promise<void> {
  return enabledItem.setValue(enabled);
}

export function watchCrossDeviceEnabled(listener: (enabled: boolean) => void): () => void {
  return enabledItem.watch((value) => listener(syncAvailable() && value !== false));
}
