import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIST } from '../support/paths';

// first-paint.js runs before every new tab and popup is parsed, and the parser waits for it.
// It reads only localStorage. The bundler's auto-imports match names, not scopes: a local
// variable called `storage` once pulled WXT's whole extension-storage module into it, which
// tripled its size and ran that module's set-up before the first frame.
describe('the first-paint script', () => {
  const code = readFileSync(join(CHROME_DIST, 'first-paint.js'), 'utf8');

  it('paints from localStorage and brings no extension-storage code with it', () => {
    expect(code).toContain('localStorage');
    expect(code).not.toMatch(/\.storage\.(local|sync|session|managed)\b/);
    expect(code).not.toMatch(/Storage migration|defineItem|onChanged/);
  });

  it('imports nothing: it is a classic script, whole in one file', () => {
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\s*["'{*]/);
  });
});
