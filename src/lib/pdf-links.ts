/**
 * Links from lesson pages to their deck's PDFs.
 *
 * The PDFs are printed from the built decks, after `astro build`, and only
 * where Chromium exists, so a lesson page cannot know at build time whether
 * they will exist. The page therefore links to what always exists, the deck's
 * print view (`?print-pdf`, printed or saved as PDF from the browser), and
 * names the file it would rather offer in `data-pdf` (with that link's label
 * in `data-pdf-label`). `npm run pdf`, once it has written the PDFs, passes
 * each built lesson page through `linkPdfs`: a link whose PDF exists now
 * points at it. A site built without Chromium never links to a missing file,
 * and works the same with JavaScript off.
 */

const LINK = /<a\b([^>]*\sdata-pdf="([^"]+)"[^>]*)>([\s\S]*?)<\/a>/g;

export interface PdfLinks {
  html: string;
  /** PDFs now linked. */
  linked: string[];
  /** PDFs named by a link but not there: the link stays on the print view. */
  missing: string[];
}

/** Points every `data-pdf` link whose file exists at that file. Idempotent. */
export function linkPdfs(html: string, exists: (url: string) => boolean): PdfLinks {
  const linked: string[] = [];
  const missing: string[] = [];
  const out = html.replace(LINK, (whole, attrs: string, pdf: string, text: string) => {
    const url = decode(pdf);
    if (!exists(url)) {
      missing.push(url);
      return whole;
    }
    linked.push(url);
    const label = /\sdata-pdf-label="([^"]*)"/.exec(attrs)?.[1] ?? text;
    let next = attrs.replace(/\shref="[^"]*"/, ` href="${pdf}"`);
    if (!/\sdownload(?:[\s=]|$)/.test(next)) next += ' download';
    return `<a${next}>${label}</a>`;
  });
  return { html: out, linked, missing };
}

function decode(value: string): string {
  return value.replaceAll('&amp;', '&');
}
