/**
 * The editable exports, without a build: the deck model read from MDX, the
 * .pptx and .docx written in memory and read back (unzipped, XML parsed as
 * text), and the errors that stop the build on a deck the export cannot read.
 * The files of the real site are read back after the build by
 * tests/e2e/licence.spec.ts.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DeckExportError, exportDeck, exportProse } from '../../src/lib/deck-export.ts';
import { buildDocx, type LessonDoc } from '../../src/lib/docx.ts';
import { pageAddress } from '../../src/lib/licence.ts';
import { buildPptx } from '../../src/lib/pptx.ts';
import { svgToPng } from '../../src/lib/raster.ts';
import { data, deckBody, notesText, slideXml, source, t } from '../support/export-fixtures.ts';

describe('exportDeck', () => {
  it('gives one slide per deck slide, title slide first and help slide last, each with notes', () => {
    const slides = exportDeck(source(deckBody), data, t);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'content', 'scenario', 'quiz', 'content', 'help']);
    expect(slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const s of slides) expect(s.notes.join('').trim(), `notes ${s.number}`).not.toBe('');
    expect(slides[0]!.body.some((b) => b.kind === 'text' && b.runs[0]!.text.includes('CC BY-SA 4.0'))).toBe(
      true,
    );
  });
  it('keeps bold as bold and resolves help lines from the data', () => {
    const [, regles, , , aide] = exportDeck(source(deckBody), data, t);
    expect(regles!.body[0]).toEqual({
      kind: 'text',
      bullet: false,
      runs: [{ text: 'On ne se moque de ' }, { text: 'personne', bold: true }],
    });
    expect(regles!.body[1]).toMatchObject({ bullet: true });
    expect(JSON.stringify(aide!.body)).toContain('Child Focus (116 000, gratuit)');
    expect(aide!.notes.join('\n')).toContain('Capture les messages, pas l’image');
  });
  it('puts the situation and choices of a scenario on the slide, every branch and debrief in the notes', () => {
    const scenario = exportDeck(source(deckBody), data, t)[2]!;
    const body = JSON.stringify(scenario.body);
    expect(body).toContain('Inès reçoit un message.');
    expect(body).toContain('Elle en parle');
    expect(body).toContain('Elle attend');
    const notes = scenario.notes.join('\n');
    expect(notes).toContain('Si la classe choisit « Elle attend »');
    expect(notes).toContain('Le lendemain, un autre message.');
    expect(notes).toContain('Pour en parler : Parler ouvre des portes.');
    expect(notes).toContain('(protectrice)');
  });
  it('shows on the help slide only the chosen country’s numbers, with their sources in the notes', () => {
    const be = exportDeck(source(deckBody, 'BE'), data, t).at(-1)!;
    const fr = exportDeck(source(deckBody, 'FR'), data, t).at(-1)!;
    expect(JSON.stringify(be.body)).toContain('116 000');
    expect(JSON.stringify(be.body)).not.toContain('3018');
    expect(JSON.stringify(fr.body)).toContain('3018');
    expect(be.notes.join('\n')).toContain('https://childfocus.be/fr-be/ (vérifié le 2026-11-01)');
  });
  it.each([
    ['a slide without </Slide>', deckBody.replace('</Slide>', ''), /sans <\/Slide>/],
    [
      'a slide without notes',
      deckBody.replace(/<Notes>\s*- Personnages inventés\s*<\/Notes>/, ''),
      /sans <Notes>/,
    ],
    [
      'an unknown component',
      deckBody.replace('On ne se moque', '<Video src="x" /> On ne se moque'),
      /<Video> inconnu/,
    ],
    ['an unknown help line', deckBody.replace('id="child-focus"', 'id="nulle-part"'), /service inconnu/],
    ['an unknown scenario', deckBody.replace('le-message', 'absent'), /scénario inconnu/],
    ['no help slide at the end', deckBody.replace('<HelpSlide />', ''), /<HelpSlide \/>/],
    ['text outside a slide', deckBody + '\nUn mot perdu\n', /hors de toute <Slide>/],
  ])('stops the build on %s, naming the deck and the line', (_, body, why) => {
    let error: unknown;
    try {
      exportDeck(source(body), data, t);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeckExportError);
    expect((error as Error).message).toContain('« slides/fr/essai.mdx »');
    expect((error as Error).message).toMatch(why);
  });
});

describe('exportProse', () => {
  it('reads a lesson’s text: headings, numbered steps, the evidence rule', () => {
    const blocks = exportProse(
      'x.mdx',
      'import A from \'a\';\n## Titre\n\n1. Écouter\n\n<EvidenceRule voice="vous" />',
      data,
    );
    expect(blocks[0]).toMatchObject({ heading: 2, runs: [{ text: 'Titre', bold: true }] });
    expect(blocks[1]).toMatchObject({ runs: [{ text: '1. ' }, { text: 'Écouter' }] });
    expect(JSON.stringify(blocks)).toContain('Capturez les messages, pas l’image');
  });
  it('names the file and line of a reference it cannot resolve', () => {
    expect(() => exportProse('workshops/fr/ateliers/x.mdx', 'Texte\n<LawRef id="absente" />', data)).toThrow(
      /« workshops\/fr\/ateliers\/x\.mdx »[\s\S]*x\.mdx:2 : <LawRef id="absente"> : loi inconnue/,
    );
  });
  it('writes <Tel> as the bare number from the data, in the sentence', () => {
    const blocks = exportProse('x.mdx', 'Appelle le <Tel id="e-enfance-3018" />, ou Child Focus.', data);
    expect(blocks.flatMap((b) => ('runs' in b ? b.runs.map((r) => r.text) : [])).join('')).toBe(
      'Appelle le 3018, ou Child Focus.',
    );
  });
  it('names the file and line of a <Tel> whose service it does not know', () => {
    expect(() => exportProse('workshops/fr/ateliers/x.mdx', 'Texte\n<Tel id="absent" />', data)).toThrow(
      /x\.mdx:2 : <Tel id="absent"> : service inconnu ou sans numéro/,
    );
  });
});

describe('buildPptx read back', () => {
  it('is a package with one slide and one notes page per slide, and text as text', async () => {
    const slides = exportDeck(source(deckBody), data, t);
    const file = await buildPptx(slides, {
      title: 'Essai',
      tier: '12-15',
      licence: source(deckBody).licence,
      siteName: 'Parlons-en',
      file: 'slides/fr/essai.mdx',
      image: async () => undefined,
    });
    const { count, read, text, names } = await slideXml(file);
    expect(names).toContain('[Content_Types].xml');
    expect(count).toBe(slides.length);
    for (const s of slides) {
      const xml = await read(`ppt/slides/slide${s.number}.xml`);
      // Paragraph properties only at the start of a paragraph (else LibreOffice drops bullets).
      expect(xml, `slide ${s.number}`).not.toMatch(/<\/a:r><a:pPr/);
      expect(text(xml), `slide ${s.number}`).toContain(s.title.replace(/’/g, '’'));
      const rels = await read(`ppt/slides/_rels/slide${s.number}.xml.rels`);
      const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      expect(notesFile, `notes of slide ${s.number}`).toBeDefined();
      const notes = notesText(await read(`ppt/notesSlides/${notesFile}`));
      expect(notes, `notes of slide ${s.number}`).toEqual(s.notes);
    }
    expect(text(await read('ppt/slides/slide1.xml'))).toContain('CC BY-SA 4.0');
    expect(await read('docProps/core.xml')).toContain('CC BY-SA 4.0');
  });
  it('names the deck when an image is missing', async () => {
    const slides = exportDeck(
      source(deckBody.replace('On ne se moque', '![Un dessin](/images/absente.svg)\n\nOn ne se moque')),
      data,
      t,
    );
    await expect(
      buildPptx(slides, {
        title: 'Essai',
        tier: '12-15',
        licence: 'x',
        siteName: 'Parlons-en',
        file: 'slides/fr/essai.mdx',
        image: async () => undefined,
      }),
    ).rejects.toThrow(/« slides\/fr\/essai\.mdx ».*\/images\/absente\.svg/);
  });
});

describe('svgToPng', () => {
  it('renders an SVG to a real PNG, without a browser', async () => {
    const png = await svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"><rect width="10" height="5" fill="red"/></svg>',
      100,
    );
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([100, 50]);
  });
});

describe('buildDocx read back', () => {
  const lesson: LessonDoc = {
    title: 'Essai',
    summary: 'Un atelier d’essai.',
    background: exportProse(
      'workshops/fr/ateliers/essai.mdx',
      '## Ce qu’il faut savoir\n\nAppeler <HelpLine id="child-focus" />\n\n1. Écouter',
      data,
    ),
    tierLabel: '12 à 15 ans',
    duration: 50,
    licence: 'D’après Parlons-en, https://parlons-en.example/ateliers/essai/, CC BY-SA 4.0',
    siteName: 'Parlons-en',
    objectives: ['Savoir à qui parler'],
    materials: ['Des cartes'],
    preparation: ['Prévenir la personne de référence'],
    groundRules: ['On ne se moque de personne'],
    steps: [
      {
        title: 'Accueil',
        minutes: 10,
        facilitator: 'Vous accueillez.',
        pupils: 'Ils écoutent.',
        uses: ['Diapositive 2'],
      },
      { title: 'Scénario', minutes: 40, facilitator: 'Vous lisez.', pupils: 'Ils votent.', uses: [] },
    ],
    discussion: [{ question: 'Qui peut aider ?', expected: ['Un adulte'] }],
    differentiation: { younger: 'Plus lentement.', older: 'Plus loin.', specialNeeds: 'Avec des images.' },
    safeguarding: { signs: ['Un élève se ferme'], disclosure: 'Écouter.' },
    protocol: {
      title: 'Quand un élève se confie',
      steps: ['Écoutez', 'Croyez-le'],
      police: 'Policiers : votre cadre.',
    },
    help: [
      {
        country: 'Belgique',
        items: [
          {
            name: 'Child Focus',
            contact: '116 000',
            purpose: 'Aide.',
            source: 'https://childfocus.be/fr-be/',
            checked: '2026-11-01',
          },
        ],
      },
    ],
    parentNote: 'Parlez-en.',
    sources: ['Child Focus : https://childfocus.be/fr-be/'],
  };
  it('has real headings, the minute-by-minute table, the rules, the steps, the numbers and the licence', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(lesson, t));
    const xml = await zip.file('word/document.xml')!.async('string');
    const headings = [
      ...xml.matchAll(/<w:pStyle w:val="(Heading\d|Title)"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toContain('Title Essai');
    expect(headings).toContain('Heading1 Fiche de séance');
    expect(headings).toContain('Heading1 Plan complet');
    expect(headings).toContain('Heading2 Règles de la classe');
    expect(headings).toContain('Heading2 L’essentiel à savoir');
    expect(headings).toContain('Heading3 Ce qu’il faut savoir');
    expect(xml).toContain('Child Focus (116 000, gratuit)');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table.match(/<w:tr>|<w:tr /g)?.length).toBe(3);
    expect(table).toContain('10′');
    for (const s of [
      'On ne se moque de personne',
      'Croyez-le',
      '116 000',
      'https://childfocus.be/fr-be/',
      'CC BY-SA 4.0',
    ])
      expect(xml, s).toContain(s);
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    expect(await zip.file(footers[0]!)!.async('string')).toContain('CC BY-SA 4.0');
  });
});

describe('pageAddress', () => {
  it('gives a page its own address, and the not-found page the home page', () => {
    expect(pageAddress('/aide/', 'https://site.example/')).toBe('https://site.example/aide/');
    expect(pageAddress('/404/', 'https://site.example/')).toBe('https://site.example/');
    expect(pageAddress('/404.html', 'https://site.example/')).toBe('https://site.example/');
  });
});
