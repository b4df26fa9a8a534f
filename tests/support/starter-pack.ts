import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PackSchema, type Pack } from '../../utils/schemas/pack';
import { ROOT } from './paths';

export const STARTER_PACK_FILE = resolve(ROOT, 'public/packs/starter.json');

/** The bundled starter pack, read from the source tree and validated like the extension does. */
export function readStarterPack(): Pack {
  return PackSchema.parse(JSON.parse(readFileSync(STARTER_PACK_FILE, 'utf8')));
}
