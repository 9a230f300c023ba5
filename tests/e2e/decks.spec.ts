import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtPages } from '../support/built-pages';

/**
 * Decks in a classroom. Every slide of every deck, at 1024×768 and
 * 1920×1080, step by step (each scenario moment's situation and choices, each
 * ending and its debrief, each quiz question and its answer): every visible
 * element lies inside the slide, and at 1024×768 every text is at least 24 px
 * on screen. One page per deck and size; each problem names deck, slide and step.
 */
const SLIDE_FILES = readdirSync(join(import.meta.dirname, '..', '..', 'slides', 'fr'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();
const DECKS = builtPages()
  .filter((p) => p.kind === 'deck')
  .map((p) => p.url.split('/').filter(Boolean).pop()!)
  .sort();
const SIZES = [
  { width: 1024, height: 768, minFont: 24 },
  { width: 1920, height: 1080, minFont: 0 },
];

const ready = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());

test('the fit test walks every deck written in slides/fr', () => {
  expect(DECKS.length, 'aucune présentation construite : lancez npm run build').toBeGreaterThan(0);
  expect(DECKS).toEqual(SLIDE_FILES);
});

interface Report {
  problems: string[];
  checked: number;
  steps: number;
  minFont: number;
}

/** Runs in the page: walks every slide and step, returns what does not fit. */
function walkDeck(minFont: number): Report {
  type Deck = {
    slide(h: number): void;
    getTotalSlides(): number;
    getCurrentSlide(): HTMLElement;
    getScale(): number;
    layout(): void;
  };
  const deck = (window as unknown as { deck: Deck }).deck;
  const problems: string[] = [];
  let steps = 0;
  let smallest = Infinity;
  const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
  const step = (slide: Element, direction: 1 | -1) => {
    const player = slide.querySelector('[data-deck-step]');
    return player
      ? !player.dispatchEvent(new CustomEvent('deck-step', { cancelable: true, detail: { direction } }))
      : false;
  };
  const visible = (el: Element) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.visibility !== 'hidden' && Number(s.opacity) > 0 && r.width > 0 && r.height > 0;
  };
  const check = (slide: HTMLElement, where: string) => {
    steps += 1;
    const scale = deck.getScale();
    let worst = { out: 1, label: '' };
    const small = new Set<string>();
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('aside.notes, .visually-hidden, [hidden]') || !visible(el)) continue;
      const r = el.getBoundingClientRect();
      const out = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
      const label = `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} « ${(el.textContent ?? '').trim().slice(0, 40)} »`;
      if (out > worst.out) worst = { out, label };
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
      if (hasText) {
        const size = parseFloat(getComputedStyle(el).fontSize) * scale;
        smallest = Math.min(smallest, size);
        if (size < minFont - 0.05) small.add(`${label} en ${size.toFixed(1)} px`);
      }
    }
    if (worst.label) problems.push(`${where} : dépasse de ${Math.round(worst.out)} px (${worst.label})`);
    for (const s of small) problems.push(`${where} : texte trop petit, ${s}`);
  };
  const total = deck.getTotalSlides();
  for (let h = 0; h < total; h += 1) {
    deck.slide(h);
    const slide = deck.getCurrentSlide();
    const name = `diapositive ${h + 1} (${slide.id || 'sans id'})`;
    const scenario = slide.querySelector<HTMLElement>('[data-scenario-player]');
    const quiz = slide.querySelector<HTMLElement>('[data-quiz-player]');
    if (scenario) {
      // Every moment and ending, reached by clicking its path from the start; both of its steps.
      const sections = new Map(
        [...scenario.querySelectorAll<HTMLElement>('[data-node]')].map((s) => [s.dataset['node']!, s]),
      );
      const start = scenario.querySelector<HTMLElement>('.moment')!.dataset['node']!;
      const paths = new Map<string, string[]>([[start, []]]);
      const queue = [start];
      while (queue.length) {
        const id = queue.shift()!;
        sections.get(id)!.querySelectorAll<HTMLElement>('.choice[data-to]').forEach((c) => {
          const to = c.dataset['to']!;
          if (!paths.has(to)) {
            paths.set(to, [...paths.get(id)!, to]);
            queue.push(to);
          }
        });
      }
      for (const [id, path] of paths) {
        scenario.querySelector<HTMLElement>('[data-action="restart"]')!.click();
        for (const to of path) scenario.querySelector<HTMLElement>(`.is-current .choice[data-to="${to}"]`)!.click();
        check(slide, `${name} › ${id} (1)`);
        if (step(slide, 1) && scenario.querySelector('.is-current')?.getAttribute('data-node') === id)
          check(slide, `${name} › ${id} (2)`);
      }
      scenario.querySelector<HTMLElement>('[data-action="restart"]')!.click();
    } else if (quiz) {
      while (step(slide, -1));
      let n = 1;
      do check(slide, `${name} › étape ${n++}`);
      while (step(slide, 1) && n < 100);
      while (step(slide, -1));
    } else {
      check(slide, name);
    }
  }
  return { problems, checked: total, steps, minFont: Math.round(smallest * 10) / 10 };
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const slug of DECKS) {
      test(`${slug} : chaque diapositive tient dans l’écran${size.minFont ? ', texte ≥ 24 px' : ''}`, async ({
        page,
      }) => {
        await page.goto(`/presentations/${slug}/`);
        await ready(page);
        const report = await page.evaluate(walkDeck, size.minFont);
        mkdirSync('test-results/fit', { recursive: true });
        writeFileSync(
          `test-results/fit/${size.width}-${slug}.json`,
          JSON.stringify({ slug, ...report }, null, 1),
        );
        expect(report.checked).toBeGreaterThan(2);
        expect(report.problems, `${slug} à ${size.width}×${size.height}`).toEqual([]);
      });
    }
  });
}
