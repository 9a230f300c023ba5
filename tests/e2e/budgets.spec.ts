/**
 * Page-weight budgets, on sizes only (timings are reported by `npm run bench`,
 * never asserted). Measured as a reader's browser loads each page, before any
 * interaction: search, players in closed <details>, PDFs are not counted.
 */
import type { Browser } from 'playwright-core';
import { weighPage } from '../../scripts/bench/measure.ts';
import { builtPages } from '../support/built-pages.ts';
import { test, expect } from './fixtures';

const KB = 1024;
const BUDGET = {
  content: { jsGz: 12 * KB, cssGz: 12 * KB },
  deck: { jsGz: 80 * KB },
};

for (const { url, kind } of builtPages()) {
  test(`within budget: ${url}`, async ({ browser, baseURL }) => {
    const weight = await weighPage(browser as unknown as Browser, baseURL!, url);
    expect(weight.external, 'requests to another origin').toEqual([]);
    expect(weight.fonts, 'fonts downloaded (system fonts only)').toEqual([]);
    if (kind === 'deck') {
      expect(weight.js.gz, 'deck JS (gzip)').toBeLessThanOrEqual(BUDGET.deck.jsGz);
    } else {
      expect(weight.js.gz, 'JS before interaction (gzip)').toBeLessThanOrEqual(BUDGET.content.jsGz);
      expect(weight.css.gz, 'CSS (gzip)').toBeLessThanOrEqual(BUDGET.content.cssGz);
    }
  });
}
