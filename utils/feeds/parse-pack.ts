import { describeIssues } from '../schemas/describe-issues';
import { PackSchema, type Pack } from '../schemas/pack';

export type PackResult = { ok: true; pack: Pack } | { ok: false; error: string };

/** Validates a curated pack from untrusted JSON text (or an already parsed value). */
export function parsePack(input: string | unknown): PackResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: 'This is not a Quorum pack: the file is not valid JSON.' };
    }
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== 'quorum-pack') {
    return { ok: false, error: 'This is not a Quorum pack: it has no "format": "quorum-pack" field.' };
  }
  const parsed = PackSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, error: `This pack has problems: ${describeIssues(parsed.error)}.` };
  }
  return { ok: true, pack: parsed.data };
}
