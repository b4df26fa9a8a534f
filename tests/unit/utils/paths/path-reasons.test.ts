import { describe, expect, it } from 'vitest';
import { pathStepReasons, relatedToPathReason } from '../../../../utils/paths/path-reasons';

describe('pathStepReasons', () => {
  const consensus = {
    id: 'consensus',
    title: 'Consensus',
    steps: ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'],
  };
  const time = { id: 'time', title: 'Time and order', steps: ['https://t.example/1', 'https://b.example/2'] };
  const replication = { id: 'replication', title: 'Replication', steps: ['https://b.example/2'] };

  it('says where each step stands on the reader’s path', () => {
    const reasons = pathStepReasons([consensus], 'consensus');
    expect(reasons.get('https://c.example/3')).toEqual([
      { kind: 'path', text: 'On your path “Consensus”: step 3 of 3.' },
    ]);
    expect(reasons.get('https://a.example/1')?.[0]?.text).toBe('On your path “Consensus”: step 1 of 3.');
    expect(reasons.get('https://elsewhere.example/')).toBeUndefined();
  });

  it('names the other paths a step is on, after the reader’s own, at most two of them', () => {
    const reasons = pathStepReasons([consensus, time, replication], 'consensus');
    expect(reasons.get('https://b.example/2')?.map((reason) => reason.text)).toEqual([
      'On your path “Consensus”: step 2 of 3.',
      'Also on the learning paths “Time and order” (step 2 of 2) and “Replication” (step 1 of 1).',
    ]);
    expect(reasons.get('https://t.example/1')?.map((reason) => reason.text)).toEqual([
      'On the learning path “Time and order”: step 1 of 2.',
    ]);
    expect(pathStepReasons([consensus, time, replication], null).get('https://b.example/2')?.[0]?.text).toBe(
      'On the learning paths “Consensus” (step 2 of 3), “Time and order” (step 2 of 2) and “Replication” (step 1 of 1).',
    );
    const fourth = { id: 'fourth', title: 'Fourth', steps: ['https://b.example/2'] };
    expect(pathStepReasons([consensus, time, replication, fourth], null).get('https://b.example/2')?.[0]?.text).toBe(
      'On the learning paths “Consensus” (step 2 of 3), “Time and order” (step 2 of 2) and 2 more.',
    );
  });

  it('tells every path’s steps before the reader chooses one, and nothing without paths', () => {
    expect(pathStepReasons([consensus], null).get('https://a.example/1')?.[0]?.text).toBe(
      'On the learning path “Consensus”: step 1 of 3.',
    );
    expect(pathStepReasons([], undefined).size).toBe(0);
  });

  it('tells a step named twice on one path by its first place', () => {
    const twice = { id: 'r', title: 'Replication', steps: ['https://a.example/1', 'https://a.example/1'] };
    expect(pathStepReasons([twice], 'r').get('https://a.example/1')?.[0]?.text).toBe(
      'On your path “Replication”: step 1 of 2.',
    );
    expect(pathStepReasons([twice], null).get('https://a.example/1')?.[0]?.text).toBe(
      'On the learning path “Replication”: step 1 of 2.',
    );
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
