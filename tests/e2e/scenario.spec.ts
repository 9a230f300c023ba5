import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pathsToEndings } from '../../src/lib/scenario-graph.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { test, expect, expectPresentAndHidden } from './fixtures';

const load = (slug: string) => parse(readFileSync(`workshops/fr/scenarios/${slug}.yaml`, 'utf8')) as Scenario;

/** The shortest path from the start to an ending of the given kind. */
function pathTo(scenario: Scenario, outcome: 'protective' | 'risky' | 'mixed'): string[] {
  const paths = pathsToEndings(scenario);
  const ending = Object.entries(scenario.endings).find(([id, e]) => e.outcome === outcome && paths.has(id));
  if (!ending) throw new Error(`pas de fin ${outcome}`);
  return paths.get(ending[0])!;
}

async function walk(page: Page, path: string[]) {
  for (const next of path.slice(1)) {
    await page.locator(`.is-current .choice[data-to="${next}"]`).click();
    await expect(page.locator(`[data-node="${next}"]`)).toHaveClass(/is-current/);
  }
}

for (const slug of ['la-photo-a-la-piscine', 'le-profil-trop-parfait']) {
  const scenario = load(slug);
  for (const outcome of ['protective', 'risky', 'mixed'] as const) {
    test(`${slug}: reach a ${outcome} ending, alone`, async ({ page }) => {
      await page.goto(`/scenarios/${slug}/`);
      const path = pathTo(scenario, outcome);
      await walk(page, path);
      const ending = page.locator(`[data-node="${path.at(-1)}"]`);
      await expect(ending).toBeVisible();
      await expect(ending).toHaveAttribute('data-ending', outcome);
      await expect(ending.getByRole('heading', { name: 'Pourquoi ?' })).toBeVisible();
      await expect(ending.getByRole('heading', { name: 'Pour en discuter' })).toBeVisible();
      // Help for the reader's country sits under the ending (fr-BE in the tests).
      await expect(ending.locator('[data-ending-help]')).toBeVisible();
      await expect(ending.locator('[data-ending-help] [data-country="BE"]')).toBeVisible();
      // Focus follows the story; the path is shown.
      await expect(ending.locator('.ending__title')).toBeFocused();
      await expect(page.locator('.player-path')).toContainText('→');
      // Back and restart.
      await page.getByRole('button', { name: '← Revenir en arrière' }).click();
      await expect(page.locator(`[data-node="${path.at(-2)}"]`)).toHaveClass(/is-current/);
      await page.getByRole('button', { name: 'Recommencer' }).click();
      await expect(page.locator(`[data-node="${scenario.start}"]`)).toHaveClass(/is-current/);
      await expect(page.getByRole('button', { name: '← Revenir en arrière' })).toBeDisabled();
    });
  }
}

test('class mode: lettered choices, votes, "show what happens", notes kept off the projected screen', async ({
  page,
}) => {
  const scenario = load('la-photo-qui-tourne');
  await page.goto('/scenarios/la-photo-qui-tourne/?mode=classe');
  const start = page.locator(`[data-node="${scenario.start}"]`);
  await expect(page.locator('.player-bar [data-mode="classe"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(start.locator('.choice__letter').first()).toHaveText('A');
  const reveal = page.getByRole('button', { name: /Voir ce qui se passe/ });
  await expect(reveal).toBeDisabled();
  await start.getByRole('button', { name: 'Ajouter un vote pour B' }).click();
  await start.getByRole('button', { name: 'Ajouter un vote pour B' }).click();
  await start.getByRole('button', { name: 'Ajouter un vote pour A' }).click();
  await expect(start.locator('.votes output').nth(1)).toHaveText('2');
  await reveal.click();
  const second = scenario.nodes[scenario.start]!.choices[1]!.to;
  await expect(page.locator(`[data-node="${second}"]`)).toHaveClass(/is-current/);
  await expect(page.locator('[data-node].is-current .votes output').first()).toHaveText('0');
  // Facilitator notes are in the page but never shown on the projected screen.
  await expectPresentAndHidden(page.locator('.facilitator-note'));
});

test('the facilitator view shows the notes and follows the projected screen', async ({ page, context }) => {
  const scenario = load('le-nouveau-coequipier');
  await page.goto('/scenarios/le-nouveau-coequipier/?mode=classe');
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: /vue animateur/ }).click();
  const facilitator = await popup;
  await facilitator.waitForLoadState();
  await expect(facilitator.locator('[data-scenario-player]')).toHaveClass(/is-facilitator/);
  // Follow a choice that leads to a moment with notes for the facilitator.
  const choice = scenario.nodes[scenario.start]!.choices.find((c) => scenario.nodes[c.to]?.notes);
  expect(choice, 'le-nouveau-coequipier needs a first choice leading to notes').toBeDefined();
  await page.locator(`.is-current .choice[data-to="${choice!.to}"]`).click();
  const there = facilitator.locator(`[data-node="${choice!.to}"]`);
  await expect(there).toHaveClass(/is-current/);
  await expect(there.locator('.facilitator-note')).toBeVisible();
  await expectPresentAndHidden(page.locator(`[data-node="${choice!.to}"] .facilitator-note`), 1);
});

test('chat view: messages appear as bubbles and choices as replies', async ({ page }) => {
  const scenario = load('le-nouveau-coequipier');
  await page.goto('/scenarios/le-nouveau-coequipier/');
  await expect(page.locator('[data-scenario-player]')).toHaveClass(/is-chat/);
  const first = page.locator(`[data-node="${scenario.start}"]`);
  await expect(first.locator('.bubble').first()).toBeVisible();
  const next = scenario.nodes[scenario.start]!.choices[0]!.to;
  await first.locator(`.choice[data-to="${next}"]`).click();
  // The transcript keeps the earlier moment with the reply chosen, and adds the new one.
  await expect(first).toBeVisible();
  await expect(first.locator('.choice.is-chosen')).toHaveCount(1);
  await expect(page.locator(`[data-node="${next}"]`)).toBeVisible();
  await expect(page.locator(`[data-node="${next}"] .bubble`).last()).toHaveCSS('opacity', '1', {
    timeout: 10_000,
  });
});

test('without JavaScript the scenario is linked text: each choice leads to its moment', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const scenario = load('la-photo-a-la-piscine');
  await page.goto('/scenarios/la-photo-a-la-piscine/');
  const choice = scenario.nodes[scenario.start]!.choices[0]!;
  await page.locator(`[data-node="${scenario.start}"] a[data-to="${choice.to}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#s-${choice.to}$`));
  await expect(page.locator(`#s-${choice.to}`)).toBeVisible();
  await expect(page.locator('[data-ending]')).toHaveCount(Object.keys(scenario.endings).length);
  await context.close();
});

test('a scenario plays inside its lesson step, fetched from its page when the step opens', async ({
  page,
}) => {
  await page.goto('/ateliers/mes-photos-mon-corps/');
  const embed = page.locator('details.embed[data-embed="/scenarios/la-photo-a-la-piscine/"]');
  // Not in the lesson's HTML before it is opened (page weight).
  await expect(embed.locator('[data-scenario-player]')).toHaveCount(0);
  await embed.locator('summary').click();
  await expect(embed.locator('[data-scenario-player]')).toHaveClass(/is-playing/);
  await embed.locator('.is-current .choice').first().click();
  await expect(embed.locator('.player-path')).toContainText('→');
  // Under the step's h3, the moments are h4; styled by players.css, taken from the scenario page.
  await expect(embed.locator('h2, h3')).toHaveCount(0);
  await expect(embed.locator('.is-current .choice').first()).not.toHaveCSS('display', 'inline');
  // Open every embed of the lesson: no id is used twice.
  for (const other of await page.locator('details.embed').all())
    if ((await other.getAttribute('open')) === null) await other.locator('summary').click();
  await expect(
    page.locator('details.embed [data-scenario-player], details.embed [data-quiz-player]'),
  ).toHaveCount(await page.locator('details.embed').count());
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('a scenario plays inside a slide without the deck stealing Space or Enter', async ({ page }) => {
  await page.goto('/presentations/sextorsion-ne-paie-pas-parle/#/scenario-profil');
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const slide = page.locator('section.present');
  const player = slide.locator('[data-scenario-player]');
  await expect(player).toHaveClass(/mode-classe/);
  const before = await page.evaluate(
    () => (window as unknown as { deck: { getIndices(): { h: number } } }).deck.getIndices().h,
  );
  // The slide shows one step at a time: PageDown brings the choices.
  for (let i = 0; i < 3 && !(await slide.locator('.is-current .choice').first().isVisible()); i += 1)
    await page.keyboard.press('PageDown');
  await slide.locator('.is-current .choice').first().focus();
  await page.keyboard.press('Enter');
  await expect(player.locator('.player-path')).toContainText('→');
  const after = await page.evaluate(
    () => (window as unknown as { deck: { getIndices(): { h: number } } }).deck.getIndices().h,
  );
  expect(after).toBe(before);
});

test('scenario pages have no accessibility violations', async ({ page }) => {
  for (const url of ['/scenarios/le-profil-trop-parfait/', '/scenarios/la-photo-a-la-piscine/?mode=classe']) {
    await page.goto(url);
    await expect(page.locator('[data-scenario-player]')).toHaveClass(/is-playing/);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});

test('class mode on the scenario page is a projection view: no site header, large type, full width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/scenarios/le-profil-trop-parfait/?mode=classe');
  const player = page.locator('[data-scenario-player]');
  await expect(player).toHaveClass(/mode-classe/);
  await expectPresentAndHidden(page.locator('.site-header'), 1);
  const sizes = await player.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.is-current p, .is-current .bubble__who, .is-current .choice')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => parseFloat(getComputedStyle(el).fontSize)),
  );
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  expect((await player.boundingBox())!.width).toBeGreaterThan(1024 * 0.9);
  // Back to "alone or in pairs": the site comes back.
  await page.getByRole('button', { name: 'Seul·e ou à deux' }).click();
  await expect(page.locator('.site-header')).toBeVisible();
});
