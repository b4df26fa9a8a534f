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

/** Longer addresses are not kept: no real article has one. */
export const MAX_HTTP_URL = 2048;

export const HttpUrlSchema = z
  .string()
  .check(z.maxLength(MAX_HTTP_URL), z.refine(isHttpUrl, { message: 'must be an absolute http(s) URL' }));
