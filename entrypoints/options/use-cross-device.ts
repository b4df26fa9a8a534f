import { useEffect, useState } from 'react';
import { coerceStatus, crossDeviceStatusItem, type CrossDeviceStatus } from '@/utils/cross-device/status';
import { isCrossDeviceEnabled, watchCrossDeviceEnabled } from '@/utils/cross-device/switch';

/**
 * The switch and the status of sync between devices, live, with the time the status was read
 * (for "arrived 5 minutes ago"). `undefined` while loading.
 */
export function useCrossDevice(): {
  enabled: boolean | undefined;
  status: { value: CrossDeviceStatus; readAt: number } | undefined;
} {
  const [enabled, setEnabled] = useState<boolean>();
  const [status, setStatus] = useState<{ value: CrossDeviceStatus; readAt: number }>();
  useEffect(() => {
    const take = (value: unknown) => setStatus({ value: coerceStatus(value), readAt: Date.now() });
    void isCrossDeviceEnabled().then(setEnabled);
    void crossDeviceStatusItem.getValue().then(take);
    const unwatchSwitch = watchCrossDeviceEnabled(setEnabled);
    const unwatchStatus = crossDeviceStatusItem.watch(take);
    return () => {
      unwatchSwitch();
      unwatchStatus();
    };
  }, []);
  return { enabled, status };
}
