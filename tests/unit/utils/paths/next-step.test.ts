import { describe, expect, it } from 'vitest';
import { doneLabel, pathStatus, progressLabel, whyNext } from '../../../../utils/paths/next-step';
import type { LearningPath } from '../../../../utils/schemas/learning-paths';

const U = (name: string) => `https://x.example/${name}`;
const path = (steps: string[]): LearningPath => ({
  id: 'consensus',
  title: 'Consensus',
  summary: '',
  packId: 'pack:starter',
  steps: steps.map(U),
});
const readOf = (...names: string[]) => {
  const read = new Set(names.map(U));
  return (url: string) => read.has(url);
};
const none = new Set<string>();

describe('pathStatus', () => {
  it('starts at the first step of an untouched path', () => {
    const status = pathStatus(path(['a', 'b', 'c']), readOf(), none);
    expect(status).toMatchObject({ next: { url: U('a'), index: 0 }, done: 0, total: 3, finished: false });
    expect(progressLabel(status)).toBe('Consensus · step 1 of 3');
  });

  it('skips steps already read, wherever they were read', () => {
    const status = pathStatus(path(['a', 'b', 'c', 'd']), readOf('a', 'c'), none);
    expect(status.next).toEqual({ url: U('b'), index: 1 });
    expect(status).toMatchObject({ read: 2, done: 2 });
    expect(doneLabel(status)).toBe('2 of 4 done');
  });

  it('skips steps the reader chose to skip, and counts them as done but not read', () => {
    const status = pathStatus(path(['a', 'b', 'c']), readOf('a'), new Set([U('b')]));
    expect(status.next).toEqual({ url: U('c'), index: 2 });
    expect(status).toMatchObject({ read: 1, done: 2 });
    expect(progressLabel(status)).toBe('Consensus · step 3 of 3');
    expect(doneLabel(status)).toBe('2 of 3 done, 1 skipped');
  });

  it('lists the skipped steps in the path’s order, and drops one once it is read', () => {
    // Skipped in another order than the path's, and one of them read afterwards.
    const skipped = new Set([U('d'), U('b'), U('c'), U('elsewhere')]);
    const status = pathStatus(path(['a', 'b', 'c', 'd', 'e']), readOf('c'), skipped);
    expect(status.skipped).toEqual([U('b'), U('d')]);
    expect(status).toMatchObject({ read: 1, done: 3, next: { url: U('a'), index: 0 } });
    expect(doneLabel(status)).toBe('3 of 5 done, 2 skipped');
  });

  it('reports a path whose every step is read or skipped as finished', () => {
    const status = pathStatus(path(['a', 'b']), readOf('a'), new Set([U('b')]));
    expect(status.next).toBeUndefined();
    expect(status.finished).toBe(true);
    expect(progressLabel(status)).toBe('Consensus · finished');
    expect(doneLabel(status)).toBe('Finished, 1 skipped');
    expect(doneLabel(pathStatus(path(['a', 'b']), readOf('a', 'b'), none))).toBe('Finished');
  });

  it('brings a finished path back when its pack adds a step, even one placed early', () => {
    const before = pathStatus(path(['a', 'c']), readOf('a', 'c'), none);
    expect(before.finished).toBe(true);
    const after = pathStatus(path(['a', 'b', 'c']), readOf('a', 'c'), none);
    expect(after).toMatchObject({ next: { url: U('b'), index: 1 }, finished: false, done: 2, total: 3 });
  });

  it('ignores skips of steps the pack no longer has', () => {
    const status = pathStatus(path(['a', 'b']), readOf(), new Set([U('gone')]));
    expect(status).toMatchObject({ done: 0, next: { url: U('a') } });
  });
});

describe('whyNext', () => {
  const articles = new Map([
    [U('a'), { url: U('a'), title: 'Paxos Made Simple' }],
    [U('b'), { url: U('b'), title: 'Raft' }],
    [U('c'), { url: U('c'), title: 'Paxos Made Live', prerequisites: [U('a')] }],
  ]);

  it('names a prerequisite the reader has read', () => {
    const isRead = readOf('a', 'b');
    expect(whyNext(pathStatus(path(['a', 'b', 'c']), isRead, none), articles, isRead)).toBe(
      'It builds on “Paxos Made Simple”, which you have read.',
    );
  });

  it('says where the path begins, or which step it follows', () => {
    expect(whyNext(pathStatus(path(['a', 'b']), readOf(), none), articles, readOf())).toBe(
      'It is where “Consensus” begins.',
    );
    expect(whyNext(pathStatus(path(['a', 'b']), readOf('a'), none), articles, readOf())).toBe(
      'It follows “Paxos Made Simple” in this path.',
    );
  });
});
