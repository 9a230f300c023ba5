import { test, expect } from './fixtures';

test('prepare a lesson, go offline, reload it and present its deck', async ({ page, context }) => {
  await page.goto('/ateliers/ami-en-ligne-trop-gentil/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const panel = page.locator('[data-offline]');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Préparer hors ligne' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Tout est prêt/, { timeout: 30_000 });
  await expect(panel.locator('li[data-ready="false"]')).toHaveCount(0);
  const ready = await panel.locator('li').count();
  expect(ready).toBeGreaterThanOrEqual(6);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('en ligne');
  await expect(panel.locator('li[data-ready="true"]')).toHaveCount(ready);

  await page.getByRole('link', { name: 'Présenter' }).click();
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { deck: { getIndices(): { h: number } } }).deck.getIndices().h,
      ),
    )
    .toBe(1);

  // A scenario of the lesson plays offline too, with its player.
  await page.goto('/scenarios/le-nouveau-coequipier/');
  await expect(page.locator('[data-scenario-player]')).toHaveClass(/is-playing/);
  await context.setOffline(false);
});

test('the site shell opens offline after a first visit', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // the service worker now controls the page
  await context.setOffline(true);
  await page.goto('/aide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('J’ai besoin d’aide');
  await context.setOffline(false);
});
