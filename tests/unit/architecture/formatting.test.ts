import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths';

/** `npm run lint` ends with prettier --check; this shows the check refuses unformatted code. */
describe('the format check', () => {
  it('accepts a file of the tree as it is and refuses it once its formatting is broken', async () => {
    const filePath = resolve(ROOT, 'utils/url.ts');
    const source = readFileSync(filePath, 'utf8');
    const options = { ...(await prettier.resolveConfig(filePath)), filepath: filePath };
    expect(await prettier.check(source, options)).toBe(true);
    const planted = source.replace(/^(\s*)return /m, '$1return    ');
    expect(planted).not.toBe(source);
    expect(await prettier.check(planted, options)).toBe(false);
  });
});
