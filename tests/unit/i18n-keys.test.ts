import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('src/i18n/fr.json', () => {
  it('names each key once (JSON keeps the last of two silently, and a label changes elsewhere)', () => {
    const raw = readFileSync('src/i18n/fr.json', 'utf8');
    const keys = [...raw.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
