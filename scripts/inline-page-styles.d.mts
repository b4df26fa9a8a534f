// Types for scripts/inline-page-styles.mjs, which wxt.config.ts imports.
import type { Plugin } from 'vite';

export function inlinePageStyles(html: string, stylesheet: (href: string) => string | undefined): string;
export function inlinePageStylesPlugin(): Plugin;
