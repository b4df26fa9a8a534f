import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  hasFilters,
  hashFromView,
  VIEWS,
  viewFromHash,
  withoutFilters,
  type ViewState,
} from '../../../../utils/curation/filters';
import { TOPIC_IDS } from '../../../../utils/curation/taxonomy';

describe('view state in the URL hash', () => {
  it('reads what it writes', () => {
    const state: ViewState = {
      view: 'saved',
      topic: 'consensus',
      source: 'Jepsen & friends',
      level: 'advanced',
      showRead: true,
      showLowRelevance: true,
    };
    expect(viewFromHash(hashFromView(state))).toEqual(state);
  });
  it('writes nothing for the default view', () => {
    expect(hashFromView(DEFAULT_VIEW)).toBe('');
    expect(viewFromHash('')).toEqual(DEFAULT_VIEW);
  });
  it('ignores unknown or invalid values and keeps the valid ones', () => {
    expect(viewFromHash('#view=admin&topic=astrology&read=1&source=')).toEqual({ ...DEFAULT_VIEW, showRead: true });
  });
  it('round-trips any valid state', () => {
    const states = fc.record({
      view: fc.constantFrom(...VIEWS),
      topic: fc.option(fc.constantFrom(...TOPIC_IDS), { nil: undefined }),
      source: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
      level: fc.option(fc.constantFrom('intro' as const, 'intermediate' as const, 'advanced' as const), {
        nil: undefined,
      }),
      showRead: fc.boolean(),
      showLowRelevance: fc.boolean(),
    });
    fc.assert(
      fc.property(states, (state) => {
        const clean = Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined));
        expect(viewFromHash(hashFromView(state))).toEqual(clean);
      }),
    );
  });
});

describe('clearing filters', () => {
  it('clears every filter when merged into any state, and keeps the view', () => {
    const states = fc.record({
      view: fc.constantFrom(...VIEWS),
      topic: fc.option(fc.constantFrom(...TOPIC_IDS), { nil: undefined }),
      source: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
      level: fc.option(fc.constantFrom('intro' as const, 'intermediate' as const, 'advanced' as const), {
        nil: undefined,
      }),
      showRead: fc.boolean(),
      showLowRelevance: fc.boolean(),
    });
    fc.assert(
      fc.property(states, (state) => {
        const cleared = { ...state, ...withoutFilters(state) };
        expect(hasFilters(cleared)).toBe(false);
        expect(cleared.view).toBe(state.view);
        expect(hashFromView(cleared)).toBe(state.view === 'picks' ? '' : `#view=${state.view}`);
      }),
    );
  });
});
