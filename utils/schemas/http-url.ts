import { z } from './zod';

/** True for absolute http(s) URLs; feed text is untrusted, so no other scheme is ever kept. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export const HttpUrlSchema = z
  .string()
  .check(z.maxLength(2048), z.refine(isHttpUrl, { message: 'must be an absolute http(s) URL' }));
