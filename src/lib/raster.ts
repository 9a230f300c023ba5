/**
 * SVG illustrations as PNG for the editable exports, without a browser
 * (resvg, compiled to WebAssembly: same result on every platform). PowerPoint
 * and LibreOffice both show PNG; SVG support differs between versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';

/** Fonts for the few words inside illustrations: the site's fallbacks, when the system has them. */
const FONT_FILES = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
];

/** The fonts among `files` that this system has, read; a missing one is skipped. */
export function loadFonts(files: readonly string[]): Uint8Array[] {
  return files.filter((f) => existsSync(f)).map((f) => new Uint8Array(readFileSync(f)));
}

let ready: Promise<Uint8Array[]> | undefined;
function init(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(readFileSync(wasm));
    return loadFonts(FONT_FILES);
  })();
  return ready;
}

/** Renders an SVG to a PNG `width` pixels wide. */
export async function svgToPng(svg: string, width = 1200): Promise<Uint8Array> {
  const fontBuffers = await init();
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontBuffers,
      // Stryker disable next-line BooleanLiteral: the WebAssembly build cannot read the system's fonts, true changes nothing (tested: a system-only font is not used)
      loadSystemFonts: false,
      // Stryker disable next-line StringLiteral: with no family found, resvg falls back to the first regular font given, Liberation Sans: same drawing (tested)
      defaultFontFamily: 'Liberation Sans',
      // Stryker disable next-line StringLiteral: same fallback to Liberation Sans Regular as above (tested)
      sansSerifFamily: 'Liberation Sans',
    },
  });
  const png = r.render().asPng();
  // Stryker disable next-line all: frees the renderer's WebAssembly memory; no output depends on it
  r.free();
  return png;
}
