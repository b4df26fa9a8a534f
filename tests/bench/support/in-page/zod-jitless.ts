// Imported first by bundles that run Zod schemas inside the extension (Zod Mini, as Quorum's
// schemas are). Zod compiles fast paths with `new Function` when it finds eval allowed,
// deciding as each schema is built. Extension CSP forbids eval, so Quorum's own copy never
// compiles; but a bundle evaluated through DevTools is exempt while it starts, so its copy
// would decide it may, then fail at the first parse after an await. jitless is exactly how
// Quorum's copy runs there.
import * as z from 'zod/mini';

z.config({ jitless: true });
