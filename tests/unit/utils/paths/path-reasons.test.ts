import { describe, expect, it } from 'vitest';
import { pathStepReasons, relatedToPathReason } from '../../../../utils/paths/path-reasons';

describe('pathStepReasons', () => {
  const path = { title: 'Consensus', steps: ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'] };

  it('says where each step stands on the reader’s path', () => {
    const reasons = pathStepReasons(path);
    expect(reasons.get('https://b.example/2')).toEqual([
      { kind: 'path', text: 'On your path “Consensus”: step 2 of 3.' },
    ]);
    expect(reasons.get('https://a.example/1')?.[0]?.text).toBe('On your path “Consensus”: step 1 of 3.');
    expect(reasons.get('https://elsewhere.example/')).toBeUndefined();
  });

  it('gives nothing without a path, and tells a step named twice by its first place', () => {
    expect(pathStepReasons(undefined).size).toBe(0);
    const twice = pathStepReasons({ title: 'Replication', steps: ['https://a.example/1', 'https://a.example/1'] });
    expect(twice.get('https://a.example/1')?.[0]?.text).toBe('On your path “Replication”: step 1 of 2.');
  });
});

describe('relatedToPathReason', () => {
  it('names the path’s topics the article shares, at most two, in the article’s order', () => {
    expect(
      relatedToPathReason(
        'Consensus',
        ['time-and-order', 'consensus', 'replication'],
        ['consensus', 'replication', 'time-and-order'],
      ),
    ).toEqual({
      kind: 'related-to-path',
      text: 'Related to your path “Consensus”: on “Time and order” and “Consensus”, like the path’s steps.',
    });
    expect(relatedToPathReason('Consensus', ['streaming', 'consensus'], ['consensus']).text).toBe(
      'Related to your path “Consensus”: on “Consensus”, like the path’s steps.',
    );
  });

  it('names the path alone when no topic is shared', () => {
    expect(relatedToPathReason('Consensus', ['streaming'], ['consensus']).text).toBe(
      'Related to your path “Consensus”.',
    );
  });
});
