// Unit tests run on fakes: an in-memory IndexedDB and WXT's fake browser APIs.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { provideRelevanceModel } from '../../utils/curation/load-relevance-model';
import { TRAINED_MODEL } from '../support/relevance-model';

provideRelevanceModel(TRAINED_MODEL);

beforeEach(() => {
  fakeBrowser.reset();
});
