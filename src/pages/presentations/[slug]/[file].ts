/**
 * The deck as an editable .pptx, one per country (its help numbers on the
 * last slide): /presentations/<slug>/<slug>-be.pptx and -fr.pptx. Made at
 * build time; a deck the export cannot read stops the build, naming it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, slugOf, type DeckEntry } from '../../../site/content';
import { EXPORT_COUNTRIES, deckPptx, type ExportCountry } from '../../../site/exports';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.decks.flatMap((deck) =>
    EXPORT_COUNTRIES.map((country) => ({
      params: { slug: slugOf(deck), file: `${slugOf(deck)}-${country.toLowerCase()}.pptx` },
      props: { deck, country },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ deck: DeckEntry; country: ExportCountry }> = async ({ props, site }) => {
  const file = await deckPptx(await loadSite(), props.deck, props.country, site);
  return new Response(file as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
};
