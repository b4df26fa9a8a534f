import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths';

/**
 * A clone is all a contributor has: no file may send its reader to notes kept outside the
 * repository. Checked over every tracked text file, this test included (its patterns are
 * spelled so that they do not match themselves).
 */
const OUTSIDE = [/\.\.\/shared\b/, /\bshared\/reference\b/, /\bDESIGN\.md\b/];

describe('the repository stands on its own', () => {
  it('has no file that points to notes outside it', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.(ts|tsx|mjs|js|json|md|css|html|yml)$/.test(file) && file !== 'package-lock.json');
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return OUTSIDE.some((pattern) => pattern.test(text));
    });
    expect(offenders).toEqual([]);
  });
});
