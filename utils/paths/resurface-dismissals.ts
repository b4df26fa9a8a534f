import { storage } from 'wxt/utils/storage';
import { z } from '../schemas/zod';

const DismissalsSchema = z.array(z.string().check(z.minLength(1))).check(z.maxLength(1000));
const KEEP = 500;

/** Saved articles the reader waved away from "From your saved list": they come back only once. */
export const resurfaceDismissalsItem = storage.defineItem<unknown>('local:resurface-dismissed', {
  fallback: [],
  version: 1,
  migrations: {},
});

export function coerceDismissals(raw: unknown): string[] {
  const parsed = DismissalsSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

export async function dismissResurfaced(url: string): Promise<void> {
  const current = coerceDismissals(await resurfaceDismissalsItem.getValue());
  if (current.includes(url)) return;
  await resurfaceDismissalsItem.setValue([...current, url].slice(-KEEP));
}

export function watchDismissals(listener: (urls: string[]) => void): () => void {
  return resurfaceDismissalsItem.watch((value) => listener(coerceDismissals(value)));
}

export async function getDismissals(): Promise<string[]> {
  return coerceDismissals(await resurfaceDismissalsItem.getValue());
}
