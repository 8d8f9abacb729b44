// Bundles the Electron main process and the preload into CommonJS files that
// Electron loads directly: dist/main/index.cjs and dist/preload/index.cjs.
// Everything is bundled except `electron` (provided by the runtime) and
// `better-sqlite3` (a native module, shipped unpacked next to the asar).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Shared by both bundles. Electron 45 ships Node 22, so node20 is a safe floor. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'info',
  // Import attributes (`with { type: 'json' }`) are understood by esbuild's JSON loader.
  loader: { '.json': 'json' },
};

/**
 * The preload needs only the contract's channel names, not its zod schemas
 * (≈700 kB that every page load would parse). Evaluate the contract here, at build
 * time, and give the preload a module holding just the names. Should the preload
 * ever import anything else from the contract, the build fails on the missing export.
 */
async function contractChannelNames() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['main/contract/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const contract = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const names = contract.channelNames;
  if (!Array.isArray(names) || names.length === 0) throw new Error('main/contract/index.ts exports no channelNames');
  return names;
}

const channelNamesOnly = (names) => ({
  name: 'contract-channel-names',
  setup(b) {
    b.onResolve({ filter: /[/\\]contract[/\\]index(\.js|\.ts)?$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path),
      namespace: 'contract-channel-names',
    }));
    b.onLoad({ filter: /.*/, namespace: 'contract-channel-names' }, () => ({
      contents: `export const channelNames = ${JSON.stringify(names)};\n`,
      loader: 'js',
    }));
  },
});

const names = await contractChannelNames();

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/shell/index.ts'],
    outfile: 'dist/main/index.cjs',
    external: ['electron', 'better-sqlite3'],
    // The sources are ES modules (createRequire(import.meta.url) finds better-sqlite3 for the integrity
    // check's worker); in the CommonJS bundle import.meta.url is this file's own URL.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
  build({
    ...common,
    entryPoints: ['preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    // A sandboxed preload may require only 'electron' (and a few polyfills): all else is inlined.
    external: ['electron'],
    plugins: [channelNamesOnly(names)],
  }),
]);
console.log(`Preload exposes ${names.length} channels: ${names.join(', ')}`);
