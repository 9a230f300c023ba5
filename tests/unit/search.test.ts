import { describe, expect, it } from 'vitest';
import { cleanExcerpt, joinElisions, prepareForIndex, SEARCH_TERMS_META } from '../../src/lib/search-text.ts';
import { pageInfo, queryIntent, rankResults } from '../../src/lib/search-rank.ts';
import { kindOfFile, pagesOf, readFrontMatter, searchTermsByUrl } from '../../src/lib/search-terms.ts';
import { searchTermsSchema } from '../../src/schemas/common.ts';

const page = (body: string) =>
  `<html><body><header>Menu</header><main id="contenu" data-pagefind-body="">${body}</main></body></html>`;

describe('prepareForIndex', () => {
  it('keeps words of adjacent elements apart ("15 ansSextorsion" was glued)', () => {
    const html = prepareForIndex(page('<p><span class="pill">12 à 15 ans</span><span>Sextorsion</span></p>'));
    expect(html).toContain('12 à 15 ans</span> <span>Sextorsion');
  });

  it('leaves text right after an inline tag alone', () => {
    expect(prepareForIndex(page('<p><a href="/">aide</a>, puis</p>'))).toContain('</a>, puis');
  });

  it('turns filter labels into attributes so their text stays out of excerpts', () => {
    const html = prepareForIndex(page('<div hidden><span data-pagefind-filter="type">Quiz</span></div>'));
    expect(html).toContain('<span data-pagefind-filter="type:Quiz"></span>');
    expect(html).not.toContain('>Quiz<');
  });

  it('splits elisions written as &#39; by Astro, so "explication" is found in "l&#39;explication"', () => {
    expect(prepareForIndex(page('<p>Lis l&#39;explication</p>'))).toContain('l’ explication');
  });

  it('adds the search terms as an escaped meta field of the indexed body, with no text of its own', () => {
    const html = prepareForIndex(page('<h1>Titre</h1>'), ['deepfake', 'R&D <b>', 'a, b']);
    expect(html).toContain(
      `data-pagefind-body=""><span data-pagefind-meta="${SEARCH_TERMS_META}:deepfake ; R&amp;D &lt;b&gt; ; a  b"></span> <h1>`,
    );
    expect(prepareForIndex('<main><p>x</p></main>', ['deepfake'])).not.toContain('deepfake');
  });
});

describe('prepareForIndex, lesson boilerplate', () => {
  it('leaves the repeated sections of a lesson out of the index, and keeps the plan', () => {
    const html = prepareForIndex(
      page(
        '<section class="plan-section" aria-labelledby="deroulement"><h2 id="deroulement">Déroulé</h2></section>' +
          '<section class="plan-section" aria-labelledby="aide"><h2 id="aide">Aide</h2></section>',
      ),
    );
    expect(html).toContain('<section class="plan-section" aria-labelledby="deroulement">');
    expect(html).toContain(
      '<section class="plan-section" aria-labelledby="aide" data-pagefind-ignore="all">',
    );
  });
});

describe('cleanExcerpt and joinElisions', () => {
  it('removes the space the index put after an elision, also before a highlight', () => {
    expect(joinElisions('l’ atelier, d’ <mark>exposition</mark>')).toBe(
      'l’atelier, d’<mark>exposition</mark>',
    );
    expect(joinElisions('le mot « d’ » seul')).toBe('le mot « d’ » seul');
  });

  it('does not highlight small words ("de", "des") but keeps the words searched', () => {
    expect(cleanExcerpt('<mark>photo</mark> <mark>de</mark> <mark>ma</mark> <mark>fille</mark>')).toBe(
      '<mark>photo</mark> de ma <mark>fille</mark>',
    );
  });
});

describe('queryIntent', () => {
  it.each([
    ['photo de ma fille circule', 'parent'],
    ['mon fils menace', 'parent'],
    ['on me menace', 'self'],
    ['une photo de moi circule', 'self'],
    ['chantage', 'situation'],
    ['porter plainte', 'situation'],
    ['sextorsion', 'topic'],
    ['deepfake', 'topic'],
    ['secret professionnel', 'topic'],
  ])('%s → %s', (query, intent) => {
    expect(queryIntent(query)).toBe(intent);
  });
});

describe('pageInfo', () => {
  it('knows the kind of page and the reader of a help version from its address', () => {
    expect(pageInfo('/aide/chantage/')).toEqual({
      kind: 'help',
      group: '/aide/chantage/',
      audience: 'moins-18',
    });
    expect(pageInfo('/aide/chantage/parents/')).toMatchObject({ kind: 'help', audience: 'parents' });
    expect(pageInfo('/parents/signaux-d-alerte/').kind).toBe('parent-guide');
    expect(pageInfo('/intervenants/cadre-legal/').kind).toBe('officer-guide');
    expect(pageInfo('/presentations/deepnudes/')).toMatchObject({ kind: 'deck', slug: 'deepnudes' });
    expect(pageInfo('/aide/ressources/').kind).toBe('page');
    expect(pageInfo('/').kind).toBe('page');
  });
});

describe('rankResults', () => {
  const pages: Record<string, string> = {
    q: '/quiz/parents-vrai-ou-faux/',
    l: '/ateliers/sextorsion-ne-paie-pas-parle/',
    d: '/presentations/sextorsion-ne-paie-pas-parle/',
    h1: '/aide/chantage/',
    h2: '/aide/chantage/adultes/',
    h3: '/aide/chantage/parents/',
    g: '/parents/signaux-d-alerte/',
  };
  const results = [
    { id: 'q', score: 10 },
    { id: 'd', score: 9 },
    { id: 'l', score: 4 },
    { id: 'h1', score: 3 },
    { id: 'h2', score: 2.9 },
    { id: 'h3', score: 2.8 },
    { id: 'g', score: 2 },
    { id: 'unknown', score: 50 },
  ];
  const order = (query: string) => rankResults(results, (id) => pages[id], query).map((r) => r.result.id);

  it('brings the parents’ help and guide first for a parent’s words, one version per help flow', () => {
    const ids = order('mon fils menace');
    expect(ids.slice(0, 2)).toEqual(['h3', 'g']);
    expect(ids.filter((id) => id.startsWith('h'))).toEqual(['h3']);
  });

  it('brings the help for the person concerned first for "on me menace"', () => {
    expect(order('on me menace')[0]).toBe('h1');
  });

  it('puts a lesson before its own deck for a topic, and an unknown page last', () => {
    const ids = order('sextorsion');
    expect(ids.indexOf('l')).toBeLessThan(ids.indexOf('d'));
    expect(ids.at(-1)).toBe('unknown');
  });

  it('shows no page twice', () => {
    const twice = rankResults([...results, { id: 'l', score: 1 }], (id) => pages[id], 'sextorsion');
    const urls = twice.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('search terms from the front matter', () => {
  it('reads MDX front matter and whole YAML files', () => {
    expect(readFrontMatter('---\ntitle: x\nsearchTerms: [a, b]\n---\nbody', 'x.mdx')).toEqual({
      title: 'x',
      searchTerms: ['a', 'b'],
    });
    expect(readFrontMatter('label: y\nsearchTerms: [c]\n', 'y.yaml')['searchTerms']).toEqual(['c']);
  });

  it('maps files to their kind and pages (a help flow is three pages)', () => {
    expect(kindOfFile('workshops/fr/ateliers/deepnudes.mdx')).toBe('lesson');
    expect(kindOfFile('slides/fr/deepnudes.mdx')).toBe('deck');
    expect(kindOfFile('workshops/data/resources.yaml')).toBeUndefined();
    expect(pagesOf({ kind: 'helpflow', id: 'fr/aide/chantage.yaml', data: {} })).toEqual([
      '/aide/chantage/',
      '/aide/chantage/adultes/',
      '/aide/chantage/parents/',
    ]);
    expect(
      pagesOf({ kind: 'guide', id: 'fr/guides/cadre-legal.mdx', data: { audience: 'intervenants' } }),
    ).toEqual(['/intervenants/cadre-legal/']);
  });

  it('gives each page its terms, and nothing to a file without them', () => {
    const map = searchTermsByUrl([
      { kind: 'lesson', id: 'fr/ateliers/deepnudes.mdx', data: { searchTerms: ['deepfake'] } },
      { kind: 'quiz', id: 'fr/quiz/x.yaml', data: {} },
    ]);
    expect([...map]).toEqual([
      ['/ateliers/deepnudes/', { terms: ['deepfake'], file: 'workshops/fr/ateliers/deepnudes.mdx' }],
    ]);
  });

  it('rejects a term that is a sentence, with a message that says what to write', () => {
    const result = searchTermsSchema.safeParse([
      'une phrase bien trop longue pour être un terme de recherche utile',
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/40 caractères/);
  });
});
