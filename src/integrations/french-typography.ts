import type { AstroIntegration } from 'astro';
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frenchSpacing } from '../lib/typography.ts';

/** Applies French spacing (src/lib/typography.ts) to every built page, before search indexing. */
export default function frenchTypography(): AstroIntegration {
  return {
    name: 'parlons-en:french-typography',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter(
          (e) => e.isFile() && e.name.endsWith('.html'),
        );
        await Promise.all(
          files.map(async (e) => {
            const path = join(e.parentPath, e.name);
            await writeFile(path, frenchSpacing(await readFile(path, 'utf8')));
          }),
        );
        const timings = process.env['PARLONS_EN_TIMINGS'];
        const ms = Math.round(performance.now() - started);
        if (timings) await appendFile(timings, JSON.stringify({ step: 'typography', ms }) + '\n');
      },
    },
  };
}
