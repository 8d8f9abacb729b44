import { defineConfig } from '@playwright/test';

// The packaged-app smoke test: the real Electron binary running the built app
// (npm run build). Kept apart from tests/e2e (browser mode), which needs no Electron.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
});
