// Bundled by page-bundle.ts and evaluated inside an extension page: it hands the benchmark
// Quorum's own query code plus the raw-IndexedDB mirror, on the extension's real database.
import { openExisting, productOperations, rawOperations } from '../library-operations';

async function connect() {
  const raw = await openExisting();
  return { product: productOperations(), raw: rawOperations(raw) };
}

export type LibraryBench = Awaited<ReturnType<typeof connect>>;

(globalThis as unknown as { quorumBench: Promise<LibraryBench> }).quorumBench = connect();
