/**
 * What a parent reads at home: every lesson's take-home note carries the phone
 * numbers of the lesson's help list, read from the data, so a family never has
 * to go back to "la page de l'atelier" to find a number.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../support/read-content.ts';
import { test, expect } from './fixtures';

const resources = parse(readFileSync('workshops/data/resources.yaml', 'utf8')) as {
  id: string;
  phone?: string;
}[];
const phoneOf = new Map(resources.map((r) => [r.id, r.phone]));
const dir = 'workshops/fr/ateliers';
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const { data } = splitFrontmatter(readFileSync(`${dir}/${f}`, 'utf8')) as { data: { help: string[] } };
    return { slug: f.replace(/\.mdx$/, ''), help: data.help };
  });

test('lessons are found on disk', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(15);
});

for (const { slug, help } of lessons) {
  test(`the parents' note of ${slug} gives the numbers of its help list`, async ({ page }) => {
    await page.goto(`/ateliers/${slug}/`);
    const note = page.locator('section[aria-labelledby="parents"]');
    await expect(note).not.toContainText('page de l’atelier');
    await expect(note).not.toContainText("page de l'atelier");
    const phones = help.map((id) => phoneOf.get(id)).filter((p): p is string => Boolean(p));
    expect(phones.length, `${slug}: no phone number in its help list`).toBeGreaterThan(0);
    const text = (await note.innerText()).replace(/\s/g, ' ');
    for (const p of phones) expect(text, `${slug}: ${p}`).toContain(p.replace(/\s/g, ' '));
  });
}
