import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths';

/**
 * The boundaries in eslint.config.js are only worth having if they refuse what they forbid:
 * each case plants one violation in a file of the folder it guards and expects the rule to
 * fire, and each allowed twin checks that the rule does not fire on everything.
 */
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const CONTENT_SCRIPT = 'entrypoints/badges.content/planted.ts';
const UTILS = 'utils/planted.ts';
const PAGE = 'entrypoints/newtab/planted.ts';
const COMPONENT = 'components/planted.tsx';

describe('import boundaries', () => {
  // ESLint loads its parser and every plugin on the first file: seconds on a busy machine.
  beforeAll(() => ruleIds(UTILS, 'export {};\n'), 60_000);

  it.each([
    ['Zod', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['Dexie', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['the database singleton', "import { db } from '@/utils/db';\nexport const d = db;\n"],
    ['a database module', "import { setRead } from '../../utils/db/reading-state';\nexport const f = setRead;\n"],
    ['React', "import { useState } from 'react';\nexport const f = useState;\n"],
  ])('keep the content script free of %s', async (_name, code) => {
    expect(await ruleIds(CONTENT_SCRIPT, code)).toContain('no-restricted-imports');
  });

  it('let the content script import shared pure code', async () => {
    const code = "import { canonicalUrl } from '@/utils/url';\nexport const f = canonicalUrl;\n";
    expect(await ruleIds(CONTENT_SCRIPT, code)).toEqual([]);
  });

  it.each([
    [
      'entry points',
      "import { startBadges } from '../entrypoints/badges.content/start-badges';\nexport const f = startBadges;\n",
    ],
    ['components', "import { PickCard } from '@/components/pick-card';\nexport const f = PickCard;\n"],
  ])('keep utils/ from importing %s', async (_name, code) => {
    expect(await ruleIds(UTILS, code)).toContain('no-restricted-imports');
  });

  it('let utils/ import utils/', async () => {
    const code = "import { canonicalUrl } from './url';\nexport const f = canonicalUrl;\n";
    expect(await ruleIds(UTILS, code)).toEqual([]);
  });

  it.each([PAGE, COMPONENT])('keep Dexie out of pages and components (%s)', async (file) => {
    const code = "import Dexie from 'dexie';\nexport const d = Dexie;\n";
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    [UTILS, "import { parseRssFeed } from 'feedsmith';\nexport const f = parseRssFeed;\n"],
    [UTILS, "import { decodeHTML } from 'entities';\nexport const f = decodeHTML;\n"],
    [PAGE, "import { XMLParser } from 'fast-xml-parser';\nexport const P = XMLParser;\n"],
  ])('keep the test-only references out of shipped code (%s)', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([PAGE, COMPONENT])('send table reads in pages through utils/db (%s)', async (file) => {
    const code = "import { db } from '@/utils/db';\nexport const count = () => db.articles.count();\n";
    expect(await ruleIds(file, code)).toContain('no-restricted-syntax');
  });

  it('let pages call the queries in utils/db', async () => {
    const code =
      "import { db } from '@/utils/db';\nimport { queryPicks } from '@/utils/db/queries';\n" +
      'export const picks = () => queryPicks(db, { limit: 3, threshold: 0 });\n';
    expect(await ruleIds(PAGE, code)).toEqual([]);
  });
});
