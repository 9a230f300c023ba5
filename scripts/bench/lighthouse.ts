/** Lighthouse (mobile settings, the default) on the system Chromium. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface Scores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export async function lighthouseScores(
  origin: string,
  urls: readonly string[],
  chromePath: string,
): Promise<Scores[]> {
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const scores: Scores[] = [];
  try {
    for (const url of urls) {
      const result = await lighthouse(origin + url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = result!.lhr.categories;
      const pct = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      scores.push({
        url,
        performance: pct('performance'),
        accessibility: pct('accessibility'),
        bestPractices: pct('best-practices'),
        seo: pct('seo'),
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
