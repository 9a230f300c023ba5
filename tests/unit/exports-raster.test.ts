/**
 * Illustrations as PNG for the editable exports (src/lib/raster.ts): the
 * PNG is decoded here (zlib and the five PNG filters) to look at its pixels,
 * so the tests see whether the words inside an illustration were drawn, and
 * with which font.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts, svgToPng } from '../../src/lib/raster.ts';

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes) to its pixels. */
function decode(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const [width, height] = [view.getUint32(16), view.getUint32(20)];
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.slice(at + 4, at + 8));
    if (type === 'IDAT') idat.push(png.slice(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, pixels: out };
}
/** How many pixels are dark (the ink of the words). */
const ink = (png: Uint8Array) => {
  const { pixels } = decode(png);
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 128 && pixels[i]! < 100) n++;
  return n;
};
const words = (family?: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="white"/>` +
  `<text x="10" y="28" font-size="24"${family ? ` font-family="${family}"` : ''} fill="black">Parlons-en</text></svg>`;

describe('svgToPng', () => {
  // Loading the WebAssembly renderer and its fonts takes a second, once.
  beforeAll(() => svgToPng(words(), 10));
  it('draws the words of an illustration, in the site’s font when none is named', async () => {
    const plain = await svgToPng(words(), 200);
    expect(ink(plain)).toBeGreaterThan(100);
    expect(decode(plain).pixels).toEqual(decode(await svgToPng(words('Liberation Sans'), 200)).pixels);
  });
  it('draws sans-serif words in Liberation Sans', async () => {
    const sans = await svgToPng(words('sans-serif'), 200);
    expect(decode(sans).pixels).toEqual(decode(await svgToPng(words('Liberation Sans'), 200)).pixels);
  });
  it('uses only its own fonts, never the system’s, so every machine draws the same picture', async () => {
    // DejaVu Serif is installed on this system but is not one of the export's fonts.
    expect(existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')).toBe(true);
    const serif = await svgToPng(words('DejaVu Serif'), 200);
    expect(decode(serif).pixels).toEqual(decode(await svgToPng(words(), 200)).pixels);
  });
  it('scales the picture to the width asked, keeping its proportions', async () => {
    const { width, height } = decode(await svgToPng(words(), 500));
    expect([width, height]).toEqual([500, 100]);
  });
});

describe('loadFonts', () => {
  it('reads the fonts the system has and skips a missing one', () => {
    const here = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    const fonts = loadFonts(['/nulle/part/Absente.ttf', here]);
    expect(fonts).toHaveLength(1);
    expect(Buffer.from(fonts[0]!).equals(readFileSync(here))).toBe(true);
  });
});
