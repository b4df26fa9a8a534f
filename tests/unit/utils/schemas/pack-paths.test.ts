import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../../utils/feeds/parse-pack';

function item(slug: string, extra: Record<string, unknown> = {}) {
  return {
    url: `https://example.com/${slug}`,
    title: `Item ${slug}`,
    source: 'Example',
    summary: 'What it teaches. Why it matters.',
    topics: ['consensus'],
    level: 'intro',
    minutes: 10,
    ...extra,
  };
}
const url = (slug: string) => `https://example.com/${slug}`;

function pack(items: unknown[], paths?: unknown[]) {
  return {
    format: 'quorum-pack',
    version: 2,
    title: 'Test',
    updated: '2026-01-01',
    items,
    ...(paths ? { paths } : {}),
  };
}
const path = (steps: string[]) => ({
  id: 'consensus',
  title: 'Consensus',
  summary: 'Agreeing.',
  steps: steps.map(url),
});

function errorOf(value: unknown): string {
  const result = parsePack(value);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.error;
}

describe('pack format version 2', () => {
  it('accepts levels, minutes, prerequisites, a gentler item and a path in teaching order', () => {
    const result = parsePack(
      pack([item('a'), item('b', { prerequisites: [url('a')], easier: url('c') }), item('c')], [path(['a', 'c', 'b'])]),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.paths?.[0]?.steps).toHaveLength(3);
  });

  it('still reads a version 1 pack, which has neither levels nor paths', () => {
    const v1 = { ...pack([{ ...item('a'), level: undefined, minutes: undefined }]), version: 1 };
    const result = parsePack(v1);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.items[0]?.level).toBeUndefined();
  });

  it('refuses paths in a version 1 pack', () => {
    expect(errorOf({ ...pack([item('a')], [path(['a'])]), version: 1 })).toContain('paths need "version": 2');
  });

  it('requires a level and minutes on every version 2 item, naming it', () => {
    expect(errorOf(pack([item('a', { level: undefined })]))).toContain('"Item a" needs a level');
    expect(errorOf(pack([item('a', { minutes: undefined })]))).toContain('"Item a" needs minutes');
  });

  it('refuses a path step that is not an item of the pack', () => {
    expect(errorOf(pack([item('a')], [path(['a', 'missing'])]))).toContain(
      'step 2 of path "consensus" is not an item of this pack: https://example.com/missing',
    );
  });

  it('refuses a step that comes before its prerequisite, naming both', () => {
    const error = errorOf(pack([item('a'), item('b', { prerequisites: [url('a')] })], [path(['b', 'a'])]));
    expect(error).toContain('path "consensus" puts "Item b" (step 1) before its prerequisite "Item a" (step 2)');
  });

  it('refuses a step that comes before an indirect prerequisite', () => {
    const items = [item('a'), item('b', { prerequisites: [url('a')] }), item('c', { prerequisites: [url('b')] })];
    expect(errorOf(pack(items, [path(['c', 'a'])]))).toContain('"Item c" (step 1) before its prerequisite "Item a"');
  });

  it('refuses a prerequisite cycle, naming the items in it', () => {
    const items = [
      item('a', { prerequisites: [url('c')] }),
      item('b', { prerequisites: [url('a')] }),
      item('c', { prerequisites: [url('b')] }),
    ];
    expect(errorOf(pack(items))).toMatch(
      /prerequisites go round in a circle: "Item \w" → "Item \w" → "Item \w" → "Item \w"/,
    );
  });

  it('refuses an item that is its own prerequisite', () => {
    expect(errorOf(pack([item('a', { prerequisites: [url('a')] })]))).toContain(
      '"Item a" names itself as its own prerequisite',
    );
  });

  it('refuses a prerequisite or gentler item that is not in the pack', () => {
    expect(errorOf(pack([item('a', { prerequisites: [url('x')] })]))).toContain(
      '"Item a" names a prerequisite that is not an item of this pack',
    );
    expect(errorOf(pack([item('a', { easier: url('x') })]))).toContain('"Item a" names a gentler item');
  });

  it('matches steps to items by canonical URL', () => {
    const steps = ['https://example.com/a?utm_source=feed', url('b')];
    const result = parsePack(pack([item('a'), item('b')], [{ ...path([]), steps }]));
    expect(result.ok).toBe(true);
  });

  it('refuses two paths with the same id and a step listed twice', () => {
    expect(errorOf(pack([item('a')], [path(['a']), path(['a'])]))).toContain('two paths are called "consensus"');
    expect(errorOf(pack([item('a')], [path(['a', 'a'])]))).toContain('lists "Item a" twice');
  });
});
