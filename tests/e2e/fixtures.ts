import { test as base, expect, type Locator } from '@playwright/test';

/**
 * Every browser test runs with these guards: a request to any other origin,
 * a console error, an uncaught exception or a failed (4xx/5xx) same-site
 * response fails the test, whatever the test itself checks.
 */
export const test = base.extend<{ guard: void; allowedOrigins: string[]; notFoundExpected: boolean }>({
  /** For the test of the 404 page itself. */
  notFoundExpected: [false, { option: true }],
  /** Origins a test deliberately navigates to (and intercepts), such as the quick exit's neutral page. */
  allowedOrigins: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedOrigins, notFoundExpected }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about|chrome-extension):/.test(url)) return;
        const target = new URL(url).origin;
        if (target !== origin && !allowedOrigins.includes(target))
          problems.push(`requête vers un autre site : ${url}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !(notFoundExpected && response.status() === 404)) {
          problems.push(`${response.status()} pour ${response.url()}`);
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && !(notFoundExpected && message.text().includes('404')))
          problems.push(`erreur console : ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Every element the locator matches is hidden, and there is at least one (exactly `count` when
 * given): `toBeHidden()` alone also passes when nothing matches, after a renamed class or a
 * missing element.
 */
export async function expectPresentAndHidden(locator: Locator, count?: number): Promise<void> {
  if (count === undefined) await expect(locator).not.toHaveCount(0);
  else await expect(locator).toHaveCount(count);
  for (const element of await locator.all()) await expect(element).toBeHidden();
}
