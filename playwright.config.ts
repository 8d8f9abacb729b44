import { defineConfig } from '@playwright/test';

// End-to-end tests: the built renderer (npx vite build) served by browser mode,
// one fresh database per test (see tests/e2e/fixtures.ts), Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 800 },
    // The app then turns antd's animations off (renderer/app/Providers.tsx): a click never lands on a dialog
    // still zooming in, and screenshots never catch one half-faded.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
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
    trace: 'off',
  },
});
