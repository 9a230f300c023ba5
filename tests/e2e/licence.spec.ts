/**
 * Issue 17, on the built site: every deck's .pptx (one per country) and every
 * lesson's .docx are read back from dist/ (unzipped, their XML read as text):
 * one slide per deck slide, notes on every slide, text as text, the chosen
 * country's help numbers, the sources, the licence. Then what a teacher sees:
 * "Adapter cet atelier" with its downloads, the files on /intervenants/, the
 * licence on printed pages. The licence line on every page is checked in
 * gates.spec.ts, in its loop over all pages.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { outlineDeck } from '../../src/lib/deck-body.ts';
import { DIST } from '../support/built-pages.ts';
import { ROOT, splitFrontmatter } from '../support/read-content.ts';
import { test, expect } from './fixtures';

const decks = readdirSync(join(ROOT, 'slides', 'fr'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const { data, body } = splitFrontmatter(readFileSync(join(ROOT, 'slides', 'fr', f), 'utf8'));
    return {
      slug: f.replace(/\.mdx$/, ''),
      lesson: (data as { lesson: string }).lesson,
      outline: outlineDeck(body),
    };
  });
const lessons = readdirSync(join(ROOT, 'workshops', 'fr', 'ateliers'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const { data } = splitFrontmatter(readFileSync(join(ROOT, 'workshops', 'fr', 'ateliers', f), 'utf8'));
    return {
      slug: f.replace(/\.mdx$/, ''),
      data: data as { title: string; steps: unknown[]; groundRules: string[]; help: string[] },
    };
  });
const resources = (
  parse(readFileSync(join(ROOT, 'workshops', 'data', 'resources.yaml'), 'utf8')) as {
    id: string;
    country: string;
    phone?: string;
    source: string;
  }[]
).filter(Boolean);
const byId = new Map(resources.map((r) => [r.id, r]));

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!).join(' ');
const notesBody = (xml: string) =>
  texts(/<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(xml)?.[1] ?? '');

test('the decks and plans are files of their own, made at build time', () => {
  expect(decks.length).toBeGreaterThan(0);
  for (const d of decks)
    for (const c of ['be', 'fr'])
      expect(
        existsSync(join(DIST, 'presentations', d.slug, `${d.slug}-${c}.pptx`)),
        `${d.slug}-${c}.pptx`,
      ).toBe(true);
  for (const l of lessons)
    expect(existsSync(join(DIST, 'ateliers', l.slug, `${l.slug}.docx`)), `${l.slug}.docx`).toBe(true);
});

for (const deck of decks) {
  for (const country of ['BE', 'FR'] as const) {
    test(`${deck.slug}-${country.toLowerCase()}.pptx reads back`, async () => {
      const file = join(DIST, 'presentations', deck.slug, `${deck.slug}-${country.toLowerCase()}.pptx`);
      const zip = await JSZip.loadAsync(readFileSync(file));
      const read = (n: string) => zip.file(n)!.async('string');
      const types = await read('[Content_Types].xml');
      expect(types).toContain('presentationml.presentation.main+xml');
      const presentation = await read('ppt/presentation.xml');
      const count = deck.outline.slides.length + 1; // + the title slide
      expect(presentation.match(/<p:sldId /g)?.length, 'diapositives').toBe(count);
      for (let n = 1; n <= count; n++) {
        const xml = await read(`ppt/slides/slide${n}.xml`);
        const text = texts(xml);
        expect(text.length, `texte de la diapositive ${n}`).toBeGreaterThan(0);
        // Every slide but the title slide and the help slide (checked below, with its numbers) has a title.
        if (n > 1 && n < count) {
          const title = deck.outline.slides[n - 2]!.title;
          expect(title, `titre de la diapositive ${n} dans la source`).toBeTruthy();
          expect(text, `titre de la diapositive ${n}`).toContain(title!.replace(/'/g, '’'));
        }
        const rels = await read(`ppt/slides/_rels/slide${n}.xml.rels`);
        const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
        expect(notes, `notes de la diapositive ${n}`).toBeDefined();
        expect(
          notesBody(await read(`ppt/notesSlides/${notes}`)).trim(),
          `notes de la diapositive ${n}`,
        ).not.toBe('');
      }
      const first = texts(await read('ppt/slides/slide1.xml'));
      expect(first).toContain(`D’après Parlons-en, `);
      expect(first).toContain(`/presentations/${deck.slug}/, CC BY-SA 4.0`);
      expect(await read('docProps/core.xml')).toContain('CC BY-SA 4.0');
      // The help slide: this country's numbers, not the other's; their sources in the notes.
      const help = texts(await read(`ppt/slides/slide${count}.xml`));
      const helpNotes = notesBody(await read(`ppt/notesSlides/notesSlide${count}.xml`));
      const lesson = lessons.find((l) => l.slug === deck.lesson)!;
      const mine = lesson.data.help
        .map((id) => byId.get(id)!)
        .filter((r) => r.country === country && r.phone);
      const others = lesson.data.help
        .map((id) => byId.get(id)!)
        .filter((r) => r.country !== country && r.country !== 'intl' && r.phone);
      expect(mine.length, 'numéros du pays').toBeGreaterThan(0);
      for (const r of mine) {
        expect(help).toContain(r.phone!);
        expect(helpNotes).toContain(r.source);
      }
      for (const r of others.filter((o) => !mine.some((m) => m.phone === o.phone)))
        expect(help).not.toContain(`${r.phone}`);
      // Pictures are PNG (shown by PowerPoint and LibreOffice alike), never SVG bytes under a .png name.
      for (const name of Object.keys(zip.files).filter(
        (n) => n.startsWith('ppt/media/') && !zip.files[n]!.dir,
      )) {
        const bytes = await zip.file(name)!.async('uint8array');
        expect(name).toMatch(/\.png$/);
        expect(String.fromCharCode(...bytes.slice(1, 4)), name).toBe('PNG');
      }
    });
  }
}

for (const lesson of lessons) {
  test(`${lesson.slug}.docx reads back`, async () => {
    const zip = await JSZip.loadAsync(
      readFileSync(join(DIST, 'ateliers', lesson.slug, `${lesson.slug}.docx`)),
    );
    const xml = await zip.file('word/document.xml')!.async('string');
    const headings = [
      ...xml.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => `${m[1]} ${m[2]}`);
    for (const h of [
      'Heading1 Fiche de séance',
      'Heading1 Plan complet',
      'Heading2 Règles de la classe',
      'Heading2 Déroulé',
      'Heading2 Aide pour les élèves',
    ])
      expect(headings, h).toContain(h);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table.match(/<w:tr[ >]/g)?.length, 'une ligne par étape, plus l’en-tête').toBe(
      lesson.data.steps.length + 1,
    );
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    const unescape = (s: string) =>
      s
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
    for (const rule of lesson.data.groundRules)
      expect(unescape(text), rule).toContain(rule.trim().replace(/\s+/g, ' '));
    expect(text).toContain('Quand un élève se confie');
    for (const id of lesson.data.help) {
      const r = byId.get(id)!;
      if (r.phone) expect(text, id).toContain(r.phone);
      expect(unescape(text), `source de ${id}`).toContain(r.source);
    }
    expect(text).toContain(`/ateliers/${lesson.slug}/, CC BY-SA 4.0`);
    const footer = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(await zip.file(footer!)!.async('string')).toContain('CC BY-SA 4.0');
  });
}

test('no page loads the editable files', () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|js|css)$/.test(name) || name === 'sw.js') pages.push(path);
    }
  };
  walk(DIST);
  for (const file of pages) {
    const source = readFileSync(file, 'utf8');
    // Links with `download` are fine; nothing may fetch, preload or precache them.
    for (const m of source.matchAll(/<(link|script|img|iframe|object)\b[^>]*\.(pptx|docx)\b[^>]*>/g))
      throw new Error(`${file} charge ${m[0]}`);
    if (file.endsWith('.js')) expect(source, file).not.toMatch(/\.(pptx|docx)\b/);
  }
});

test('a lesson page says what may change, what must stay, and offers the files', async ({ page }) => {
  await page.goto('/ateliers/sexting-consentement-confiance/');
  const adapt = page.locator('[data-adapt]');
  await expect(adapt.getByRole('heading', { name: 'Adapter cet atelier', level: 2 })).toBeVisible();
  await expect(adapt.getByRole('heading', { name: 'Ce que vous pouvez changer librement' })).toBeVisible();
  await expect(adapt.getByRole('heading', { name: 'Ce qui doit rester' })).toBeVisible();
  await expect(adapt).toContainText('numéros d’aide');
  await expect(adapt).toContainText('Aucun reproche à la victime');
  await page.locator('.downloads').getByRole('link', { name: 'Adapter cet atelier' }).click();
  await expect(page).toHaveURL(/#adapter-cet-atelier$/);
  for (const [name, href] of [
    [
      'version Belgique (.pptx)',
      '/presentations/sexting-consentement-confiance/sexting-consentement-confiance-be.pptx',
    ],
    [
      'version France (.pptx)',
      '/presentations/sexting-consentement-confiance/sexting-consentement-confiance-fr.pptx',
    ],
    [
      'Plan de l’atelier modifiable (.docx)',
      '/ateliers/sexting-consentement-confiance/sexting-consentement-confiance.docx',
    ],
  ] as const) {
    const link = adapt.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', href);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(href.split('/').pop());
  }
});

test('/intervenants/ lists every lesson’s editable files; its PDFs are in the deck list, not repeated here', async ({
  page,
}) => {
  await page.goto('/intervenants/');
  const table = page.locator('[data-downloads]');
  await expect(table.locator('tbody tr')).toHaveCount(lessons.length);
  const row = table.locator('tr', { hasText: lessons.find((l) => l.slug === 'deepnudes')!.data.title });
  for (const name of ['version Belgique (.pptx)', 'version France (.pptx)', '(.docx)'])
    await expect(row.getByRole('link', { name })).toBeVisible();
  await expect(table.locator('[data-pdf]')).toHaveCount(0);
});

test('a printed page carries the attribution', async ({ page }) => {
  await page.goto('/ateliers/deepnudes/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-url')).toBeVisible();
  await expect(page.locator('.print-url')).toHaveText(
    /D’après Parlons-en, https?:\/\/[^ ]+\/ateliers\/deepnudes\/, CC BY-SA 4\.0/,
  );
});

test('the first page of every deck’s PDF carries the attribution', async ({ page }) => {
  for (const deck of decks) {
    await page.goto(`/presentations/${deck.slug}/?print-pdf`);
    await page.waitForFunction(() =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
    );
    const first = page.locator('.pdf-page').first();
    await expect(first, deck.slug).toContainText(
      new RegExp(`D’après Parlons-en, https?://\\S+/presentations/${deck.slug}/, CC BY-SA 4\\.0`),
    );
    await expect(first.locator('[data-licence]')).toBeVisible();
  }
});
