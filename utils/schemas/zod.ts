/**
 * Zod, as every schema of Quorum imports it: never from 'zod' itself (a lint rule holds it),
 * so this runs before the first schema is built, in every context that has schemas (the
 * worker and the pages). Zod decides as it builds each object schema whether to compile a
 * fast parser with `new Function`, after probing whether eval is allowed. The extension's CSP
 * forbids eval everywhere, so the probe could only fail, and strict CSPs report even a caught
 * attempt: jitless skips the probe and the compiler, and parses exactly as before.
 *
 * It is Zod Mini: the same parser and checks, written as functions rather than methods, so the
 * bundles carry only what the schemas use (a page's first chunk and the worker are measured by
 * tests/bench/bundle-size.bench.test.ts). Mini loads no messages of its own: the English ones
 * are the messages full Zod gives, which users read in import and pack errors.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());
z.config({ jitless: true });

export { z };
