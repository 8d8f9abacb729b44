// npm run bench:grid [-- --edits N]
// A benchmark, not a test: the score grid at its largest (30 units × 100 criteria, self and bloc: 6 000
// cells) in browser mode, in Debian's Chromium. Measures, inside the page, the time from the Enter that
// commits a typed figure to the unit's total showing the new figure (the median over N edits), and how
// long the grid takes to appear. The renderer is built into a temporary folder first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import type { ScoreChange } from '../main/contract/index.js';
import { openLocalServices } from '../main/services/local.js';
import { startWebServer } from '../main/web/server.js';
import { GROUPS, median, numberArg, PER_GROUP, syntheticScale, syntheticYear, UNITS } from './bench-support.js';

const EDITS = numberArg('--edits', 20);

/** Builds the year through the services: the bloc, its 30 units, the locked scale, every unit scored 0,5 per criterion. */
async function seed(dataDir: string): Promise<void> {
  const services = await openLocalServices(dataDir, console.error);
  const { ok } = services;
  try {
    const { yearId, unitIds } = await syntheticYear(ok, 2024);
    await ok('scoring.saveScale', { yearId, definition: syntheticScale('judgement') });
    await ok('scoring.lockScale', { yearId });
    const changes: ScoreChange[] = unitIds.flatMap((unitId) =>
      Array.from({ length: GROUPS * PER_GROUP }, (_, i) => ({ unitId, itemKey: `c${Math.floor(i / PER_GROUP) + 1}-${(i % PER_GROUP) + 1}`, self: '0.5' })),
    );
    for (let i = 0; i < changes.length; i += 5000) await ok('scoring.setScores', { yearId, changes: changes.slice(i, i + 5000) });
  } finally {
    await services.close();
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-bench-grid-'));
const staticDir = path.join(work, 'renderer');
/**
 * The floor: in the same page, the time from an Enter to a bare element's text changing, with nothing in
 * between but the browser's own event and mutation delivery.
 */
async function keyFloor(page: import('@playwright/test').Page): Promise<number> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'bench-floor';
    const out = document.createElement('span');
    document.body.append(input, out);
    const floor = { start: 0, samples: [] as number[] };
    (window as unknown as { floor: typeof floor }).floor = floor;
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      floor.start = performance.now();
      out.textContent = String(floor.samples.length);
    });
    new MutationObserver(() => floor.samples.push(performance.now() - floor.start)).observe(out, { childList: true, characterData: true });
  });
  await page.locator('#bench-floor').focus();
  for (let i = 0; i < EDITS; i++) await page.keyboard.press('Enter');
  return median(await page.evaluate(() => (window as unknown as { floor: { samples: number[] } }).floor.samples));
}

const dataDir = path.join(work, 'data');
fs.mkdirSync(dataDir);
try {
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir: staticDir, emptyOutDir: true } });
  await seed(dataDir);
  const server = await startWebServer({ dataDir, staticDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Chức năng' }).waitFor();
    const opened = Date.now();
    await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('menuitem', { name: 'Chấm điểm', exact: true }).click();
    await page.locator('td[data-side="self"]').first().waitFor();
    const firstRender = Date.now() - opened;
    const cells = await page.locator('td[data-side]').count();

    // In the page: the Enter that commits is the start; the unit's total changing its text is the end.
    await page.evaluate(() => {
      const bench = { start: 0, watched: '', samples: [] as number[] };
      (window as unknown as { bench: typeof bench }).bench = bench;
      document.addEventListener('keydown', (e) => e.key === 'Enter' && (bench.start = performance.now()), true);
      new MutationObserver(() => {
        const total = document.querySelector(`[data-testid="total-${bench.watched}"]`)?.textContent ?? '';
        if (bench.start > 0 && total !== (window as unknown as { before: string }).before) {
          bench.samples.push(performance.now() - bench.start);
          bench.start = 0;
        }
      }).observe(document.querySelector('table.sg-table tbody')!, { subtree: true, childList: true, characterData: true });
    });

    const rows = page.locator('tbody tr[data-row]');
    for (let i = 0; i < EDITS; i++) {
      const row = rows.nth((i * 7) % UNITS);
      const cell = row.locator('td[data-side="self"]').nth((i * 13) % (GROUPS * PER_GROUP));
      const unitId = (await cell.getAttribute('data-unit-id'))!;
      const before = (await page.getByTestId(`total-${unitId}`).textContent()) ?? '';
      await page.evaluate(
        ([id, text]) => {
          (window as unknown as { bench: { watched: string } }).bench.watched = id!;
          (window as unknown as { before: string }).before = text!;
        },
        [unitId, before],
      );
      await cell.click();
      // 0,5 → 1: the total moves by half a point.
      await page.keyboard.type('1');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => (window as unknown as { bench: { samples: number[] } }).bench.samples.length > n, i);
      // Let the write and its refresh settle, so each edit is measured alone.
      await page.getByText('Đã lưu mọi thay đổi').waitFor();
    }
    const samples = await page.evaluate(() => (window as unknown as { bench: { samples: number[] } }).bench.samples);
    const floor = await keyFloor(page);
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(`Score grid, ${UNITS} units × ${GROUPS * PER_GROUP} criteria (${cells} cells), browser mode in Chromium`);
    console.log(`  grid shown after opening the screen: ${firstRender} ms`);
    console.log(`  Enter → new total in the DOM, median of ${samples.length}: ${median(samples).toFixed(1)} ms (min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})`);
    console.log(`  floor, Enter → a bare input's text changed in the same page: ${floor.toFixed(2)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
