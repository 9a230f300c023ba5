/**
 * The lesson plan as an editable .docx: /ateliers/<slug>/<slug>.docx. Made
 * at build time, never loaded by a page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, slugOf, type LessonEntry } from '../../../site/content';
import { lessonDocx } from '../../../site/exports';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.lessons.map((lesson) => ({
    params: { slug: slugOf(lesson), file: `${slugOf(lesson)}.docx` },
    props: { lesson },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lesson: LessonEntry }> = async ({ props, site }) => {
  const file = await lessonDocx(await loadSite(), props.lesson, site);
  return new Response(file as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
