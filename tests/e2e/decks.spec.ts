import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectPresentAndHidden } from './fixtures';
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

/** reveal.js is ready, and so is every scenario and quiz player of the deck (they start on their own). */
const ready = (page: Page) =>
  page.waitForFunction(
    () =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady() === true &&
      [...document.querySelectorAll<HTMLElement>('[data-scenario-player], [data-quiz-player]')].every(
        (player) => player.dataset['ready'] === 'true',
      ),
  );

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
      // The licence line on the title slide is small print for reusers, not read by the class.
      if (hasText && !el.closest('[data-fineprint]')) {
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
        sections
          .get(id)!
          .querySelectorAll<HTMLElement>('.choice[data-to]')
          .forEach((c) => {
            const to = c.dataset['to']!;
            if (!paths.has(to)) {
              paths.set(to, [...paths.get(id)!, to]);
              queue.push(to);
            }
          });
      }
      for (const [id, path] of paths) {
        scenario.querySelector<HTMLElement>('[data-action="restart"]')!.click();
        for (const to of path)
          scenario.querySelector<HTMLElement>(`.is-current .choice[data-to="${to}"]`)!.click();
        let n = 1;
        check(slide, `${name} › ${id} (${n})`);
        const phaseName = () => scenario.dataset['phase'] ?? '';
        while (
          step(slide, 1) &&
          scenario.querySelector('.is-current')?.getAttribute('data-node') === id &&
          n < 10
        )
          check(slide, `${name} › ${id} (${++n}, ${phaseName()})`);
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

test.describe('class vote inside a deck', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  const indexOf = (page: Page) =>
    page.evaluate(() => (window as unknown as { deck: { getIndices(): { h: number } } }).deck.getIndices().h);

  test('vote with mouse and keyboard, reveal, go back, restart; keys that move never vote', async ({
    page,
  }) => {
    await page.goto('/presentations/sextorsion-ne-paie-pas-parle/#/scenario-profil');
    await ready(page);
    const slide = page.locator('section.present');
    const player = slide.locator('[data-scenario-player]');
    const here = () => player.locator('.is-current').getAttribute('data-node');
    const start = await here();
    const slideIndex = await indexOf(page);
    // A clicker's PageDown walks the steps: the situation, then the choices.
    await expectPresentAndHidden(player.locator('.is-current .choices'), 1);
    for (let i = 0; i < 3 && !(await player.locator('.is-current .choices').isVisible()); i += 1)
      await page.keyboard.press('PageDown');
    await expect(player.locator('.is-current .choice')).toHaveCount(3);
    expect(await indexOf(page)).toBe(slideIndex);
    const choiceB = player.locator('.is-current .choices > li').nth(1);
    // Mouse: two votes for B; keyboard: one vote for A (Enter on its +).
    await choiceB.getByRole('button', { name: 'Ajouter un vote pour B' }).click();
    await choiceB.getByRole('button', { name: 'Ajouter un vote pour B' }).click();
    await player.getByRole('button', { name: 'Ajouter un vote pour A' }).focus();
    await page.keyboard.press('Enter');
    const counts = () => player.locator('.is-current output').allTextContents();
    expect(await counts()).toEqual(['1', '2', '0']);
    // The mouse reveal goes to B's moment (this button did nothing in a deck).
    const toB = await choiceB.locator('.choice').getAttribute('data-to');
    await player.getByRole('button', { name: 'Voir ce qui se passe (choix le plus voté)' }).click();
    expect(await here()).toBe(toB);
    // PageUp: back to the start's choices, votes cleared; vote again and let Space (focus on +) reveal.
    await page.keyboard.press('PageUp');
    expect(await here()).toBe(start);
    await expect(player.locator('.is-current .choices')).toBeVisible();
    await player.getByRole('button', { name: 'Ajouter un vote pour B' }).click();
    await page.keyboard.press('Space');
    expect(await here(), 'Space moves on, it does not add a vote').toBe(toB);
    expect(await indexOf(page)).toBe(slideIndex);
    // Restart, then keys lead off the slide both ways.
    await player.getByRole('button', { name: 'Recommencer' }).click();
    expect(await here()).toBe(start);
    await page.keyboard.press('ArrowLeft');
    expect(await indexOf(page)).toBe(slideIndex - 1);
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    expect(await indexOf(page), 'without votes, the last step leaves the slide').toBe(slideIndex + 1);
  });

  test('a quiz slide steps question, answer, next question with the clicker', async ({ page }) => {
    await page.goto('/presentations/sextorsion-ne-paie-pas-parle/#/quiz');
    await ready(page);
    const item = page.locator('section.present .question:visible');
    await expect(item.locator('.question__prompt')).toBeVisible();
    const first = await item.getAttribute('data-question');
    await item.getByRole('button', { name: /Ajouter un vote pour A/ }).click();
    // The answer, then its explanation, each a step of its own (together they ran off the slide).
    await page.keyboard.press('PageDown');
    await expect(item.locator('.answer')).toBeVisible();
    await expectPresentAndHidden(item.locator('.explanation'), 1);
    await expect(item.getByRole('button', { name: 'Pourquoi ?' })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(item.locator('.explanation')).toBeVisible();
    await expectPresentAndHidden(item.locator('.answer-form'), 1);
    await page.keyboard.press('PageDown');
    await expect(page.locator('section.present .question:visible')).not.toHaveAttribute(
      'data-question',
      first!,
    );
    // Back from the next question: the previous explanation.
    await page.keyboard.press('PageUp');
    await expect(page.locator('section.present .question:visible')).toHaveAttribute('data-question', first!);
    await expect(item.locator('.explanation')).toBeVisible();
  });

  test('toolbar in French: hides while presenting, back on mouse move; keyboard help in French', async ({
    page,
  }) => {
    await page.goto('/presentations/sextorsion-ne-paie-pas-parle/');
    await ready(page);
    const bar = page.locator('[data-deck-bar]');
    await page.mouse.move(200, 300);
    await expect(bar.getByRole('button', { name: 'Notes (S)' })).toBeInViewport();
    await expect(bar).toContainText('S : notes de l’orateur');
    await page.keyboard.press('ArrowRight');
    await expect(bar).toHaveClass(/is-hidden/);
    await page.mouse.move(300, 400);
    await expect(bar).not.toHaveClass(/is-hidden/);
    await bar.getByRole('button', { name: 'Aide (?)' }).click();
    await expect(page.getByRole('dialog', { name: 'Raccourcis clavier' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('the speaker view is in French, shows the lesson step and follows the deck', async ({
    page,
    context,
  }) => {
    await page.goto('/presentations/sextorsion-ne-paie-pas-parle/#/definition');
    await ready(page);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.getByRole('heading', { name: 'Vue de l’orateur' })).toBeVisible();
    await expect(speaker.locator('[data-step]')).toContainText('Étape');
    await expect(speaker.locator('[data-step]')).toContainText('min prévues');
    await expect(speaker.locator('[data-elapsed]')).toBeVisible();
    await expect(speaker.locator('[data-slide-title]')).toHaveText("La sextorsion, c'est…");
    await page.keyboard.press('ArrowRight');
    await expect(speaker.locator('[data-slide-title]')).toHaveText('Comment ça se passe');
    await speaker.getByRole('button', { name: 'Suivante →' }).click();
    await expect.poll(() => indexOf(page)).toBe(4);
  });

  test('the help slide shows the class’s country, chosen once on this device', async ({ page }) => {
    await page.goto('/presentations/sextorsion-ne-paie-pas-parle/#/aide');
    await ready(page);
    const slide = page.locator('section.present');
    await expect(slide.locator('[data-help-country="BE"]')).toBeVisible();
    await expectPresentAndHidden(slide.locator('[data-help-country="FR"]'));
    await slide.getByRole('button', { name: 'France' }).click();
    await expect(slide.locator('[data-help-country="FR"]')).toBeVisible();
    await page.reload();
    await ready(page);
    await expect(page.locator('section.present [data-help-country="FR"]')).toBeVisible();
    await expectPresentAndHidden(page.locator('section.present [data-help-country="BE"]'));
  });
});
