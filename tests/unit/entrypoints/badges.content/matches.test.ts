import { describe, expect, it } from 'vitest';
import definition from '../../../../entrypoints/badges.content/index';
import { badgeMatchPatterns, SOURCES } from '../../../../utils/sources';

describe('the badges content script definition', () => {
  it('matches every host of the source registry, and nothing else, from the registry itself', () => {
    expect(definition.matches).toEqual(badgeMatchPatterns());
    expect(definition.registration).toBe('manifest');
    const hosts = SOURCES.flatMap((source) => source.hosts);
    expect(new Set(definition.matches as string[])).toEqual(new Set(hosts.map((host) => `https://${host}/*`)));
  });

  it('does not announce itself to the page', () => {
    expect(definition.noScriptStartedPostMessage).toBe(true);
  });
});
