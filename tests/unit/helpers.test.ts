import { describe, expect, it } from 'vitest';
import { fromPath, fromQuery, matches, toggle, toQuery } from '../../src/lib/catalogue-filter.ts';
import { parseIdList } from '../../src/lib/data-file.ts';
import { findMdxReferences, outlineDeck } from '../../src/lib/deck-body.ts';
import { entryLocale, entrySlug } from '../../src/lib/entries.ts';
import { formatDate, hostOf, monthsBetween, paragraphs, telHref } from '../../src/lib/format.ts';
import { splitElisions } from '../../src/lib/search-text.ts';
import { frenchSpacing } from '../../src/lib/typography.ts';
import { assetUrls, scriptImports } from '../../src/lib/offline.ts';
import { compareTiers, isTierId, TIER_IDS } from '../../src/lib/tiers.ts';
import { urls } from '../../src/lib/urls.ts';
import { pageUrl } from '../../src/integrations/search-index.ts';
import { DECK_BODY } from '../support/factory.ts';

describe('splitElisions', () => {
  it('splits elided articles so the word after them is indexed alone', () => {
    expect(splitElisions('l’atelier d’aide, qu’il, jusqu’ici')).toBe(
      'l’ atelier d’ aide, qu’ il, jusqu’ ici',
    );
    expect(splitElisions("L'atelier")).toBe('L’ atelier');
  });
  it('leaves words with an inner apostrophe alone', () => {
    expect(splitElisions('aujourd’hui, presqu’île')).toBe('aujourd’hui, presqu’île');
  });
});

describe('format helpers', () => {
  it('turns a displayed number into a tel: link', () => {
    expect(telHref('116 000')).toBe('tel:116000');
    expect(telHref('0800 32 123')).toBe('tel:080032123');
    expect(telHref('+32 2 475 44 11')).toBe('tel:+3224754411');
  });
  it('formats check dates in French', () => {
    expect(formatDate(new Date('2026-11-23'))).toBe('23 novembre 2026');
  });
  it('splits YAML text into paragraphs and joins wrapped lines', () => {
    expect(paragraphs('Un\ndeux.\n\nTrois.\n')).toEqual(['Un deux.', 'Trois.']);
  });
  it('counts whole months between two dates', () => {
    expect(monthsBetween(new Date('2025-11-23'), new Date('2026-11-23'))).toBe(12);
    expect(monthsBetween(new Date('2026-01-31'), new Date('2026-02-01'))).toBe(1);
  });
  it('shows the host of a URL', () => {
    expect(hostOf('https://www.childfocus.be/fr-be/aide')).toBe('www.childfocus.be');
  });
});

describe('tiers', () => {
  it('orders tiers from the youngest to adults', () => {
    expect([...TIER_IDS].sort(compareTiers)).toEqual(['5-8', '9-12', '12-15', '15-18', 'adultes']);
    expect(['15-18', '5-8', 'adultes', '9-12'].sort((a, b) => compareTiers(a as never, b as never))).toEqual([
      '5-8',
      '9-12',
      '15-18',
      'adultes',
    ]);
  });
  it('recognises tier ids', () => {
    expect(isTierId('12-15')).toBe(true);
    expect(isTierId('12-16')).toBe(false);
  });
});

describe('entries and urls', () => {
  it('reads locale and slug from an entry id', () => {
    expect(entryLocale('fr/ateliers/sextorsion.mdx')).toBe('fr');
    expect(entrySlug('fr/ateliers/sous-dossier/sextorsion.mdx')).toBe('sextorsion');
    expect(entrySlug('fr/quiz/q.yaml')).toBe('q');
  });
  it('builds French URLs', () => {
    expect(urls.lesson('fr/ateliers/x.mdx')).toBe('/ateliers/x/');
    expect(urls.slide('fr/x.mdx', 'regles')).toBe('/presentations/x/#/regles');
    expect(urls.guide('fr/guides/g.mdx', 'parents')).toBe('/parents/g/');
  });
  it('maps built files to the URLs the search index records', () => {
    expect(pageUrl('/d/index.html', '/d')).toBe('/');
    expect(pageUrl('/d/ateliers/x/index.html', '/d')).toBe('/ateliers/x/');
    expect(pageUrl('/d/404.html', '/d')).toBe('/404');
  });
});

describe('outlineDeck', () => {
  it('lists slides with ids, notes and the help slide, counting the title slide', () => {
    const outline = outlineDeck(DECK_BODY);
    expect(outline.slides.map((s) => [s.number, s.id, s.hasNotes])).toEqual([
      [2, 'accueil', true],
      [3, 'aide', true],
    ]);
    expect(outline.endsWithHelp).toBe(true);
    expect(outline.strayText).toEqual([]);
  });
  it('sees empty notes, text outside slides and embeds', () => {
    const outline = outlineDeck(
      'Perdu\n<Slide id="a">\n<ScenarioEmbed slug="s" />\n<Notes>\n</Notes>\n</Slide>\n<Slide id="b" />',
    );
    expect(outline.slides.map((s) => s.hasNotes)).toEqual([false, false]);
    expect(outline.slides[0]!.scenario).toBe('s');
    expect(outline.strayText).toEqual(['Perdu']);
    expect(outline.endsWithHelp).toBe(false);
  });
  it('finds data references in MDX with their line', () => {
    expect(findMdxReferences('a\n<LawRef id="fr-x" />\n<QuizEmbed slug="q"/> <HelpLine />')).toEqual([
      { component: 'LawRef', target: 'laws', value: 'fr-x', line: 2 },
      { component: 'QuizEmbed', target: 'quizzes', value: 'q', line: 3 },
      { component: 'HelpLine', target: 'resources', value: '', line: 3 },
    ]);
  });
});

describe('parseIdList', () => {
  it('refuses a duplicate id, naming it and the file', () => {
    expect(() => parseIdList('- id: a\n- id: a\n', 'workshops/data/resources.yaml')).toThrow(
      /workshops\/data\/resources\.yaml › a › id : « a » apparaît deux fois/,
    );
  });
  it('refuses an entry without id', () => {
    expect(() => parseIdList('- id: a\n- name: b\n', 'f.yaml')).toThrow(/entrée 2 › id/);
  });
  it('explains the French colon pitfall on a YAML error', () => {
    expect(() => parseIdList('- id: a\n  purpose: Un texte : avec deux-points\n', 'f.yaml')).toThrow(
      /apostrophes/,
    );
  });
});

describe('catalogue filters', () => {
  const card = { tier: '12-15', topics: ['sextorsion', 'grooming'] };
  it('combines a tier and a topic', () => {
    expect(matches(card, {})).toBe(true);
    expect(matches(card, { tier: '12-15', topic: 'grooming' })).toBe(true);
    expect(matches(card, { tier: '5-8' })).toBe(false);
    expect(matches(card, { topic: 'sexting' })).toBe(false);
  });
  it('toggles a filter off when chosen again', () => {
    expect(toggle({ tier: '5-8' }, 'tier', '5-8')).toEqual({ tier: undefined });
    expect(toggle({ tier: '5-8' }, 'topic', 'grooming')).toEqual({ tier: '5-8', topic: 'grooming' });
  });
  it('round-trips through the query string and reads static filter pages', () => {
    expect(toQuery({ tier: '12-15', topic: 'sextorsion' })).toBe('?niveau=12-15&theme=sextorsion');
    expect(toQuery({})).toBe('');
    expect(fromQuery('?niveau=12-15&theme=sextorsion')).toEqual({ tier: '12-15', topic: 'sextorsion' });
    expect(fromPath('/ateliers/niveau/9-12/')).toEqual({ tier: '9-12' });
    expect(fromPath('/ateliers/theme/grooming/')).toEqual({ topic: 'grooming' });
    expect(fromPath('/ateliers/')).toEqual({});
  });
});

describe('frenchSpacing', () => {
  it('puts non-breaking spaces before French punctuation and inside guillemets', () => {
    expect(frenchSpacing('<h1>Est-ce du consentement ? Oui !</h1><p>« Non » : voilà ; fin</p>')).toBe(
      '<h1>Est-ce du consentement\u202f? Oui\u202f!</h1><p>«\u00a0Non\u00a0»\u00a0: voilà\u202f; fin</p>',
    );
  });
  it('leaves scripts, styles, attributes and URLs alone', () => {
    const html =
      '<a title="a ? b" href="https://x.be/?q=a">lien ?</a><script>if (a ? b : c) {}</script><style>a :hover{}</style>';
    expect(frenchSpacing(html)).toBe(
      '<a title="a ? b" href="https://x.be/?q=a">lien\u202f?</a><script>if (a ? b : c) {}</script><style>a :hover{}</style>',
    );
  });
});

describe('offline helpers', () => {
  it('lists the same-site assets a page loads', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><img src="/images/x/y.svg"><a href="/ateliers/">x</a><link rel="icon" href="/favicon.svg">';
    expect(assetUrls(html)).toEqual(['/_astro/a.css', '/_astro/b.js', '/favicon.svg', '/images/x/y.svg']);
  });
  it('follows a script’s static and on-demand imports', () => {
    const js = 'import{a}from"./chunk.js";const p=()=>import("./player.js");"/_astro/other.js"';
    expect(scriptImports(js, '/_astro/main.js')).toEqual([
      '/_astro/chunk.js',
      '/_astro/other.js',
      '/_astro/player.js',
    ]);
  });
});
