// The pledge's grid of 30 long names, 2 and 3 blocks a row, rendered by LibreOffice and read back word by
// word with their positions: in every row the signers' names, the first position lines and the last
// unit-name lines each share one baseline, and no line broke inside a word.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARGINS, nfc, renderDocx } from '../../../../main/documents/index.js';
import { gridLayout } from '../../../../main/documents/layout/signature-lines.js';
import type { SignatureGridBlock, StateDocument } from '../../../../main/documents/index.js';
import { LONG_UNITS, longNamePledge, splitWords } from './long-names.js';

// Skipped only without LibreOffice, saying so in the title; poppler comes with it, and a missing pdftotext fails.
const noLibreOffice = spawnSync('sh', ['-c', 'command -v soffice']).status !== 0;
const SKIPPED = noLibreOffice ? ' (skipped: soffice not installed; apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils)' : '';

interface Word {
  page: number;
  x: number;
  yMax: number;
  text: string;
}
interface Line {
  page: number;
  column: number;
  yMax: number;
  text: string;
}

/** The words of a PDF with their boxes, from `pdftotext -bbox` (y grows downwards, in points). */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else out.push({ page, x: (Number(m[1]) + Number(m[2])) / 2, yMax: Number(m[3]), text: nfc(m[4] ?? '').replace(/&amp;/g, '&') });
  }
  return out;
}

/** Words grouped into the grid's columns, then into lines by baseline, top to bottom. */
function gridLines(all: Word[], columnEdges: number[]): Line[] {
  const lines: Line[] = [];
  for (const w of all) {
    const column = columnEdges.findIndex((edge, j) => j < columnEdges.length - 1 && w.x >= edge && w.x < (columnEdges[j + 1] ?? 0));
    if (column < 0) continue;
    const line = lines.find((l) => l.page === w.page && l.column === column && Math.abs(l.yMax - w.yMax) < 2);
    if (line) line.text += ` ${w.text}`;
    else lines.push({ page: w.page, column, yMax: w.yMax, text: w.text });
  }
  return lines.sort((a, b) => a.page - b.page || a.yMax - b.yMax);
}

interface Found {
  name: Line;
  position: Line;
  unitEnd: Line;
  /** The unit name's lines as LibreOffice printed them. */
  unit: string[];
}

const rendered = new Map<number, { lines: Line[]; grid: SignatureGridBlock; doc: StateDocument }>();

beforeAll(async () => {
  if (SKIPPED) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-grid-'));
  const files = [];
  for (const perRow of [2, 3] as const) {
    const doc = longNamePledge(perRow);
    const file = path.join(dir, `grid-${perRow}.docx`);
    fs.writeFileSync(file, await renderDocx(doc));
    files.push({ perRow, doc, file });
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-lo-profile-'));
  // One LibreOffice start for both files: it is the slow part.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => f.file)],
    { stdio: 'ignore', timeout: 180_000 },
  );
  for (const { perRow, doc, file } of files) {
    const grid = doc.body.find((b): b is SignatureGridBlock => b.kind === 'signatureGrid');
    if (!grid) throw new Error('the pledge has no grid');
    // Column edges in points from the left margin: the grid spans the text width.
    const edges = [MARGINS.left / 20];
    for (const w of gridLayout(grid, doc.options).widths) edges.push((edges[edges.length - 1] ?? 0) + w / 20);
    rendered.set(perRow, { lines: gridLines(words(file.replace(/\.docx$/, '.pdf')), edges), grid, doc });
  }
}, 240_000);

/** A block's name, its first position line and its unit name's last line, as LibreOffice laid them out. */
function find(perRow: 2 | 3, index: number): Found {
  const { lines, grid, doc } = rendered.get(perRow) ?? { lines: [] };
  if (!grid || !doc) throw new Error(`grid of ${perRow} was not rendered`);
  const layout = gridLayout(grid, doc.options);
  const printed = layout.rows[Math.floor(index / perRow)]?.[index % perRow];
  if (!printed) throw new Error(`no block ${index}`);
  const column = lines.filter((l) => l.column === index % perRow);
  const at = column.findIndex((l) => l.text === nfc(printed.name));
  expect(at, `${printed.name} printed in column ${index % perRow}`).toBeGreaterThan(0);
  // The text lines right above the name: the position lines, and above them the unit's name.
  const a = printed.authority.length;
  const u = printed.unit.length;
  const above = column.slice(at - a - u, at);
  expect(above.map((l) => l.text), `block ${index}: lines as laid out, none wrapped`).toEqual([...printed.unit, ...printed.authority]);
  const [name, position, unitEnd] = [column[at], above[u], above[u - 1]];
  if (!name || !position || !unitEnd) throw new Error(`block ${index}: name, position or unit name missing`);
  return { name, position, unitEnd, unit: above.slice(0, u).map((l) => l.text) };
}

describe(`the pledge grid of 30 long names, rendered by LibreOffice${SKIPPED}`, () => {
  for (const perRow of [2, 3] as const) {
    it.skipIf(SKIPPED)(`${perRow} blocks a row: names, positions and unit names of a row each on one baseline`, () => {
      const rows = Math.ceil(LONG_UNITS.length / perRow);
      let worst = 0;
      for (let r = 0; r < rows; r++) {
        const blocks = Array.from({ length: perRow }, (_, j) => r * perRow + j)
          .filter((i) => i < LONG_UNITS.length)
          .map((i) => find(perRow, i));
        for (const part of ['name', 'position', 'unitEnd'] as const) {
          const ys = blocks.map((b) => b[part].yMax);
          const spread = Math.max(...ys) - Math.min(...ys);
          worst = Math.max(worst, spread);
          expect(spread, `row ${r + 1}: ${part} baselines ${ys.join(', ')}`).toBeLessThanOrEqual(0.5);
          expect(new Set(blocks.map((b) => b[part].page)).size, `row ${r + 1} on one page`).toBe(1);
        }
        for (const b of blocks) expect(splitWords(b.unit), b.unit.join(' / ')).toEqual([]);
      }
      console.info(`${perRow} a row: ${rows} rows checked, widest baseline spread ${worst.toFixed(2)} pt`);
    });
  }
});
