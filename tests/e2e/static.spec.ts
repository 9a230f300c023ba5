/**
 * Checks on the built HTML that need no browser: every internal link and
 * #anchor resolves, the HTML is valid, lessons have every section, decks end
 * with help and carry notes on every slide.
 *
 * html-validate runs its recommended rules, except:
 * - long-title: titles name the lesson in full; clarity for readers matters
 *   more than the length search engines show;
 * - void-style: MDX writes images as <img />; with or without the slash, both are valid HTML;
 * - valid-id relaxed: HTML allows ids that start with a digit, and MDX makes
 *   them from headings such as « 5 à 8 ans »;
 * - on decks, unique-landmark: reveal.js requires <aside class="notes">, which
 *   it keeps hidden from the slides and from assistive technology.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.json' with { type: 'json' };
import { DIST, builtPages, pagesOf } from '../support/built-pages.ts';
import { test, expect } from '@playwright/test';

const pages = builtPages();
const html = new Map(pages.map((p) => [p.url, readFileSync(p.file, 'utf8')]));

function idsOf(source: string): Set<string> {
  return new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const [url, source] of html) {
    for (const m of source.matchAll(/\shref="([^"]+)"/g)) {
      const href = m[1]!.replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|tel:|sms:)/.test(href)) continue;
      const target = new URL(href, `http://site${url}`);
      const path = decodeURIComponent(target.pathname);
      const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
      if (!existsSync(file)) {
        broken.push(`${url} → ${href} (fichier absent)`);
        continue;
      }
      const hash = decodeURIComponent(target.hash.slice(1));
      // reveal.js links (#/slide-id) are slide ids, checked like anchors.
      const anchor = hash.startsWith('/') ? hash.slice(1) : hash;
      if (anchor && file.endsWith('.html')) {
        const ids = path === url ? idsOf(source) : idsOf(html.get(path) ?? readFileSync(file, 'utf8'));
        if (!ids.has(anchor)) broken.push(`${url} → ${href} (ancre absente)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every page is valid HTML', async () => {
  const site = new HtmlValidate(config as never);
  const decks = new HtmlValidate({
    ...config,
    rules: { ...config.rules, 'unique-landmark': 'off' },
  } as never);
  const errors: string[] = [];
  for (const { url, file, kind } of pages) {
    const report = await (kind === 'deck' ? decks : site).validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${url}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('every lesson page has every section of a lesson plan', () => {
  const sections = [
    'Objectifs',
    'L’essentiel à savoir',
    'Avant la séance',
    'Règles de la classe',
    'Déroulé',
    'Questions pour la discussion',
    'Adapter l’atelier',
    'Protection de l’enfance',
    'Aide pour les élèves',
    'Mot pour les parents',
    'Sources',
  ];
  for (const { url } of pagesOf('lesson')) {
    const headings = [...html.get(url)!.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );
    for (const section of sections) {
      expect(
        headings.some((h) => h.startsWith(section)),
        `${url} : ${section}`,
      ).toBe(true);
    }
  }
});

test('every deck has notes on every slide and ends with help', () => {
  for (const { url } of pagesOf('deck')) {
    const source = html.get(url)!;
    const slides = source.split(/<section\b/).slice(1);
    expect(slides.length, url).toBeGreaterThan(3);
    slides.forEach((slide, i) => expect(slide, `${url} diapositive ${i + 1}`).toContain('class="notes"'));
    expect(slides.at(-1), url).toContain('data-help-slide');
  }
});

test('help resources are shown on every lesson, scenario, quiz and guide page', () => {
  for (const kind of ['lesson', 'scenario', 'quiz', 'guide'] as const) {
    for (const { url } of pagesOf(kind)) expect(html.get(url), url).toContain('data-resource=');
  }
});

test('no page loads anything from another origin', () => {
  for (const [url, source] of html) {
    const external = [
      ...source.matchAll(
        /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g,
      ),
    ];
    expect(
      external.map((m) => m[0]),
      url,
    ).toEqual([]);
  }
});
