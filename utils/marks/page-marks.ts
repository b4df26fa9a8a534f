import { db } from '../db';
import { announceToBackground } from './announce-to-background';
import { getDeviceId } from './device-id';
import { createMarks } from './marks';

/** The marks owner of an extension page (new tab, popup, options). */
export const pageMarks = createMarks(db, { deviceId: getDeviceId, afterChange: announceToBackground });
