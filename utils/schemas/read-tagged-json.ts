import type { z } from './zod';
import { describeIssues } from './describe-issues';

export type TaggedJsonResult<T> = { ok: true; value: T } | { ok: false; error: string };

interface TaggedJsonKind<S extends z.ZodMiniType> {
  /** The value of the file's "format" field, e.g. "quorum-pack". */
  format: string;
  schema: S;
  /** How the file is named in messages: "a Quorum pack". */
  name: string;
  /** The start of the sentence for a file that is of the kind but invalid. */
  problems: string;
}

/**
 * Reads one of Quorum's JSON files (a pack, an export) from untrusted text or a parsed value,
 * in three steps, each with its own sentence for the user: is it JSON, is it this kind of
 * file, and what exactly is wrong with it.
 */
export function readTaggedJson<S extends z.ZodMiniType>(
  input: unknown,
  kind: TaggedJsonKind<S>,
): TaggedJsonResult<z.infer<S>> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      // A file that starts as one of ours but does not parse was cut off (a failed download,
      // a copy interrupted): say that, rather than that it is some other kind of file.
      const ours = new RegExp(`^\\s*\\{[^]{0,200}?"format"\\s*:\\s*"${kind.format}"`).test(input);
      const error = ours
        ? `The file looks like ${kind.name} but is cut off or damaged (it is not valid JSON), so nothing was read from it. Make it again and retry.`
        : `This is not ${kind.name}: the file is not valid JSON.`;
      return { ok: false, error };
    }
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== kind.format) {
    return { ok: false, error: `This is not ${kind.name}: it has no "format": "${kind.format}" field.` };
  }
  const parsed = kind.schema.safeParse(value);
  if (!parsed.success) return { ok: false, error: `${kind.problems}: ${describeIssues(parsed.error)}.` };
  return { ok: true, value: parsed.data };
}
