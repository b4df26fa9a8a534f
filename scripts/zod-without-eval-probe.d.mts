// Types for scripts/zod-without-eval-probe.mjs, which wxt.config.ts imports.
import type { Plugin } from 'vite';

export function zodWithoutEvalProbe(): Plugin;
