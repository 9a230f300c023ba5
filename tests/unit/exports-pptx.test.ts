/**
 * The .pptx written by src/lib/pptx.ts, read back shape by shape: each
 * slide's boxes (position and size in inches, shape, fill, border), their
 * paragraphs (bullet, spacing, alignment) and runs (text, size, bold, colour,
 * font), the pictures and the notes, one paragraph per line.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDeck, type ExportSlide } from '../../src/lib/deck-export.ts';
import { buildPptx, type PptxMeta } from '../../src/lib/pptx.ts';
import { data, deckBody, notesText, source, t } from '../support/export-fixtures.ts';

const EMU = 914400;
const inches = (emu: string) => Math.round((Number(emu) / EMU) * 1000) / 1000;
const attrOf = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

interface ReadRun {
  text: string;
  size?: number;
  bold: boolean;
  color?: string;
  font?: string;
}
interface ReadPara {
  bullet: boolean;
  marL?: string;
  indent?: string;
  spaceAfter?: number;
  align?: string;
  runs: ReadRun[];
}

interface ReadShape {
  pic?: boolean;
  geom?: string;
  box: number[];
  fill?: string;
  line?: { w?: number; color?: string };
  anchor?: string;
  shrink?: boolean;
  paras?: ReadPara[];
  alt?: string;
}

/** The shapes of a slide, in order, as plain values. */
function shapes(xml: string): ReadShape[] {
  return [...xml.matchAll(/<p:(sp|pic)>([\s\S]*?)<\/p:\1>/g)].map(([, kind, inner]) => {
    const xfrm = /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(inner!)!;
    const box = xfrm.slice(1, 5).map(inches);
    if (kind === 'pic') return { pic: true, box, alt: attrOf(/<p:cNvPr[^>]*>/.exec(inner!)![0], 'descr') };
    const spPr = /<p:spPr>([\s\S]*?)<\/p:spPr>/.exec(inner!)![1]!;
    const ln = /<a:ln( w="(\d+)")?>([\s\S]*?)<\/a:ln>/.exec(spPr);
    const fill = /<a:solidFill><a:srgbClr val="(\w+)"\/>/.exec(
      spPr.replace(/<a:ln[\s\S]*?<\/a:ln>/, ''),
    )?.[1];
    const body = /<a:bodyPr([^>]*)>([\s\S]*?)<\/a:bodyPr>/.exec(inner!);
    const paras: ReadPara[] = [...inner!.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, p]) => {
      const pPr = /<a:pPr([^>]*)>([\s\S]*?)<\/a:pPr>/.exec(p!);
      const space = pPr && /<a:spcPts val="(\d+)"\/>/.exec(pPr[2]!)?.[1];
      return {
        bullet: Boolean(pPr && pPr[2]!.includes('<a:buChar')),
        ...(pPr && attrOf(pPr[1]!, 'marL') ? { marL: attrOf(pPr[1]!, 'marL') } : {}),
        ...(pPr && attrOf(pPr[1]!, 'indent') ? { indent: attrOf(pPr[1]!, 'indent') } : {}),
        ...(space ? { spaceAfter: Number(space) / 100 } : {}),
        ...(pPr && attrOf(pPr[1]!, 'algn') ? { align: attrOf(pPr[1]!, 'algn') } : {}),
        runs: [
          ...p!.matchAll(/<a:r><a:rPr([^>]*?)(?:\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([^<]*)<\/a:t><\/a:r>/g),
        ].map(([, rAttrs, rInner = '', text]) => ({
          text: text!,
          ...(attrOf(rAttrs!, 'sz') ? { size: Number(attrOf(rAttrs!, 'sz')) / 100 } : {}),
          bold: attrOf(rAttrs!, 'b') === '1',
          ...(/<a:srgbClr val="(\w+)"/.exec(rInner)
            ? { color: /<a:srgbClr val="(\w+)"/.exec(rInner)![1] }
            : {}),
          ...(/<a:latin typeface="([^"]+)"/.exec(rInner)
            ? { font: /<a:latin typeface="([^"]+)"/.exec(rInner)![1] }
            : {}),
        })),
      };
    });
    return {
      geom: attrOf(spPr, 'prst'),
      box,
      ...(fill ? { fill } : {}),
      ...(ln && ln[3]
        ? { line: { w: ln[2] ? Number(ln[2]) / 12700 : undefined, color: attrOf(ln[3], 'val') } }
        : {}),
      ...(body ? { anchor: attrOf(body[1]!, 'anchor'), shrink: body[2]!.includes('<a:normAutofit') } : {}),
      paras,
    };
  });
}

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const meta = (over: Partial<PptxMeta> = {}): PptxMeta => ({
  title: 'Essai',
  tier: '12-15',
  licence: source(deckBody).licence,
  siteName: 'Parlons-en',
  file: 'slides/fr/essai.mdx',
  image: async () => ({ data: PNG, width: 200, height: 100 }),
  ...over,
});
async function read(slides: ExportSlide[], m: PptxMeta = meta()) {
  const zip = await JSZip.loadAsync(await buildPptx(slides, m));
  const part = (name: string) => zip.file(name)!.async('string');
  return { zip, part, slide: async (n: number) => shapes(await part(`ppt/slides/slide${n}.xml`)) };
}
const run = (text: string, size: number, more: Partial<ReadRun> = {}): ReadRun => ({
  text,
  size,
  bold: false,
  color: '15161B',
  font: 'Arial',
  ...more,
});
const para = (runs: ReadRun[], more: Partial<ReadPara> = {}): ReadPara => ({
  bullet: false,
  marL: '0',
  indent: '0',
  spaceAfter: 6,
  runs,
  ...more,
});
const bulletPara = (runs: ReadRun[]): ReadPara => ({
  bullet: true,
  marL: '228600',
  indent: '-228600',
  spaceAfter: 6,
  runs,
});
const band = (colour: string) => ({
  geom: 'rect',
  box: [0, 0, 0.18, 7.5],
  fill: colour,
  line: { w: 1, color: colour },
  paras: [],
});
const title = (text: string, colour = '0B5566') => ({
  geom: 'rect',
  box: [0.6, 0.35, 12.1, 1.1],
  anchor: 't',
  shrink: true,
  paras: [
    {
      bullet: false,
      marL: '0',
      indent: '0',
      runs: [{ text, size: 32, bold: true, color: colour, font: 'Arial' }],
    },
  ],
});
const textBox = (paras: ReadPara[], width = 12.1) => ({
  geom: 'rect',
  box: [0.6, 1.6, width, 5.5],
  anchor: 't',
  shrink: true,
  paras,
});
const content = (
  id: string,
  body: ExportSlide['body'],
  kind: ExportSlide['kind'] = 'content',
): ExportSlide => ({
  number: 2,
  id,
  kind,
  title: 'Titre',
  body,
  notes: ['Première ligne', 'Deuxième & <dernière>'],
});
const text = (s: string, bullet = false, bold = false) => ({
  kind: 'text' as const,
  runs: [bold ? { text: s, bold: true } : { text: s }],
  bullet,
});

describe('buildPptx, the slides as drawn', () => {
  it('draws the title slide: the tier band, the site name, the title, the tier pill and the licence', async () => {
    const slides = exportDeck(source(deckBody), data, t);
    const { slide } = await read(slides);
    expect(await slide(1)).toEqual([
      band('1A4FD6'),
      {
        geom: 'rect',
        box: [0.8, 1.4, 11.5, 0.6],
        anchor: 'ctr',
        shrink: false,
        paras: [para([run('Parlons-en', 24, { bold: true })])],
      },
      {
        geom: 'rect',
        box: [0.8, 2.1, 11.5, 2],
        anchor: 't',
        shrink: true,
        paras: [
          {
            bullet: false,
            marL: '0',
            indent: '0',
            runs: [{ text: 'Essai', size: 40, bold: true, color: '0B5566', font: 'Arial' }],
          },
        ],
      },
      {
        geom: 'roundRect',
        box: [0.8, 4.3, 4, 0.6],
        line: { w: 2, color: '1A4FD6' },
        anchor: 'ctr',
        shrink: false,
        paras: [
          {
            bullet: false,
            marL: '0',
            indent: '0',
            align: 'ctr',
            runs: [{ text: '12 à 15 ans', size: 20, bold: false, color: '1A4FD6', font: 'Arial' }],
          },
        ],
      },
      {
        geom: 'rect',
        box: [0.8, 6.4, 11.5, 0.7],
        anchor: 'ctr',
        shrink: false,
        paras: [para([run(source(deckBody).licence, 12)])],
      },
    ]);
  });

  it('draws a content slide: its title in the brand colour, one paragraph per block, bold runs and bullets', async () => {
    const slides = exportDeck(source(deckBody), data, t);
    const { slide, part } = await read(slides);
    expect(await slide(2)).toEqual([
      band('1A4FD6'),
      title('Nos règles'),
      textBox([
        para([run('On ne se moque de ', 24), run('personne', 24, { bold: true })]),
        bulletPara([run('Tu as le droit de passer', 24)]),
      ]),
    ]);
    expect(await part('ppt/slides/slide2.xml')).toContain(
      '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/>',
    );
  });

  it('gives the help slide its title in the help colour, and each tier its own band colour', async () => {
    const slides = exportDeck(source(deckBody), data, t);
    const { slide } = await read(slides, meta({ tier: '5-8' }));
    const help = await slide(6);
    expect(help[0]).toEqual(band('1E6B3A'));
    expect(help[1]).toEqual(title('Où trouver de l’aide', '8C1D47'));
    expect(help[2]!.paras!.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Belgique',
      'Child Focus 116 000',
      'Tu peux aussi parler à un adulte de confiance : à la maison, à l’école, au club.',
    ]);
  });

  it('writes the theme fonts and the file’s properties', async () => {
    const { part } = await read(exportDeck(source(deckBody), data, t));
    const theme = await part('ppt/theme/theme1.xml');
    expect(theme).toContain('<a:majorFont><a:latin typeface="Arial"/>');
    expect(theme).toContain('<a:minorFont><a:latin typeface="Arial"/>');
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Essai</dc:title>');
    expect(core).toContain('<dc:creator>Parlons-en</dc:creator>');
    expect(core).toContain(`<dc:subject>${source(deckBody).licence}</dc:subject>`);
    expect(await part('docProps/app.xml')).toContain('<Company>Parlons-en</Company>');
  });

  it('leaves the title slide’s lines empty when its body has no text for them', async () => {
    const bare: ExportSlide = { number: 1, kind: 'title', title: 'Seul', body: [], notes: ['N'] };
    const withImage: ExportSlide = {
      ...bare,
      body: [text('Site'), { kind: 'image', src: '/a.png', alt: 'A' }, text('Licence')],
    };
    const tierRuns: ExportSlide = {
      ...bare,
      body: [text('Site'), { kind: 'text', runs: [{ text: '12 à ' }, { text: '15 ans' }], bullet: false }],
    };
    const texts = async (s: ExportSlide) =>
      (await (await read([s])).slide(1)).map((sh) => sh.paras?.flatMap((p) => p.runs.map((r) => r.text)));
    expect(await texts(bare)).toEqual([[], [], ['Seul'], [], []]);
    expect(await texts(withImage)).toEqual([[], ['Site'], ['Seul'], [], ['Licence']]);
    expect(await texts(tierRuns)).toEqual([[], ['Site'], ['Seul'], ['12 à 15 ans'], []]);
  });
});

describe('buildPptx, text size and pictures', () => {
  const long = (n: number) => 'x'.repeat(n);
  it('shrinks the text of long slides: 24 pt up to 400 characters, 18 up to 700, then 14', async () => {
    const sizes = [];
    for (const n of [400, 401, 700, 701]) {
      const { slide } = await read([content('s', [text(long(n - 100)), text(long(100), true)])]);
      sizes.push((await slide(1))[2]!.paras!.map((p) => p.runs[0]!.size));
    }
    expect(sizes).toEqual([
      [24, 24],
      [18, 18],
      [18, 18],
      [14, 14],
    ]);
  });
  it('counts only the text, not the pictures’ descriptions, towards a slide’s length', async () => {
    const { slide } = await read([
      content('s', [text(long(400)), { kind: 'image', src: '/a.png', alt: long(500) }]),
    ]);
    expect((await slide(1))[2]!.paras![0]!.runs[0]!.size).toBe(24);
  });
  it('puts pictures in a column on the right, fitted and centred, with the text beside them', async () => {
    const asked: string[] = [];
    const { slide } = await read(
      [
        content('s', [
          text('À gauche'),
          { kind: 'image', src: '/images/large.png', alt: 'Un large' },
          { kind: 'image', src: '/images/haut.png', alt: 'Un haut' },
        ]),
      ],
      meta({
        image: async (src) => (
          asked.push(src),
          src.includes('large')
            ? { data: PNG, width: 440, height: 100 }
            : { data: PNG, width: 100, height: 500 }
        ),
      }),
    );
    expect(asked).toEqual(['/images/large.png', '/images/haut.png']);
    const [, , box, wide, tall] = await slide(1);
    expect(box).toEqual(textBox([para([run('À gauche', 24)])], 7.4));
    // Each picture has 5.2 / 2 - 0.1 = 2.5 in of height: the wide one is 4.4 × 1, the tall one 0.5 × 2.5.
    expect(wide).toEqual({ pic: true, box: [8.3, 1.6, 4.4, 1], alt: 'Un large' });
    expect(tall).toEqual({ pic: true, box: [10.25, 4.2, 0.5, 2.5], alt: 'Un haut' });
  });
  it('draws a slide of one picture without a text box, the picture as large as its box allows', async () => {
    const { slide } = await read(
      [content('s', [{ kind: 'image', src: '/a.png', alt: 'Seule' }])],
      meta({ image: async () => ({ data: PNG, width: 100, height: 100 }) }),
    );
    expect(await slide(1)).toEqual([
      band('1A4FD6'),
      title('Titre'),
      { pic: true, box: [8.3, 1.6, 4.4, 4.4], alt: 'Seule' },
    ]);
  });
  it('names the deck, the picture, the slide and the fix when a picture is missing', async () => {
    await expect(
      buildPptx(
        [{ ...content('s', [{ kind: 'image', src: '/images/x.svg', alt: 'X' }]), number: 7 }],
        meta({
          image: async () => undefined,
        }),
      ),
    ).rejects.toThrow(
      new Error(
        'Export de la présentation « slides/fr/essai.mdx » impossible : image /images/x.svg introuvable (diapositive 7).\n' +
          '  → Mettre l’image dans public/ ou corriger son chemin.',
      ),
    );
  });
});

describe('buildPptx, notes and the fixes on the XML', () => {
  it('writes each line of the notes as its own paragraph, escaped, on every slide up to the last', async () => {
    const slides = Array.from({ length: 11 }, (_, i): ExportSlide => ({
      ...content(`s${i}`, [
        { kind: 'text', runs: [{ text: 'Deux ' }, { text: 'runs', bold: true }], bullet: true },
        text('Après'),
      ]),
      number: i + 1,
      notes: [`Note ${i + 1}`, 'Deuxième & <dernière>'],
    }));
    const { part } = await read(slides);
    for (const n of [1, 10, 11]) {
      const notes = notesText(await part(`ppt/notesSlides/notesSlide${n}.xml`));
      expect(notes, `notes ${n}`).toEqual([`Note ${n}`, 'Deuxième & <dernière>']);
      const xml = await part(`ppt/slides/slide${n}.xml`);
      // Paragraph properties only at the start of a paragraph (else LibreOffice drops bullets).
      expect(xml, `slide ${n}`).not.toMatch(/<\/a:r><a:pPr/);
      expect(shapes(xml)[2]!.paras, `slide ${n}`).toEqual([
        bulletPara([run('Deux ', 24), run('runs', 24, { bold: true })]),
        para([run('Après', 24)]),
      ]);
    }
  });
  it('writes each line inside a note as its own paragraph too, a blank line as an empty one', async () => {
    const slide = {
      ...content('s', [text('A')]),
      notes: ['Premier paragraphe.\n\nDeuxième.', 'Windows\r\nfin'],
    };
    const { part } = await read([slide]);
    expect(notesText(await part('ppt/notesSlides/notesSlide1.xml'))).toEqual([
      'Premier paragraphe.',
      '',
      'Deuxième.',
      'Windows',
      'fin',
    ]);
  });
  it('writes the notes paragraphs with the run and paragraph properties pptxgenjs gave the single line', async () => {
    const { part } = await read([content('s', [text('A')])]);
    expect(await part('ppt/notesSlides/notesSlide1.xml')).toContain(
      '<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>Première ligne</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>' +
        '<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>Deuxième &amp; &lt;dernière&gt;</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>',
    );
  });
  it('compresses the file at the highest level', async () => {
    const file = await buildPptx(exportDeck(source(deckBody), data, t), meta());
    // Zipped again from the unpacked parts, at the highest and at the default level.
    const unpacked = await JSZip.loadAsync(file);
    const again = new JSZip();
    for (const [name, entry] of Object.entries(unpacked.files))
      if (entry.dir) again.file(name, null, { dir: true, date: entry.date });
      else again.file(name, await entry.async('uint8array'), { date: entry.date });
    const size = async (level: number) =>
      (
        await again.generateAsync({
          type: 'uint8array',
          compression: 'DEFLATE',
          compressionOptions: { level },
        })
      ).length;
    expect(file.length).toBe(await size(9));
    expect(file.length).toBeLessThan(await size(6));
  });
});
