import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Reads which scripts a built extension page loads before it is interactive, from the build
 * output itself (chunk names carry content hashes, so nothing here names one):
 * - every script of the HTML: the module entry, its modulepreload links, classic scripts;
 * - the static imports of each module, followed to the end;
 * - the dynamic imports of the page's entry module, with their static imports: a page's entry
 *   does nothing but start the app (after the snapshot's first frame), so what it imports is
 *   needed before the first interaction. Dynamic imports deeper in the app (search, stats,
 *   "why this pick") wait for the user, and are left out.
 */
export interface LoadedScript {
  /** Path from the extension's root, e.g. chunks/start-app-abc123.js. */
  file: string;
  /** How the page reaches it: html, static import, or the entry's start-up import. */
  via: 'html' | 'static import' | 'start-up import';
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
/** `import("./x.js")` with a literal path, as the bundler writes a dynamic import. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function importsOf(root: string, file: string, pattern: RegExp): string[] {
  const code = readFileSync(join(root, file), 'utf8');
  return [...code.matchAll(pattern)]
    .map((match) => relative(root, resolve(root, dirname(file), match[1] ?? '')))
    .filter((target) => existsSync(join(root, target)));
}

export function scriptsLoadedFirst(root: string, html: string): LoadedScript[] {
  const page = readFileSync(join(root, html), 'utf8');
  const loaded = new Map<string, LoadedScript['via']>();
  const entries: string[] = [];
  const add = (file: string, via: LoadedScript['via']) => {
    if (loaded.has(file)) return;
    loaded.set(file, via);
    for (const target of importsOf(root, file, STATIC_IMPORT)) add(target, 'static import');
  };
  for (const tag of page.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    const url = isScript ? attribute(tag, 'src') : attribute(tag, 'href');
    if (url === undefined || !url.endsWith('.js')) continue;
    if (!isScript && attribute(tag, 'rel') !== 'modulepreload') continue;
    const file = url.replace(/^\//, '');
    if (isScript && attribute(tag, 'type') === 'module') entries.push(file);
    add(file, 'html');
  }
  for (const entry of entries) {
    for (const target of importsOf(root, entry, DYNAMIC_IMPORT)) add(target, 'start-up import');
  }
  return [...loaded].map(([file, via]) => ({ file, via }));
}

/** The worker's script, as the manifest names it. */
export function workerScript(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
  };
  const file = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (file === undefined) throw new Error('The manifest names no background script.');
  return file;
}
