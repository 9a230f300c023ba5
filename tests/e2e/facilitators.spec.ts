import { test, expect, expectPresentAndHidden } from './fixtures';

const PAGES = [
  ['Préparer', '/intervenants/preparer-une-seance/'],
  ['confidence', '/intervenants/proteger-et-recueillir-une-confidence/'],
  ['légal', '/intervenants/cadre-legal/'],
  ['Formats', '/intervenants/formats-de-seance/'],
  ['Lettre', '/intervenants/lettre-aux-parents-avant/'],
  ['incident', '/intervenants/message-aux-parents-apres-un-incident/'],
  ['valuation', '/intervenants/fiches-d-evaluation/'],
] as const;

test('the facilitators’ page leads to every guide and template', async ({ page }) => {
  await page.goto('/intervenants/');
  // Once each in the list (the disclosure box's own link to the protocol guide is not the list).
  for (const [, href] of PAGES)
    await expect(page.locator(`main a[href="${href}"]:not([data-disclosure] a)`)).toHaveCount(1);
});

test('templates print cleanly: no navigation, the text whole', async ({ page }) => {
  for (const [, href] of PAGES.slice(4)) {
    await page.goto(href);
    await page.emulateMedia({ media: 'print' });
    await expectPresentAndHidden(page.locator('.site-header'), 1);
    await expectPresentAndHidden(page.locator('.site-footer'), 1);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.print-url')).toBeVisible();
    // On paper, a template is only itself: help cards and sources stay on screen.
    await expectPresentAndHidden(page.locator('[data-resource]'));
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the legal frame shows laws from the data, with their check date', async ({ page }) => {
  await page.goto('/intervenants/cadre-legal/');
  await expect(page.locator('[data-law="fr-diffusion-non-consentie"]')).toContainText('226-2-1');
  await expect(page.locator('[data-law="be-diffusion-non-consentie"]')).toContainText('Vérifié le');
});

test('the legal frame gives officers every rule, with the article itself, and no working notes', async ({
  page,
}) => {
  await page.goto('/intervenants/cadre-legal/');
  const laws = [
    'be-diffusion-non-consentie',
    'be-images-mineurs',
    'be-sexting-16',
    'be-deepfake-adultes',
    'be-sextorsion',
    'fr-diffusion-non-consentie',
    'fr-deepfake-sexuel',
    'fr-images-mineurs',
    'fr-propositions-sexuelles-mineur',
    'fr-incitation-mineur-en-ligne',
    'fr-chantage',
    'fr-chantage-images-sexuelles',
  ];
  for (const id of laws) await expect(page.locator(`[data-law="${id}"]`), id).toHaveCount(1);
  // Article links go to the article itself or its section (Légifrance, in the version in force:
  // no date in the address) or the law (Justel), never to a whole Code. 226-2-1, 227-22-1, 227-22-2
  // and 227-23 have no confirmed address of their text in force, so no link.
  const hrefs = await page
    .locator('[data-law] .law__article a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(5);
  for (const href of hrefs) {
    expect(href).toMatch(
      /legifrance\.gouv\.fr\/codes\/(article_lc\/LEGIARTI|section_lc\/LEGITEXT\d+\/LEGISCTA)\d+\/?$|ejustice\.just\.fgov\.be\/eli\//,
    );
    expect(href).not.toMatch(/\d{4}-\d{2}-\d{2}\/?$|dateTexte/);
  }
  const text = await page.locator('main').innerText();
  expect(text).toContain('8 avril');
  expect(text).toMatch(/numéros d.articles belges indiqués ici sont ceux de la loi de 2022/);
  expect(text).toMatch(/aucune exception pour des mineur|pas d.exception (entre mineurs|quand deux mineur)/i);
  for (const note of [/à vérifier/i, /nos données/i, /pas encore/i, /non confirmé/i])
    expect(text).not.toMatch(note);
  // A complaint is never sent to an emergency number.
  expect(text).not.toMatch(/porter plainte\s*:\s*Police/i);
});

test('the disclosure protocol gives the duty to report in both countries, and fits a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/intervenants/proteger-et-recueillir-une-confidence/');
  const text = await page.locator('main').innerText();
  for (const needed of ['CRIP', 'ne sont pas tenu·es au secret professionnel'])
    expect(text, needed).toContain(needed);
  // Each rule is read from laws.yaml (LawRef), with its article.
  for (const [id, article] of [
    ['fr-avis-fonctionnaire', /art\. 40 du Code de procédure pénale/],
    ['fr-non-information-mineur', /art\. 434-3 du Code pénal\s*:\s*3 ans/],
    ['be-secret-danger-mineur', /art\. 458bis du Code pénal/],
    ['be-non-assistance', /art\. 422bis du Code pénal/],
    ['be-avis-fonctionnaire', /art\. 29 du Code d.instruction criminelle/],
  ] as const)
    await expect(page.locator(`main [data-law="${id}"] .law__article`), id).toHaveText(article);
  await expect(page.locator('main a[href="tel:119"]').first()).toBeVisible();
  await expect(page.locator('.evidence-rule')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('each lesson’s disclosure box leads to the country rules (duty to report, professional secrecy)', async ({
  page,
}) => {
  for (const lesson of ['/ateliers/mes-photos-mon-corps/', '/ateliers/sextorsion-ne-paie-pas-parle/']) {
    await page.goto(lesson);
    const link = page.locator(
      '[data-disclosure] a[href="/intervenants/proteger-et-recueillir-une-confidence/"]',
    );
    await expect(link, lesson).toHaveCount(1);
  }
  await page.locator('[data-disclosure] a').click();
  await expect(page.locator('main [data-law="fr-avis-fonctionnaire"]')).toContainText(
    'art. 40 du Code de procédure pénale',
  );
});

test('every parent guide that speaks of evidence shows the evidence rule', async ({ page }) => {
  await page.goto('/parents/');
  const hrefs = await page
    .locator('main a[href^="/parents/"]')
    .evaluateAll((links) => [
      ...new Set(links.map((a) => a.getAttribute('href')!).filter((h) => h !== '/parents/')),
    ]);
  expect(hrefs.length).toBeGreaterThanOrEqual(6);
  const speakingOfEvidence: string[] = [];
  for (const href of hrefs) {
    await page.goto(href);
    const text = await page.locator('article').innerText();
    if (!/preuve|captur/i.test(text)) continue;
    speakingOfEvidence.push(href);
    await expect(page.locator('.evidence-rule'), href).not.toHaveCount(0);
  }
  // Without a guide that speaks of evidence, the loop above would check nothing.
  expect(speakingOfEvidence.length).toBeGreaterThan(0);
});
