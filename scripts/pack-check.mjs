// Validates the packaging configuration offline: runs electron-builder's real
// Windows `--dir` packaging against a stub Electron distribution (the Electron
// download is blocked here), then inspects what it produced. It does not build
// the NSIS installer itself (that needs the makensis download) nor rebuild
// better-sqlite3 for Electron's ABI; it does validate the whole
// electron-builder.yml, nsis section included, against electron-builder's schema.
// The stub executable carries Electron's real fuse wire, so electron-builder's
// fuse flipping runs for real, and the fuses are read back from the packed
// executable and held to FUSES below.
// Run `npm run build` first.  Usage: npm run pack:check [-- --keep]
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
// resedit, @electron/asar and @electron/fuses are electron-builder's own dependencies; borrow them from there,
// so the fuses are read back with the very library that flipped them.
const builderRequire = createRequire(createRequire(path.join(root, 'package.json')).resolve('app-builder-lib/package.json'));
const ResEdit = builderRequire('resedit');
const asar = builderRequire('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = builderRequire('@electron/fuses');
const { SENTINEL } = builderRequire('@electron/fuses/dist/constants.js');

// Fuse bytes are the characters '0' and '1'.
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);
// Electron 45's fuse wire as it ships (electron/build/fuses/fuses.json5): wire version 1, nine fuses.
// Another Electron may have more: pack:check fails until this is checked against it.
const ELECTRON_WIRE = { electron: 45, version: 1, fuses: '101100011' };
// Fuses newer than @electron/fuses 1.8, which has no name for them: left as Electron ships them.
const NEWER_FUSES = { WasmTrapHandlers: 8 };
/**
 * The policy: what each fuse of the packed executable must be. It lives here, not only in
 * electron-builder.yml, so that weakening the yml fails this check.
 */
const FUSES = {
  RunAsNode: OFF, // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js
  EnableCookieEncryption: ON,
  EnableNodeOptionsEnvironmentVariable: OFF, // NODE_OPTIONS could preload any script
  EnableNodeCliInspectArguments: OFF, // --inspect would open a debugger on the main process
  EnableEmbeddedAsarIntegrityValidation: ON, // app.asar must match the hash in the executable
  OnlyLoadAppFromAsar: ON, // no app/ folder beside it is loaded instead
  LoadBrowserProcessSpecificV8Snapshot: OFF,
  GrantFileProtocolExtraPrivileges: OFF, // the pages come from app://, never file://
  WasmTrapHandlers: ON, // Electron's default
};

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const productName = 'Khối Thi Đua';

const checks = [];
const check = (ok, what) => {
  checks.push({ ok: Boolean(ok), what });
  console.log(`${ok ? '  ✓' : '  ✗'} ${what}`);
};

for (const file of ['dist/main/index.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html']) {
  if (!fs.existsSync(path.join(root, file))) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-pack-'));
const stub = path.join(work, 'electron-dist');
const out = path.join(work, 'out');

try {
  makeStubElectron(stub);
  console.log(`Packaging with electron-builder (win x64 --dir) into ${out}`);
  const cli = createRequire(path.join(root, 'package.json')).resolve('electron-builder/cli.js');
  const run = spawnSync(
    process.execPath,
    [
      cli,
      '--win',
      '--x64',
      '--dir',
      '--publish',
      'never',
      '-c.npmRebuild=false',
      `-c.electronDist=${stub}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  // electron-builder lists every duplicated dependency on one enormous line; leave it out.
  const log = `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((line) => !line.includes('duplicate dependency references'))
    .join('\n');
  console.log(log.trimEnd());
  check(run.status === 0, `electron-builder accepted electron-builder.yml and packaged (exit code ${run.status})`);
  check(Number(electronVersion.split('.')[0]) === ELECTRON_WIRE.electron, `the stub's fuse wire is that of the installed Electron (${electronVersion})`);
  if (run.status === 0) await inspect(path.join(out, 'win-unpacked'));
} finally {
  if (keep) console.log(`Kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

const failed = checks.filter((c) => !c.ok);
console.log(failed.length === 0 ? `pack:check passed (${checks.length} checks).` : `pack:check FAILED: ${failed.length} of ${checks.length} checks.`);
process.exit(failed.length === 0 ? 0 : 1);

/**
 * What electron-builder needs of an Electron distribution: an electron.exe that
 * is a real PE file with a version resource (it writes the asar-integrity and
 * icon resources into it) and Electron's fuse wire (it flips the fuses), the
 * licence files, and a few locales to filter.
 */
function makeStubElectron(dir) {
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const exe = ResEdit.NtExecutable.createEmpty(false, false);
  addFuseWire(exe);
  const resources = ResEdit.NtExecutableResource.from(exe);
  const version = ResEdit.Resource.VersionInfo.createEmpty();
  version.lang = 1033;
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'Electron (stub)' });
  version.setFileVersion(...electronVersion.split('.').map(Number), 0, 1033);
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  fs.writeFileSync(path.join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stub');
  fs.writeFileSync(path.join(dir, 'LICENSES.chromium.html'), 'stub');
  fs.writeFileSync(path.join(dir, 'version'), electronVersion);
  for (const locale of ['vi', 'en-US', 'fr', 'de']) fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
}

/**
 * Puts the fuse wire where Electron has it, in a read-only data section: sentinel,
 * wire version, fuse count, one byte per fuse. A section (not bytes appended to the
 * file) survives each time electron-builder rewrites the executable's resources.
 * resedit adds a section only through a data-directory entry, so one is borrowed
 * (Architecture, unused on x64) and cleared again, leaving a plain `.rdata` section.
 */
function addFuseWire(exe) {
  const wire = Buffer.concat([
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([ELECTRON_WIRE.version, ELECTRON_WIRE.fuses.length]),
    Buffer.from(ELECTRON_WIRE.fuses, 'ascii'),
  ]);
  const data = new Uint8Array(wire).buffer;
  const { Architecture } = ResEdit.Format.ImageDirectoryEntry;
  const IMAGE_SCN_CNT_INITIALIZED_DATA = 0x40;
  const IMAGE_SCN_MEM_READ = 0x40000000;
  exe.setSectionByEntry(Architecture, {
    info: {
      name: '.rdata',
      virtualSize: data.byteLength,
      virtualAddress: 0,
      sizeOfRawData: 0,
      pointerToRawData: 0,
      pointerToRelocations: 0,
      pointerToLineNumbers: 0,
      numberOfRelocations: 0,
      numberOfLineNumbers: 0,
      characteristics: IMAGE_SCN_CNT_INITIALIZED_DATA | IMAGE_SCN_MEM_READ,
    },
    data,
  });
  exe.newHeader.optionalHeaderDataDirectory.set(Architecture, { virtualAddress: 0, size: 0 });
}

/** Reads the fuses back from the packed executable and holds each one to FUSES. */
async function checkFuses(exePath) {
  const wire = await getCurrentFuseWire(exePath);
  const count = Object.keys(wire).filter((key) => /^\d+$/.test(key)).length;
  check(wire.version === String(ELECTRON_WIRE.version) && count === ELECTRON_WIRE.fuses.length, `the executable has Electron's fuse wire (version ${wire.version}, ${count} fuses)`);
  for (const [name, expected] of Object.entries(FUSES)) {
    const index = FuseV1Options[name] ?? NEWER_FUSES[name];
    const state = (value) => (value === ON ? 'on' : value === OFF ? 'off' : `byte ${value}`);
    check(wire[index] === expected, `fuse ${name} is ${state(wire[index])} (must be ${state(expected)})`);
  }
}

/** The asar integrity resource must hold the hash of app.asar's header, which Electron checks at start with the fuse on. */
function checkAsarIntegrity(resources, archive) {
  const entry = resources.entries.find((e) => e.type === 'INTEGRITY');
  check(entry, 'it carries the asar integrity resource');
  if (!entry) return;
  const list = JSON.parse(Buffer.from(entry.bin).toString('utf8'));
  const header = crypto.createHash('sha256').update(asar.getRawHeader(archive).headerString).digest('hex');
  const app = list.find((item) => item.file === 'resources\\app.asar');
  check(
    list.length === 1 && app?.alg === 'SHA256' && app.value === header,
    `the integrity resource holds resources\\app.asar's header hash (${app?.value?.slice(0, 12) ?? 'none'}…)`,
  );
}

async function inspect(appDir) {
  const exePath = path.join(appDir, `${productName}.exe`);
  const archive = path.join(appDir, 'resources', 'app.asar');
  check(fs.existsSync(exePath), `the executable is named "${productName}.exe"`);
  check(fs.existsSync(archive), 'resources/app.asar exists');
  if (fs.existsSync(exePath)) {
    const resources = ResEdit.NtExecutableResource.from(ResEdit.NtExecutable.from(fs.readFileSync(exePath)));
    const [info] = ResEdit.Resource.VersionInfo.fromEntries(resources.entries);
    const strings = info?.getStringValues(info.getAllLanguagesForStringValues()[0]) ?? {};
    check(strings.ProductName === productName, `its version resource says ProductName "${strings.ProductName}"`);
    check(resources.entries.some((e) => e.type === 14), 'it carries the app icon (assets/icons/icon.ico)');
    if (fs.existsSync(archive)) checkAsarIntegrity(resources, archive);
    await checkFuses(exePath);
  }
  // No update feed: electron-builder writes app-update.yml only when something is published.
  check(!fs.existsSync(path.join(appDir, 'resources', 'app-update.yml')), 'no auto-update feed (resources/app-update.yml) is shipped');
  if (!fs.existsSync(archive)) return;

  const files = new Set(asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/').replace(/^\//, '')));
  const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  check(packed.main === pkg.main && files.has(packed.main), `package.json "main" (${packed.main}) is in the archive`);
  for (const file of ['dist/preload/index.cjs', 'dist/renderer/index.html']) check(files.has(file), `${file} is in the archive`);
  const assets = [...files].filter((f) => f.startsWith('dist/renderer/assets/') && f.endsWith('.js'));
  check(assets.length > 0, `the renderer's scripts are in the archive (${assets.length})`);
  check(![...files].some((f) => f.endsWith('.map')), 'no source maps are shipped');
  const strays = ['react', 'antd', 'kysely', 'zod', 'electron', 'typescript', 'vite'].filter((m) => files.has(`node_modules/${m}`));
  check(strays.length === 0, `bundled or dev-only modules are not shipped${strays.length ? `: ${strays.join(', ')}` : ''}`);

  const unpacked = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
  check(fs.existsSync(path.join(unpacked, 'build', 'Release', 'better_sqlite3.node')), 'better-sqlite3\'s native binary is unpacked next to the archive');
  check(fs.existsSync(path.join(unpacked, 'lib', 'index.js')), 'better-sqlite3\'s JavaScript is unpacked with it');

  // Every module the main bundle still requires at run time must be shipped (or be Electron/Node).
  const bundle = asar.extractFile(archive, 'dist/main/index.cjs').toString('utf8');
  const required = new Set([...bundle.matchAll(/\brequire\("([^"./][^"]*)"\)/g)].map((m) => m[1]));
  const builtins = new Set(builderRequire('module').builtinModules);
  const missing = [...required].filter((name) => {
    if (name === 'electron' || name.startsWith('node:') || builtins.has(name)) return false;
    const top = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
    return !files.has(`node_modules/${top}/package.json`);
  });
  check(missing.length === 0, `every run-time require() of dist/main is shipped (${[...required].sort().join(', ')})${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
  for (const dep of ['bindings', 'file-uri-to-path']) check(files.has(`node_modules/${dep}/package.json`), `better-sqlite3's dependency ${dep} is shipped`);

  const locales = fs.readdirSync(path.join(appDir, 'locales')).sort();
  check(locales.join(',') === 'en-US.pak,vi.pak', `only the vi and en-US Chromium locales are kept (${locales.join(', ')})`);
}
