import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeOpenedFromQuorum } from '../../../../entrypoints/badges.content/take-opened-from-quorum';
import {
  OPENED_FROM_QUORUM_KEY,
  OPENED_FROM_QUORUM_TTL_MS,
  recordOpenedFromQuorum,
} from '../../../../utils/badges/opened-from-quorum';

const A = 'https://jepsen.io/analyses/etcd-3.4.3';
const B = 'https://aphyr.com/posts/313';
const stored = async () => (await fakeBrowser.storage.local.get(OPENED_FROM_QUORUM_KEY))[OPENED_FROM_QUORUM_KEY];

describe('the opened-from-Quorum note', () => {
  it('is found once, by the article Quorum opened', async () => {
    await recordOpenedFromQuorum(A, 1_000);
    expect(await takeOpenedFromQuorum(A, 2_000)).toBe(true);
    expect(await takeOpenedFromQuorum(A, 2_001)).toBe(false);
    expect(await stored()).toBeUndefined();
  });

  it("is left for its own tab when another article's page looks", async () => {
    await recordOpenedFromQuorum(A, 1_000);
    expect(await takeOpenedFromQuorum(B, 1_500)).toBe(false);
    expect(await takeOpenedFromQuorum(A, 1_600)).toBe(true);
  });

  it('is one write, of the latest article', async () => {
    await recordOpenedFromQuorum(A, 1_000);
    await recordOpenedFromQuorum(B, 1_001);
    expect(await stored()).toEqual({ url: B, at: 1_001 });
  });

  it('expires, so a later visit is not taken for one from Quorum, and is dropped then', async () => {
    await recordOpenedFromQuorum(A, 1_000);
    expect(await takeOpenedFromQuorum(B, 1_000 + OPENED_FROM_QUORUM_TTL_MS)).toBe(false);
    expect(await stored()).toBeUndefined();
  });

  it('shrugs off whatever else is stored under its key', async () => {
    for (const junk of [{ url: A, at: 'yesterday' }, 'garbage', null, { at: 5 }]) {
      await fakeBrowser.storage.local.set({ [OPENED_FROM_QUORUM_KEY]: junk });
      expect(await takeOpenedFromQuorum(A, 10)).toBe(false);
    }
  });
});
