/**
 * Measurements for `npm run bench`, also used by the budget tests:
 * build time and peak memory, page weight as loaded by Chromium before any
 * interaction, deck start-up. Search is timed in search-compare.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface BuildResult {
  totalMs: number;
  astroMs: number;
  searchIndexMs: number;
  typographyMs: number;
  pages: number;
  peakRssMb: number;
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `astro build` in `cwd`, timing each step and sampling peak memory. */
export async function runBuild(cwd: string): Promise<BuildResult> {
  const timings = join(cwd, '.bench-timings.jsonl');
  rmSync(timings, { force: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
    {
      cwd,
      env: { ...process.env, PARLONS_EN_TIMINGS: timings },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 100);
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const totalMs = performance.now() - started;
  if (code !== 0) throw new Error(`La construction a échoué :\n${stderr.slice(-3000)}`);
  const steps = readFileSync(timings, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { step: string; ms: number; pages?: number });
  rmSync(timings, { force: true });
  const search = steps.find((s) => s.step === 'search-index')!;
  const typography = steps.find((s) => s.step === 'typography')!;
  return {
    totalMs,
    searchIndexMs: search.ms,
    typographyMs: typography.ms,
    astroMs: totalMs - search.ms - typography.ms,
    pages: search.pages ?? 0,
    peakRssMb: peak / 1024,
  };
}

export interface Bytes {
  raw: number;
  gz: number;
}
export interface PageWeight {
  url: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  other: Bytes;
  /** Requests to any other origin (must stay 0). */
  external: string[];
  /** Fonts downloaded, from anywhere (system fonts only: must stay 0). */
  fonts: string[];
}

const zero = (): Bytes => ({ raw: 0, gz: 0 });

/**
 * Adds up what `page` loads from now on, by type (raw and gzip-compressed
 * bytes); `done()` waits for every body and returns the weight. A body that
 * cannot be read is listed in `errors`, never counted as 0 bytes silently.
 */
export function watchWeight(
  page: Page,
  origin: string,
  url: string,
): { done(): Promise<PageWeight & { errors: string[] }> } {
  const weight: PageWeight & { errors: string[] } = {
    url,
    html: zero(),
    css: zero(),
    js: zero(),
    other: zero(),
    external: [],
    fonts: [],
    errors: [],
  };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const target = response.url();
    if (response.request().resourceType() === 'font') weight.fonts.push(target);
    if (!target.startsWith(origin)) {
      if (!target.startsWith('data:')) weight.external.push(target);
      return;
    }
    // Redirects have no body to count.
    if (response.status() >= 300 && response.status() < 400) return;
    pending.push(
      response
        .body()
        .then((body) => {
          const type = response.request().resourceType();
          const bucket =
            type === 'document'
              ? weight.html
              : type === 'stylesheet'
                ? weight.css
                : type === 'script'
                  ? weight.js
                  : weight.other;
          bucket.raw += body.length;
          bucket.gz += gzipSync(body, { level: 9 }).length;
        })
        .catch((error: Error) => {
          weight.errors.push(`${target} : ${error.message}`);
        }),
    );
  });
  return {
    done: async () => {
      await Promise.all(pending);
      return weight;
    },
  };
}

/**
 * What a page loads before the reader does anything: open it in a fresh
 * context, wait for the network to settle, and add up each response by type.
 */
export async function weighPage(browser: Browser, origin: string, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watcher = watchWeight(page, origin, url);
  await page.goto(origin + url, { waitUntil: 'networkidle' });
  const weight = await watcher.done();
  await context.close();
  return weight;
}

/** Time from navigation to the deck being ready on its first slide. */
export async function timeDeck(browser: Browser, origin: string, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(origin + url);
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
