import { PackSchema, type Pack } from '../schemas/pack';
import { readTaggedJson } from '../schemas/read-tagged-json';

export type PackResult = { ok: true; pack: Pack } | { ok: false; error: string };

/** Validates a curated pack from untrusted JSON text (or an already parsed value). */
export function parsePack(input: unknown): PackResult {
  const result = readTaggedJson(input, {
    format: 'quorum-pack',
    schema: PackSchema,
    name: 'a Quorum pack',
    problems: 'This pack has problems',
  });
  return result.ok ? { ok: true, pack: result.value } : result;
}
