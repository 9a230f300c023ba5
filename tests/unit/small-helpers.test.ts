/**
 * Exact outputs and boundaries of the small helpers of src/lib (addresses,
 * entry ids, data files, licence line, tiers, dates, typography, filters).
 * The broader behaviour is in helpers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fromPath } from '../../src/lib/catalogue-filter.ts';
import { parseIdList } from '../../src/lib/data-file.ts';
import { entryFile, entryLocale, entrySlug, findBySlug } from '../../src/lib/entries.ts';
import { mentionsEvidence } from '../../src/lib/evidence.ts';
import { formatDate, paragraphs } from '../../src/lib/format.ts';
import { attribution, pageAddress, PLACEHOLDER_SITE } from '../../src/lib/licence.ts';
import { formatStale, staleFacts } from '../../src/lib/stale-facts.ts';
import { isYouthTier, TIER_IDS, TIERS } from '../../src/lib/tiers.ts';
import { frenchSpacing } from '../../src/lib/typography.ts';
import { urls } from '../../src/lib/urls.ts';

describe('every address of the site', () => {
  it('builds each page’s address from the file id', () => {
    expect(urls.lessonSheet('fr/ateliers/x.mdx')).toBe('/ateliers/x/fiche/');
    expect(urls.deck('fr/x.mdx')).toBe('/presentations/x/');
    expect(urls.scenario('fr/scenarios/x.yaml')).toBe('/scenarios/x/');
    expect(urls.quiz('fr/quiz/x.yaml')).toBe('/quiz/x/');
    expect(urls.scenarioCards('fr/scenarios/x.yaml')).toBe('/scenarios/x/cartes/');
    expect(urls.quizSheet('fr/quiz/x.yaml')).toBe('/quiz/x/fiche/');
    expect(urls.quizKey('fr/quiz/x.yaml')).toBe('/quiz/x/corrige/');
    expect(urls.guide('fr/guides/x.mdx', 'intervenants')).toBe('/intervenants/x/');
    expect(urls.tier('12-15')).toBe('/ateliers/niveau/12-15/');
    expect(urls.topic('sextorsion')).toBe('/ateliers/theme/sextorsion/');
  });

  it('names a deck’s PDF, with notes only when asked', () => {
    expect(urls.deckPdf('fr/x.mdx')).toBe('/presentations/x/x.pdf');
    expect(urls.deckPdf('fr/x.mdx', true)).toBe('/presentations/x/x-notes.pdf');
  });

  it('opens a deck’s print view, with notes on separate pages only when asked', () => {
    expect(urls.deckPrint('fr/x.mdx')).toBe('/presentations/x/?print-pdf');
    expect(urls.deckPrint('fr/x.mdx', true)).toBe('/presentations/x/?print-pdf&showNotes=separate-page');
  });
});

describe('entry ids', () => {
  it('gives the whole id as locale when it has no folder', () => {
    expect(entryLocale('fr')).toBe('fr');
    expect(entryLocale('')).toBe('');
  });

  it('removes every known extension, and only at the end of the name', () => {
    expect(entrySlug('fr/guides/x.md')).toBe('x');
    expect(entrySlug('fr/quiz/x.yml')).toBe('x');
    expect(entrySlug('fr/quiz/x.YAML')).toBe('x');
    expect(entrySlug('fr/data/x.json')).toBe('x');
    expect(entrySlug('fr/guides/notes.md-avant.mdx')).toBe('notes.md-avant');
  });

  it('names the real file when Astro gives one, else the base and the id', () => {
    expect(entryFile({ id: 'fr/x.mdx', data: {}, filePath: 'slides/fr/x.mdx' }, 'ailleurs')).toBe(
      'slides/fr/x.mdx',
    );
    expect(entryFile({ id: 'fr/x.mdx', data: {} }, 'workshops')).toBe('workshops/fr/x.mdx');
  });

  it('finds an entry by slug in its own locale only', () => {
    const entries = [
      { id: 'nl/ateliers/x.mdx', data: 'nl' },
      { id: 'fr/ateliers/x.mdx', data: 'fr' },
    ];
    expect(findBySlug(entries, 'fr', 'x')?.data).toBe('fr');
    expect(findBySlug(entries, 'de', 'x')).toBeUndefined();
  });
});

describe('data files with ids', () => {
  it('refuses a file that is not a list, saying what an entry looks like', () => {
    expect(() => parseIdList('id: a\nname: b\n', 'workshops/data/laws.yaml')).toThrow(
      new Error(
        'workshops/data/laws.yaml : le fichier doit être une liste d’entrées (chacune commence par « - id: … »).',
      ),
    );
  });

  it('reports an empty entry or an empty id as a missing id, with its number', () => {
    const missing = (n: number) =>
      new Error(
        `f.yaml › entrée ${n} › id : l’identifiant manque.\n    → Ajouter « id: un-nom-court » à cette entrée.`,
      );
    expect(() => parseIdList('- id: a\n-\n', 'f.yaml')).toThrow(missing(2));
    expect(() => parseIdList('- id: ""\n', 'f.yaml')).toThrow(missing(1));
  });

  it('returns the entries of a valid file as they are', () => {
    expect(parseIdList('- id: a\n  n: 1\n- id: b\n', 'f.yaml')).toEqual([{ id: 'a', n: 1 }, { id: 'b' }]);
  });
});

describe('licence', () => {
  const site = 'https://site.example/base/';

  it('cites the home page for every form of the "page not found" address', () => {
    for (const path of ['/404', '/404/', '/404.html'])
      expect(pageAddress(path, site)).toBe('https://site.example/');
  });

  it('cites any other page as it is, even one whose name starts with 404', () => {
    expect(pageAddress('/ateliers/404/', site)).toBe('https://site.example/ateliers/404/');
    expect(pageAddress('/404/suite/', site)).toBe('https://site.example/404/suite/');
    expect(pageAddress('/4040/', site)).toBe('https://site.example/4040/');
  });

  it('uses the reserved placeholder domain when the build has no site address', () => {
    expect(PLACEHOLDER_SITE).toBe('https://parlons-en.example/');
    expect(pageAddress('/aide/', undefined)).toBe('https://parlons-en.example/aide/');
  });

  it('writes the attribution line a reuser copies', () => {
    expect(attribution('Parlons-en', 'https://site.example/ateliers/x/')).toBe(
      'D’après Parlons-en, https://site.example/ateliers/x/, CC BY-SA 4.0',
    );
  });
});

describe('the tiers and their ages', () => {
  it('lists every tier once, in order, each band’s ages read from its id, adults without ages', () => {
    expect(TIERS.map((t) => t.id)).toEqual([...TIER_IDS]);
    for (const tier of TIERS.slice(0, -1)) expect(tier.ages, tier.id).toEqual(tier.id.split('-').map(Number));
    expect(TIERS.at(-1)).toEqual({ id: 'adultes', ages: null });
  });
});

describe('tiers that say "tu"', () => {
  it('speaks to every young tier with "tu", never to adults', () => {
    expect(['5-8', '9-12', '12-15', '15-18'].map((t) => isYouthTier(t as never))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isYouthTier('adultes')).toBe(false);
  });
});

describe('texts that speak of evidence', () => {
  it('is true as soon as one text speaks of evidence or screenshots', () => {
    expect(mentionsEvidence(['Parle à un adulte.', 'Garde des preuves.'])).toBe(true);
    expect(mentionsEvidence(['Fais une capture d’écran.'])).toBe(true);
    expect(mentionsEvidence(['Bloque le compte.', 'Parle à un adulte.'])).toBe(false);
    expect(mentionsEvidence([])).toBe(false);
  });
});

describe('dates and paragraphs', () => {
  it('writes check dates in Belgian French by default, or in the locale given', () => {
    expect(formatDate(new Date('2026-01-01'))).toBe('1 janvier 2026');
    expect(formatDate(new Date('2026-11-23'), 'en-GB')).toBe('23 November 2026');
  });

  it('drops the empty paragraphs around blank lines', () => {
    expect(paragraphs('\n\nUn.\n\n\n\nDeux.\n\n')).toEqual(['Un.', 'Deux.']);
  });
});

describe('French spacing, edges', () => {
  it('puts a non-breaking space before a colon that ends a text', () => {
    expect(frenchSpacing('<p>Note :</p><p>a :b</p>')).toBe('<p>Note\u00a0:</p><p>a :b</p>');
  });

  it('gives back every skipped block, even beyond the tenth', () => {
    const html = Array.from({ length: 12 }, (_, i) => `<code>a ? ${i}</code>`).join('<p>b ?</p>');
    expect(frenchSpacing(html)).toBe(
      Array.from({ length: 12 }, (_, i) => `<code>a ? ${i}</code>`).join('<p>b\u202f?</p>'),
    );
  });
});

describe('static filter pages, edges', () => {
  it('reads a filter page without its final slash, and nothing below it', () => {
    expect(fromPath('/ateliers/theme/grooming')).toEqual({ topic: 'grooming' });
    expect(fromPath('/ateliers/niveau/9-12/autre/')).toEqual({});
  });
});

describe('stale facts, the message', () => {
  it('puts one line per stale fact, oldest first as given', () => {
    const stale = staleFacts(
      [
        { file: 'workshops/data/laws.yaml', id: 'a', checked: new Date('2025-01-10') },
        { file: 'workshops/data/figures.yaml', id: 'b', checked: new Date('2025-06-10') },
        { file: 'workshops/data/figures.yaml', id: 'c', checked: new Date('2025-11-10') },
      ],
      new Date('2026-11-10'),
    );
    expect(formatStale(stale)).toBe(
      '⚠ workshops/data/laws.yaml › a : vérifié il y a 22 mois ; revérifier à la source et mettre à jour checked.\n' +
        '⚠ workshops/data/figures.yaml › b : vérifié il y a 17 mois ; revérifier à la source et mettre à jour checked.',
    );
  });
});
