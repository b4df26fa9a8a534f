import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIST } from '../support/paths';

// The extension's CSP forbids eval in every context, and add-on linters (so store review)
// report any call that compiles code from a string, even one that is never reached. Smaller
// dependencies or another Zod build must not bring one back.
const COMPILES_STRINGS = /(?<![\w$.])(?:eval|Function)\s*\(/;

const scripts = readdirSync(CHROME_DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .sort();

describe('the built scripts', () => {
  it('are found (the build ran)', () => {
    expect(scripts).toContain('background.js');
    expect(scripts.some((file) => file.startsWith('chunks/'))).toBe(true);
  });

  it.each(scripts)('%s compiles no code from strings (no eval, no Function constructor)', (file) => {
    const code = readFileSync(join(CHROME_DIST, file), 'utf8');
    expect(COMPILES_STRINGS.exec(code)?.[0] ?? 'none').toBe('none');
  });
});
