// Types for scripts/browser-args.mjs, which the TypeScript tests import.
export function extensionArgs(dist: string): string[];
export function runArgs(options: { dist: string; profile: string }): string[];
