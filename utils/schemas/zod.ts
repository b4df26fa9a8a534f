/**
 * Zod, as every schema of Quorum imports it: never from 'zod' itself (a lint rule holds it),
 * so this runs before the first schema is built, in every context that has schemas (the
 * worker and the pages). Zod decides as it builds each object schema whether to compile a
 * fast parser with `new Function`, after probing whether eval is allowed. The extension's CSP
 * forbids eval everywhere, so the probe could only fail, and strict CSPs report even a caught
 * attempt: jitless skips the probe and the compiler, and parses exactly as before.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
