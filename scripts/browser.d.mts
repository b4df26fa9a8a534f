// Types for scripts/browser.mjs, which the TypeScript tests import.
export const FIRST_CHROME_WITHOUT_LOAD_EXTENSION: number;
export function findBrowser(): string | undefined;
export function unsupportedBrowserMessage(path: string, version: string): string | null;
export function browserProblem(path: string): string | null;
export function ensureBrowser(): string;
