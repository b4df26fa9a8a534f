import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BADGES_SCRIPT,
  exactOrigin,
  registerBadgesForOrigin,
  restoreBadgeOrigins,
  unregisterBadgesForOrigin,
} from '../../../../utils/badges/register-origin';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
}

/** A small stand-in for chrome.scripting's registry, and granted permissions. */
function fakeScripting(granted: string[] = []) {
  const registered = new Map<string, Script>();
  const api = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    ),
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
  };
  Object.assign(fakeBrowser.scripting, api);
  Object.assign(fakeBrowser.permissions, { getAll: vi.fn(async () => ({ origins: granted, permissions: [] })) });
  return { registered, api };
}

beforeEach(() => {
  vi.restoreAllMocks();
});

describe('exactOrigin', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['https://Example.org/', 'https://example.org'],
    ['https://example.org/*', 'https://example.org'],
    ['http://blog.example.org:8080/*', 'http://blog.example.org:8080'],
  ])('%s is the origin %s', (input, origin) => expect(exactOrigin(input)).toBe(origin));

  it.each([
    'https://*/*',
    '*://example.org/*',
    'https://*.example.org/*',
    '<all_urls>',
    'ftp://example.org/',
    'https://example.org/path',
    'not a url',
  ])('%s is not one exact origin', (input) => expect(exactOrigin(input)).toBeNull());
});

describe('run-time registration of the badges script', () => {
  it('registers the built script for exactly the granted origin, once', async () => {
    const { registered, api } = fakeScripting();
    expect(await registerBadgesForOrigin('https://example.org')).toBe(true);
    expect(await registerBadgesForOrigin('https://example.org/*')).toBe(false);
    expect([...registered.values()]).toEqual([
      {
        id: 'quorum-badges:https://example.org',
        matches: ['https://example.org/*'],
        js: [BADGES_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(api.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('leaves hosts the manifest already covers alone, and refuses wildcards', async () => {
    const { api } = fakeScripting();
    expect(await registerBadgesForOrigin('https://news.ycombinator.com')).toBe(false);
    await expect(registerBadgesForOrigin('https://*/*')).rejects.toThrow('Not a single http(s) origin');
    expect(api.registerContentScripts).not.toHaveBeenCalled();
  });

  it('survives the race between the options page and the permissions listener', async () => {
    fakeScripting();
    const results = await Promise.all([
      registerBadgesForOrigin('https://example.org'),
      registerBadgesForOrigin('https://example.org'),
    ]);
    expect(results.sort()).toEqual([false, true]);
  });

  it('unregisters an origin whose permission is gone', async () => {
    const { registered } = fakeScripting();
    await registerBadgesForOrigin('https://example.org');
    await unregisterBadgesForOrigin('https://example.org/*');
    await unregisterBadgesForOrigin('https://example.org/*');
    expect(registered.size).toBe(0);
  });

  it('on start, follows the granted optional origins: adds the missing, drops the withdrawn', async () => {
    const { registered } = fakeScripting([
      'https://dev.to/*',
      'https://*/*',
      'https://new.example/*',
      'https://kept.example/*',
    ]);
    registered.set('quorum-badges:https://kept.example', { id: 'quorum-badges:https://kept.example' });
    registered.set('quorum-badges:https://gone.example', { id: 'quorum-badges:https://gone.example' });
    registered.set('someone-else', { id: 'someone-else' });
    await restoreBadgeOrigins();
    expect([...registered.keys()].sort()).toEqual([
      'quorum-badges:https://kept.example',
      'quorum-badges:https://new.example',
      'someone-else',
    ]);
  });
});
