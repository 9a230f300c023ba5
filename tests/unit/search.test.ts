import { describe, expect, it } from 'vitest';
import {
  cleanExcerpt,
  escapeHtml,
  joinElisions,
  prepareForIndex,
  SEARCH_TERMS_META,
} from '../../src/lib/search-text.ts';
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

describe('prepareForIndex, exact edges', () => {
  it('keeps words apart after every form of line break followed by a tag', () => {
    expect(prepareForIndex('<p>a<br><b>b</b><br/><i>c</i><br /><u>d</u></p>')).toBe(
      '<p>a<br> <b>b</b> <br/> <i>c</i> <br /> <u>d</u> </p>',
    );
  });

  it('trims the value of a filter label, which becomes its attribute', () => {
    expect(prepareForIndex('<span data-pagefind-filter="niveau"> 12 à 15 ans </span>')).toBe(
      '<span data-pagefind-filter="niveau:12 à 15 ans"></span>',
    );
  });

  it('adds no meta field at all to a page without search terms', () => {
    const html = page('<h1>Titre</h1>');
    expect(prepareForIndex(html)).not.toContain('data-pagefind-meta');
    expect(prepareForIndex(html, [])).not.toContain('data-pagefind-meta');
  });

  it('finds the indexed body written with or without a value, and with attributes after it', () => {
    const meta = `<span data-pagefind-meta="${SEARCH_TERMS_META}:deepfake"></span>`;
    expect(prepareForIndex('<main data-pagefind-body><p>x</p></main>', ['deepfake'])).toBe(
      `<main data-pagefind-body>${meta} <p>x</p> </main>`,
    );
    expect(prepareForIndex('<main data-pagefind-body="" id="contenu"><p>x</p></main>', ['deepfake'])).toBe(
      `<main data-pagefind-body="" id="contenu">${meta} <p>x</p> </main>`,
    );
  });

  it('escapes every character that would end the meta attribute or open a tag', () => {
    expect(escapeHtml('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });
});

describe('cleanExcerpt, exact edges', () => {
  it('removes the highlight of an elided article, but not of a word with an apostrophe inside', () => {
    expect(cleanExcerpt('<mark>l’</mark>atelier')).toBe('l’atelier');
    expect(cleanExcerpt('il <mark>m’a</mark> menacé')).toBe('il <mark>m’a</mark> menacé');
  });

  it('collapses runs of spaces into one, and keeps the non-breaking space before « ? »', () => {
    expect(cleanExcerpt('photo  de   fille')).toBe('photo de fille');
    expect(cleanExcerpt('du consentement\u202f?')).toBe('du consentement\u202f?');
  });
});

describe('pageInfo, every kind', () => {
  it('recognises the adults’ version of a help flow', () => {
    expect(pageInfo('/aide/chantage/adultes/')).toEqual({
      kind: 'help',
      group: '/aide/chantage/',
      audience: 'adultes',
    });
  });

  it('names each kind of page from its first folder, with its slug', () => {
    expect(pageInfo('/ateliers/x/')).toEqual({ kind: 'lesson', group: '/ateliers/x/', slug: 'x' });
    expect(pageInfo('/scenarios/x/')).toEqual({ kind: 'scenario', group: '/scenarios/x/', slug: 'x' });
    expect(pageInfo('/quiz/x/')).toEqual({ kind: 'quiz', group: '/quiz/x/', slug: 'x' });
  });

  it('treats a deeper address (a filter page, a sheet) as an ordinary page', () => {
    expect(pageInfo('/ateliers/niveau/12-15/')).toEqual({ kind: 'page', group: '/ateliers/niveau/12-15/' });
    expect(pageInfo('/quiz/x/fiche/').kind).toBe('page');
  });
});

describe('rankResults, scores and order', () => {
  const help: Record<string, string> = {
    young: '/aide/chantage/',
    adults: '/aide/partage/adultes/',
    parents: '/aide/retrait/parents/',
    lesson: '/ateliers/x/',
  };
  const scores = (query: string) =>
    Object.fromEntries(
      rankResults(
        Object.keys(help).map((id) => ({ id, score: 1 })),
        (id) => help[id],
        query,
      ).map((r) => [r.result.id, r.score]),
    );

  it('weighs each help version by whom it speaks to: parents’ words favour the parents’ version', () => {
    expect(scores('mon fils')).toEqual({ young: 3.5, adults: 3.5, parents: 7.5, lesson: 1 });
  });

  it('gives the parents’ version half weight when the person concerned searches', () => {
    expect(scores('on me menace')).toEqual({ young: 5, adults: 5, parents: 2.5, lesson: 1 });
  });

  it('weighs every help version alike for a situation or a topic', () => {
    expect(scores('chantage')).toEqual({ young: 4, adults: 4, parents: 4, lesson: 1 });
    expect(scores('sextorsion')).toEqual({ young: 1.5, adults: 1.5, parents: 1.5, lesson: 2 });
  });

  it('keeps the order Pagefind gave to results of equal score', () => {
    const same = ['/quiz/a/', '/quiz/b/', '/quiz/c/', '/quiz/d/'];
    const ranked = rankResults(
      same.map((_, i) => ({ id: String(i), score: 1 })),
      (id) => same[Number(id)],
      'sextorsion',
    );
    expect(ranked.map((r) => r.url)).toEqual(same);
  });

  it('keeps every result whose address is unknown, at the end, in their order', () => {
    const ranked = rankResults(
      [
        { id: 'a', score: 9 },
        { id: 'b', score: 8 },
        { id: 'l', score: 1 },
      ],
      (id) => (id === 'l' ? '/ateliers/x/' : undefined),
      'sextorsion',
    );
    expect(ranked.map((r) => [r.result.id, r.url, r.score])).toEqual([
      ['l', '/ateliers/x/', 2],
      ['a', '', 0],
      ['b', '', 0],
    ]);
  });

  it('moves a lesson up to just before its own deck, and nothing else', () => {
    const pages: Record<string, string> = {
      deck: '/presentations/x/',
      scenario: '/scenarios/x/',
      other: '/ateliers/y/',
      lesson: '/ateliers/x/',
    };
    const ranked = rankResults(
      [
        { id: 'deck', score: 10 },
        { id: 'scenario', score: 9 },
        { id: 'other', score: 1.5 },
        { id: 'lesson', score: 1 },
      ],
      (id) => pages[id],
      'sextorsion',
    );
    expect(ranked.map((r) => r.result.id)).toEqual(['lesson', 'deck', 'scenario', 'other']);
  });

  it('leaves a deck in place when its lesson already comes first or is not found', () => {
    const pages: Record<string, string> = {
      lesson: '/ateliers/x/',
      deck: '/presentations/x/',
      z: '/presentations/z/',
    };
    const ranked = rankResults(
      [
        { id: 'z', score: 10 },
        { id: 'lesson', score: 3.9 },
        { id: 'deck', score: 9 },
      ],
      (id) => pages[id],
      'sextorsion',
    );
    expect(ranked.map((r) => r.result.id)).toEqual(['z', 'lesson', 'deck']);
  });

  it('moves a lesson only for its deck, not for its scenario or quiz', () => {
    const pages: Record<string, string> = {
      scenario: '/scenarios/x/',
      quiz: '/quiz/x/',
      lesson: '/ateliers/x/',
    };
    const ranked = rankResults(
      [
        { id: 'scenario', score: 10 },
        { id: 'quiz', score: 10 },
        { id: 'lesson', score: 1 },
      ],
      (id) => pages[id],
      'sextorsion',
    );
    expect(ranked.map((r) => r.result.id)).toEqual(['scenario', 'quiz', 'lesson']);
  });
});

describe('search terms, every kind of file', () => {
  it('reads the front matter of a .md file and a .MDX file', () => {
    expect(readFrontMatter('---\ntitle: x\n---\ncorps', 'x.md')).toEqual({ title: 'x' });
    expect(readFrontMatter('---\ntitle: x\n---\ncorps', 'X.MDX')).toEqual({ title: 'x' });
  });

  it('reads a YAML file whole, even when its name holds ".md"', () => {
    expect(readFrontMatter('title: y\n', 'fr/quiz/notes.md.yaml')).toEqual({ title: 'y' });
  });

  it('gives nothing for MDX without front matter, even with a rule (---) further down', () => {
    expect(readFrontMatter('# Titre\n', 'x.mdx')).toEqual({});
    expect(readFrontMatter('Texte\n---\ntitle: x\n---\n', 'x.mdx')).toEqual({});
  });

  it('gives nothing for a YAML file that is a single value or empty', () => {
    expect(readFrontMatter('juste un texte', 'x.yaml')).toEqual({});
    expect(readFrontMatter('', 'x.yaml')).toEqual({});
  });

  it('knows each folder of workshops/ and only files at their place', () => {
    expect(kindOfFile('workshops/fr/scenarios/x.yaml')).toBe('scenario');
    expect(kindOfFile('workshops/fr/quiz/x.yaml')).toBe('quiz');
    expect(kindOfFile('workshops/fr/guides/x.mdx')).toBe('guide');
    expect(kindOfFile('workshops/fr/aide/x.yaml')).toBe('helpflow');
    expect(kindOfFile('copie/workshops/fr/ateliers/x.mdx')).toBeUndefined();
  });

  it('knows a deck only as slides/<locale>/<name>.md(x)', () => {
    expect(kindOfFile('slides/fr/x.md')).toBe('deck');
    expect(kindOfFile('slides/fr/x.mdx.bak')).toBeUndefined();
    expect(kindOfFile('copie/slides/fr/x.mdx')).toBeUndefined();
  });

  it('gives each kind its page', () => {
    const page1 = (kind: Parameters<typeof pagesOf>[0]['kind'], id: string, data = {}) =>
      pagesOf({ kind, id, data });
    expect(page1('deck', 'fr/x.mdx')).toEqual(['/presentations/x/']);
    expect(page1('scenario', 'fr/scenarios/x.yaml')).toEqual(['/scenarios/x/']);
    expect(page1('quiz', 'fr/quiz/x.yaml')).toEqual(['/quiz/x/']);
    expect(page1('guide', 'fr/guides/x.mdx', { audience: 'parents' })).toEqual(['/parents/x/']);
    expect(page1('guide', 'fr/guides/x.mdx')).toEqual(['/parents/x/']);
  });

  it('adds nothing for an empty list, keeps only the words, and names a deck’s file under slides/', () => {
    const map = searchTermsByUrl([
      { kind: 'quiz', id: 'fr/quiz/x.yaml', data: { searchTerms: [] } },
      { kind: 'deck', id: 'fr/x.mdx', data: { searchTerms: ['photo', 3, null, 'nude'] } },
    ]);
    expect([...map]).toEqual([['/presentations/x/', { terms: ['photo', 'nude'], file: 'slides/fr/x.mdx' }]]);
  });

  it('joins the terms of two files that make the same page, naming the last file', () => {
    const map = searchTermsByUrl([
      { kind: 'lesson', id: 'fr/ateliers/x.mdx', data: { searchTerms: ['a'] } },
      { kind: 'lesson', id: 'fr/ateliers/sous/x.mdx', data: { searchTerms: ['b'] } },
    ]);
    expect([...map]).toEqual([
      ['/ateliers/x/', { terms: ['a', 'b'], file: 'workshops/fr/ateliers/sous/x.mdx' }],
    ]);
  });
});

describe('queryIntent, every word it listens for', () => {
  it.each([
    ['un parent inquiet', 'parent'],
    ['je suis inquiète', 'self'],
    ['il m’a filmée', 'self'],
    ["il m'a filmée", 'self'],
    ['ils m’ont filmée', 'self'],
    ['j’ai peur', 'self'],
    ['des menaces en ligne', 'situation'],
    ['les images circulent', 'situation'],
    ['photos partagées', 'situation'],
    ['images publiées', 'situation'],
    ['vidéos diffusées', 'situation'],
    ['ils partagent la vidéo', 'situation'],
    ['ils publient la vidéo', 'situation'],
    ['ils diffusent la vidéo', 'situation'],
    ['harcèlement scolaire', 'situation'],
    ['harcelement scolaire', 'situation'],
    ['signalement en ligne', 'situation'],
    ['supprimer une vidéo', 'situation'],
    ['retirer une image', 'situation'],
    ['bloquer un compte', 'situation'],
    ['confidences d’un élève', 'situation'],
    ['menac', 'situation'],
  ])('%s → %s', (query, intent) => {
    expect(queryIntent(query)).toBe(intent);
  });
});

describe('the sections of a lesson left out of the index', () => {
  it.each(['avant', 'regles', 'adapter', 'aide', 'parents', 'sources'])('leaves out « %s »', (id) => {
    expect(prepareForIndex(`<section aria-labelledby="${id}"><h2 id="${id}">x</h2></section>`)).toContain(
      `<section aria-labelledby="${id}" data-pagefind-ignore="all">`,
    );
  });

  it('writes the search terms under a named meta field', () => {
    expect(prepareForIndex('<main data-pagefind-body>x</main>', ['a'])).toMatch(
      /<span data-pagefind-meta="[a-z]+:a"><\/span>/,
    );
  });
});
