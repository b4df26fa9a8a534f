import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRAINED_MODEL } from '../../../support/relevance-model';

/** A fresh copy of the loader: the test setup hands the shared one the model already. */
async function freshLoader() {
  vi.resetModules();
  return import('../../../../utils/curation/load-relevance-model');
}

function answer(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadRelevanceModel', () => {
  it('reads the packaged weights once, checked against their schema', async () => {
    const fetch = vi.fn(async (_url: string) => answer(200, JSON.stringify(TRAINED_MODEL)));
    vi.stubGlobal('fetch', fetch);
    const { loadRelevanceModel, RELEVANCE_WEIGHTS_PATH } = await freshLoader();

    expect(await loadRelevanceModel()).toEqual(TRAINED_MODEL);
    expect(await loadRelevanceModel()).toEqual(TRAINED_MODEL);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0] ?? '')).toMatch(new RegExp(`${RELEVANCE_WEIGHTS_PATH}$`));
  });

  it('says so in plain words when the file is missing or damaged, and tries again next time', async () => {
    const replies = [
      answer(404, 'Not found'),
      answer(200, '{"format":"quorum-relevance-weights","version":1'),
      answer(200, JSON.stringify({ ...TRAINED_MODEL, features: { 't:raft': 'heavy' } })),
      answer(200, JSON.stringify(TRAINED_MODEL)),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => replies.shift()!),
    );
    const { loadRelevanceModel, MODEL_UNREADABLE } = await freshLoader();

    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(loadRelevanceModel()).rejects.toThrow(MODEL_UNREADABLE);
    expect(await loadRelevanceModel()).toEqual(TRAINED_MODEL);
  });
});
