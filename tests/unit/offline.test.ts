import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseIdList } from '../../src/lib/data-file.ts';
import {
  LESSONS_CACHE,
  OFFLINE_HELP_IDS,
  OFFLINE_PAGE,
  SEARCH_FILES_URL,
  SHELL_PAGES,
  cacheName,
  precachePages,
  searchFiles,
} from '../../src/lib/offline.ts';

describe('what the service worker caches on the first visit', () => {
  const built = [
    '/',
    '/aide/',
    '/aide/chantage/',
    '/aide/chantage/parents/',
    '/aide/ressources/',
    '/ateliers/',
    '/ateliers/sextorsion/',
    '/parents/',
    '/parents/signaux-d-alerte/',
    '/intervenants/',
    '/intervenants/protocole/',
    '/presentations/sextorsion/',
  ];

  it('is the shell with every help page, the directory and every parent guide, never a lesson or a deck', () => {
    expect(precachePages(built)).toEqual([
      '/',
      '/404.html',
      '/aide/',
      '/aide/chantage/',
      '/aide/chantage/parents/',
      '/aide/ressources/',
      '/ateliers/',
      OFFLINE_PAGE,
      '/intervenants/',
      '/parents/',
      '/parents/signaux-d-alerte/',
    ]);
  });

  it('always holds the offline page, even when the build lists no page', () => {
    expect(SHELL_PAGES).toContain('/hors-ligne/');
    expect(precachePages([])).toContain(OFFLINE_PAGE);
  });
});

describe('the search index saved for offline use', () => {
  it('keeps the engine, the index, filters and fragments, not the prebuilt UIs', () => {
    const files = [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.fr.pagefind',
      '/pagefind/pagefind.fr_bf4b2fc963.pf_meta',
      '/pagefind/index/fr_1369cf5.pf_index',
      '/pagefind/fragment/fr_11344e3.pf_fragment',
      '/pagefind/filter/fr_12c16ff.pf_filter',
      '/pagefind/pagefind-ui.js',
      '/pagefind/pagefind-ui.css',
      '/pagefind/pagefind-component-ui.js',
      '/pagefind/pagefind-modular-ui.css',
      '/pagefind/pagefind-highlight.js',
      '/ateliers/index.html',
    ];
    expect(searchFiles(files)).toEqual([
      '/pagefind/filter/fr_12c16ff.pf_filter',
      '/pagefind/fragment/fr_11344e3.pf_fragment',
      '/pagefind/index/fr_1369cf5.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.fr_bf4b2fc963.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.fr.pagefind',
    ]);
  });
});

describe('cacheName', () => {
  it('names the build’s cache so the worker can tell it from older ones', () => {
    expect(cacheName('0123456789ab')).toMatch(/^parlons-en-[0-9a-f]{12}$/);
  });
});

describe('the generated service worker', () => {
  it('is valid JavaScript that routes hashed files cache-first and pages through the timeout', async () => {
    const { worker } = await import('../../src/integrations/service-worker.ts');
    const source = worker('parlons-en-0123456789ab', ['/', '/hors-ligne/']);
    expect(() => new Script(source)).not.toThrow();
    const hashed = new RegExp(/if \((\/.*\/)\.test\(key\)\)/.exec(source)![1]!.slice(1, -1));
    for (const key of [
      '/_astro/a.B1.js',
      '/images/x.svg',
      '/pagefind/index/fr_1.pf_index',
      '/pagefind/p.fr_1.pf_meta',
    ])
      expect(hashed.test(key), key).toBe(true);
    for (const key of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/aide/', '/x/x.pdf'])
      expect(hashed.test(key), key).toBe(false);
    expect(source).toContain('const TIMEOUT = 3000;');
    expect(source).toContain('const OFFLINE = "/hors-ligne/";');
  });
});

describe('what is saved offline, exact edges', () => {
  it('takes help and parent pages only from the top of the site, not a folder of that name deeper down', () => {
    expect(precachePages(['/aide/x/', '/ateliers/parents/', '/quiz/aide/'])).toEqual(
      [...SHELL_PAGES, '/aide/x/'].sort(),
    );
  });

  it('drops only the prebuilt UIs themselves, not a file whose name merely starts like one', () => {
    expect(searchFiles(['/pagefind/pagefind-ui.json', '/pagefind/pagefind-highlight.js.map'])).toEqual([
      '/pagefind/pagefind-highlight.js.map',
      '/pagefind/pagefind-ui.json',
    ]);
  });
});

describe('the offline page and caches, by name', () => {
  it('lists help services that exist in the data, for Belgium and for France', () => {
    const path = 'workshops/data/resources.yaml';
    const byId = new Map(parseIdList(readFileSync(path, 'utf8'), path).map((r) => [r['id'], r]));
    for (const id of OFFLINE_HELP_IDS) expect(byId.has(id), id).toBe(true);
    expect(new Set(OFFLINE_HELP_IDS.map((id) => byId.get(id)?.['country']))).toEqual(new Set(['BE', 'FR']));
  });

  it('keeps the prepared lessons in a cache of the site that no new build clears', () => {
    expect(LESSONS_CACHE).toMatch(/^parlons-en-/);
    expect(LESSONS_CACHE).not.toMatch(/^parlons-en-[0-9a-f]{12}$/);
    expect(LESSONS_CACHE).not.toBe(cacheName('0123456789ab'));
  });

  it('lists the search files in a JSON file at the root of the site', () => {
    expect(SEARCH_FILES_URL).toMatch(/^\/[\w-]+\.json$/);
  });
});
