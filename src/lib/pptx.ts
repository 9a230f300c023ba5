/**
 * Writes a deck model (src/lib/deck-export.ts) as an editable .pptx with
 * pptxgenjs: one slide per slide, titles and text as real text boxes, images,
 * speaker notes in the notes pane. The look follows the site: white slides,
 * the brand colour for titles, the tier's colour as a band, Arial (the
 * metric twin of the site's Liberation Sans fallback, present everywhere).
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { Block, ExportSlide } from './deck-export.ts';
import type { TierId } from './tiers.ts';

/** Tier accents, taken from the site's tokens (src/styles/tokens.css). */
export const TIER_COLOURS: Record<TierId, string> = {
  '5-8': '1E6B3A',
  '9-12': '0B5566',
  '12-15': '1A4FD6',
  '15-18': '8C1D47',
  adultes: '44475A',
};
const INK = '15161B';
const SOFT = '3D4050';
const BRAND = '0B5566';
const HELP = '8C1D47';
const FONT = 'Arial';

export interface PptxMeta {
  title: string;
  tier: TierId;
  /** The attribution line, also written in the file's properties. */
  licence: string;
  siteName: string;
  /** Reads an image of the site (`/images/…`) as a data URL, or undefined when missing. */
  image: (src: string) => Promise<{ data: string; width: number; height: number } | undefined>;
  /** The deck's file, named when an image is missing. */
  file: string;
}

type TextProps = PptxGenJS.TextProps;
type TextBlock = Extract<Block, { kind: 'text' }>;

/** A block as a list of text blocks: itself when it is text, none otherwise (or when missing). */
const asText = (b: Block | undefined): TextBlock[] => (b?.kind === 'text' ? [b] : []);
/** The text of blocks without their formatting. */
const plainText = (blocks: TextBlock[]) => blocks.map((b) => b.runs.map((r) => r.text).join('')).join('');
/**
 * Separates the lines of the notes until the file is written (a private-use character):
 * pptxgenjs would turn a line break into one paragraph with breaks inside.
 */
const NOTE_BREAK = '\uE001';

function paragraphs(blocks: TextBlock[], size: number): TextProps[] {
  const out: TextProps[] = [];
  for (const b of blocks) {
    b.runs.forEach((run, i) => {
      // Paragraph options go on the first run only: pptxgenjs writes a paragraph's
      // properties from any run that has them, which would split or break it.
      const paragraph = i === 0 ? { paraSpaceAfter: 6, ...(b.bullet ? { bullet: { indent: 18 } } : {}) } : {};
      out.push({
        text: run.text,
        options: {
          bold: run.bold,
          fontSize: size,
          color: INK,
          ...paragraph,
          ...(i === b.runs.length - 1 ? { breakLine: true } : {}),
        },
      });
    });
  }
  return out;
}

export async function buildPptx(slides: ExportSlide[], meta: PptxMeta): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = meta.title;
  pptx.author = meta.siteName;
  pptx.company = meta.siteName;
  pptx.subject = meta.licence;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const accent = TIER_COLOURS[meta.tier];

  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addShape('rect', { x: 0, y: 0, w: 0.18, h: 7.5, fill: { color: accent }, line: { color: accent } });
    if (s.kind === 'title') {
      const [site, tier, licence] = s.body;
      slide.addText(paragraphs(asText(site), 24), {
        x: 0.8,
        y: 1.4,
        w: 11.5,
        h: 0.6,
        color: SOFT,
        fontFace: FONT,
      });
      slide.addText(s.title, {
        x: 0.8,
        y: 2.1,
        w: 11.5,
        h: 2,
        fontSize: 40,
        bold: true,
        color: BRAND,
        fontFace: FONT,
        valign: 'top',
        fit: 'shrink',
      });
      slide.addText(plainText(asText(tier)), {
        x: 0.8,
        y: 4.3,
        w: 4,
        h: 0.6,
        fontSize: 20,
        color: accent,
        fontFace: FONT,
        line: { color: accent, width: 2 },
        rectRadius: 0.3,
        shape: 'roundRect',
        align: 'center',
      });
      slide.addText(paragraphs(asText(licence), 12), {
        x: 0.8,
        y: 6.4,
        w: 11.5,
        h: 0.7,
        color: SOFT,
        fontFace: FONT,
      });
    } else {
      slide.addText(s.title, {
        x: 0.6,
        y: 0.35,
        w: 12.1,
        h: 1.1,
        fontSize: 32,
        bold: true,
        color: s.kind === 'help' ? HELP : BRAND,
        fontFace: FONT,
        valign: 'top',
        fit: 'shrink',
      });
      const images = s.body.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image');
      const texts = s.body.filter((b): b is TextBlock => b.kind === 'text');
      const long = plainText(texts).length;
      const size = long > 700 ? 14 : long > 400 ? 18 : 24;
      const textWidth = images.length > 0 ? 7.4 : 12.1;
      if (texts.length > 0)
        slide.addText(paragraphs(texts, size), {
          x: 0.6,
          y: 1.6,
          w: textWidth,
          h: 5.5,
          valign: 'top',
          fontFace: FONT,
          fit: 'shrink',
        });
      for (const [i, img] of images.entries()) {
        const found = await meta.image(img.src);
        if (!found)
          throw new Error(
            `Export de la présentation « ${meta.file} » impossible : image ${img.src} introuvable (diapositive ${s.number}).\n` +
              '  → Mettre l’image dans public/ ou corriger son chemin.',
          );
        // Fit the picture in its box, keeping its proportions.
        const boxH = 5.2 / images.length - 0.1;
        const scale = Math.min(4.4 / found.width, boxH / found.height);
        const [w, h] = [found.width * scale, found.height * scale];
        slide.addImage({
          data: found.data,
          x: 8.3 + (4.4 - w) / 2,
          y: 1.6 + i * (boxH + 0.1),
          w,
          h,
          altText: img.alt,
        });
      }
    }
    // One paragraph per line, also for the lines inside a note (a scenario's notes have paragraphs).
    slide.addNotes(s.notes.flatMap((n) => n.split(/\r?\n/)).join(NOTE_BREAK));
  }
  const out = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return notesAsParagraphs(out, slides.length);
}

/**
 * Two fixes on pptxgenjs's XML. It writes the notes as one run (line breaks
 * would stay inside it, which PowerPoint shows as one line): the lines, joined
 * by NOTE_BREAK, each become their own paragraph. And it writes paragraph properties again before every later
 * run of a paragraph (`</a:r><a:pPr>…<a:buNone/></a:pPr>`), which is not valid
 * DrawingML and makes LibreOffice drop the bullet: those are removed.
 */
async function notesAsParagraphs(file: Uint8Array, count: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  for (let n = 1; n <= count; n++) {
    const name = `ppt/slides/slide${n}.xml`;
    const xml = await zip.file(name)!.async('string');
    // pptxgenjs writes these XML parts on one line: `.` reaches the end of the properties.
    zip.file(name, xml.replace(/(<\/a:r>)<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/g, '$1'));
  }
  for (let n = 1; n <= count; n++) {
    const name = `ppt/notesSlides/notesSlide${n}.xml`;
    const xml = await zip.file(name)!.async('string');
    const fixed = xml.replace(
      /<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([\s\S]*?)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)<\/a:p>/,
      (_, rPr: string, text: string, end: string) =>
        text
          .split(NOTE_BREAK)
          .map((line) => `<a:p><a:r>${rPr}<a:t>${line}</a:t></a:r>${end}</a:p>`)
          .join(''),
    );
    zip.file(name, fixed);
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}
