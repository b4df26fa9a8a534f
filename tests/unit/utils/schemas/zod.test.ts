import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodWithoutEvalProbe } from '../../../../scripts/zod-without-eval-probe.mjs';
import { ArticleSchema } from '../../../../utils/schemas/article';
import { z } from '../../../../utils/schemas/zod';
import { ROOT } from '../../../support/paths';

describe('Zod in Quorum', () => {
  it('runs jitless once any schema module is loaded', () => {
    expect(ArticleSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it('gives the English messages users read in import and pack errors (Zod Mini loads none itself)', () => {
    const result = z.object({ title: z.string() }).safeParse({ title: 3 });
    expect(result.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });

  it("leaves Zod's eval probe out of the build, for this version of Zod", () => {
    // The file the build bundles (zod's ESM build), read as the bundler reads it.
    const id = resolve(ROOT, 'node_modules/zod/v4/core/util.js');
    const source = readFileSync(id, 'utf8');
    const warnings: string[] = [];
    const plugin = zodWithoutEvalProbe() as unknown as {
      transform(this: { warn(message: string): void }, code: string, id: string): { code: string } | null;
    };
    const result = plugin.transform.call({ warn: (message) => warnings.push(message) }, source, id);
    expect(warnings).toEqual([]);
    expect(source).toContain('new F("")');
    expect(result?.code).not.toContain('new F("")');
  });
});
