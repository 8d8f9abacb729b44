// npm run bench:handover [-- --runs N]
// A benchmark, not a test: the handover package of the demo bloc (3 years, 12 units, the 2022 scores), each
// figure against a floor measured in the same run:
// - export (rows read, documents reprinted, zipped), floor: zipping the package's own entries again;
// - import into a fresh PC (checked, backed up, written), floor: unzipping the package and reading every entry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { openLocalServices } from '../main/services/local.js';
import { median, numberArg } from './bench-support.js';

const RUNS = numberArg('--runs', 7);

async function time(work: (i: number) => Promise<unknown>, runs = RUNS): Promise<number> {
  await work(-1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-bench-handover-'));
const source = await openLocalServices(path.join(root, 'nguon'), console.error);
const rows: [string, number, number, string][] = [];
try {
  const { blocId } = await source.ok('blocs.openDemo', {});
  let pkg = await source.ok('handover.export', { blocId });
  rows.push([
    'export the demo bloc',
    await time(async () => (pkg = await source.ok('handover.export', { blocId }))),
    await time(async () => {
      const zip = await JSZip.loadAsync(Buffer.from(pkg.base64!, 'base64'));
      await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    }),
    '≤ 2 000 ms',
  ]);
  const file = { fileName: pkg.fileName, base64: pkg.base64! };

  let importing = 0;
  const importOnce = async () => {
    const target = await openLocalServices(path.join(root, `dich-${importing++}`), console.error);
    try {
      const start = performance.now();
      await target.ok('handover.import', { file });
      return performance.now() - start;
    } finally {
      await target.close();
    }
  };
  await importOnce();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await importOnce());
  rows.push([
    'import into a fresh PC',
    median(samples),
    await time(async () => {
      const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
      for (const entry of Object.values(zip.files)) if (!entry.dir) await entry.async('uint8array');
    }),
    '≤ 3 000 ms',
  ]);

  console.log(`The demo bloc's package (${(Buffer.from(file.base64, 'base64').length / 1024).toFixed(0)} kB); medians in milliseconds (Node ${process.version})`);
  console.log('| measure                      |   time |  floor | target     |');
  console.log('|------------------------------|-------:|-------:|------------|');
  for (const [name, t, f, target] of rows) console.log(`| ${name.padEnd(28)} | ${t.toFixed(1).padStart(6)} | ${f.toFixed(1).padStart(6)} | ${target.padEnd(10)} |`);
} finally {
  await source.close();
  fs.rmSync(root, { recursive: true, force: true });
}
