import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests run in the system's Chromium (Debian's `chromium` package),
 * never in a browser downloaded by Playwright. Set CHROMIUM_PATH to use another.
 */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium introuvable à ${executablePath}. Installez-le (apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH.`,
  );
}
const port = Number(process.env['PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // In CI (.ci/run exports CI=true) a committed test.only fails the run instead of shrinking it to one test.
  forbidOnly: !!process.env['CI'],
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'fr-BE',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
