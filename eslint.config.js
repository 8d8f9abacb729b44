// Flat ESLint config. Besides typescript-eslint's recommended rules, it enforces the layers
// (tests/unit/lint/layers.test.ts proves each one):
//
//   main/contract, main/common, main/documents,  pure: no Node, no Electron, no DOM or Node globals,
//   main/scoring, main/votes                      never services/shell/web/static/db
//   main/services                                 Node, never Electron, never shell/web/renderer
//   main/shell, main/web, main/static, db         anything but the renderer (db: no Electron)
//   preload                                       Electron, and from main/ only the contract
//   renderer                                      an ALLOW-LIST: from main/ only contract/, common/,
//                                                 scoring/, votes/ and documents/ (not documents/docx/ nor the
//                                                 barrel that re-exports it); never db/, Node, Electron or SQL
//
// How the checks work: `no-restricted-imports` sees an import path as written, not resolved, so the
// folder rules are regexes over the path text. ESLint compiles a pattern's `regex` with
// `new RegExp(regex, caseSensitive ? 'u' : 'iu')`: unicode mode (so no sloppy escapes) and,
// by default, case-insensitive, which we keep (`Main/Services` is the same folder on Windows and
// macOS). Because the path is not resolved, a layer's imports must be normalized (no `.` or `..`
// after the first real segment, as in `../main/contract/../services`), and dynamic `import()`,
// which `no-restricted-imports` does not see, is held to the same regexes through
// `no-restricted-syntax`. Rule options do not merge across config objects (the last one wins), so
// each layer below states its complete list. typescript-eslint turns `no-undef` off, so the DOM
// and Node globals are refused explicitly in the pure layers, which also get no `globals` at all.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every Node builtin, bare (`fs`) and with its subpaths (`fs/promises`); the `node:` forms are one pattern. */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

// Folders, as globs.
const RENDERER_FILES = ['renderer/**'];
const PURE_FILES = ['main/contract/**', 'main/common/**', 'main/documents/**', 'main/scoring/**', 'main/votes/**'];
const SERVICES_FILES = ['main/services/**'];
const PRELOAD_FILES = ['preload/**'];

// Why each restriction exists: one sentence each, shown with the error.
const RENDERER = 'The renderer runs in a sandboxed page: reach main only through api/client.ts (the contract).';
const RENDERER_MAIN =
  'The renderer may import from main/ only contract/, common/, scoring/, votes/ and documents/ (but not documents/docx/ or the documents/index.js barrel that re-exports it), because everything else there runs in the main process or needs Node.';
const PORTABLE = 'Keep this code free of Electron: it also runs in browser mode and in unit tests.';
const NO_NODE = 'Keep this code free of Node builtins: it must also be usable from the renderer.';
const PURE =
  'The contract, the common helpers, the documents and the scoring and vote engines are pure layers shared with the renderer, so they must not depend on the services, the shell, the web server, the static files or the database.';
const SERVICES =
  'The services are plain TypeScript that the shell and the web server call, so they must not import main/shell, main/web or the renderer.';
const NO_RENDERER =
  'Code under main/ runs outside the window, so it must not import the renderer (share code through main/contract, main/common, main/scoring, main/votes or main/documents instead).';
const PRELOAD = 'The preload script bridges the window to main only through the contract, so from main/ it may import main/contract alone.';
const NORMALIZED =
  'Write this import path without "." or ".." segments after its start, because the layer rules check the path as written, not as resolved.';
const PURE_GLOBAL = 'This pure layer runs both in the renderer and in Node, so it must not touch DOM or Node globals.';

// Path regexes (strings; ESLint adds the `iu` flags).
/** A relative path (`./…` or `../…`) that names one of these folders as a segment. */
const relativeInto = (...folders) => `^\\.\\.?/(?:.*/)?(?:${folders.join('|')})(?:/|$)`;
/** A `.` or `..` segment after a real one: `../main/contract/../services`, `./a/./b`. */
const NOT_NORMALIZED = '(?:^|/)(?!\\.\\.?(?:/|$))[^/]+/(?:.*/)?\\.\\.?(?:/|$)';
/** Anything in main/ but the renderer's allow-list: main/contract/**, main/common/**, main/scoring/**, main/votes/**, main/documents/** minus docx/ and the barrel. */
const MAIN_BUT_ALLOWED =
  '(?:^|/)main(?:/|$)(?!(?:contract|common|scoring|votes)(?:/|$)|documents/(?!docx(?:/|$)|index(?:\\.[cm]?[jt]sx?)?$|$))';
/** Anything in main/ but the contract. */
const MAIN_BUT_CONTRACT = '(?:^|/)main(?:/|$)(?!contract(?:/|$))';
const DB = '(?:^|/)db(?:/|$)';
const SQL_PACKAGES = '^(?:kysely|better-sqlite3)(?:/|$)';
const ELECTRON = '^electron(?:/|$)';
const NODE_BUILTIN = `^(?:node:|(?:${nodeBuiltins.join('|')})(?:/|$))`;

const restrict = (what, why) => ({ name: what, message: why });
const electron = (why) => restrict('electron', why);
const builtinPaths = (why) => nodeBuiltins.map((name) => restrict(name, why));
const builtinPatterns = (why) => [{ group: ['node:*'], message: why }];

/**
 * One layer's import rules: `no-restricted-imports` for static imports and re-exports, and
 * `no-restricted-syntax` holding dynamic `import('…')` to the same regexes (`dynamic`: the
 * `paths`/`group` entries expressed as regexes too).
 */
function layerImports({ paths = [], patterns = [], regexes = [], dynamic = [] }) {
  const all = [...regexes, { regex: NOT_NORMALIZED, message: NORMALIZED }];
  const selector = (regex) => `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/iu]`;
  return {
    'no-restricted-imports': ['error', { paths, patterns: [...patterns, ...all] }],
    'no-restricted-syntax': ['error', ...[...all, ...dynamic].map(({ regex, message }) => ({ selector: selector(regex), message }))],
  };
}

const noRenderer = { regex: relativeInto('renderer'), message: NO_RENDERER };

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'out/', 'release/', '.data/'],
  },
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_name` marks an argument or binding that is deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Node's globals everywhere but in the window and the pure layers.
  {
    ignores: [...RENDERER_FILES, ...PURE_FILES],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: RENDERER_FILES,
    languageOptions: { globals: { ...globals.browser } },
    rules: layerImports({
      paths: [electron(RENDERER), ...builtinPaths(RENDERER), restrict('better-sqlite3', RENDERER), restrict('kysely', RENDERER)],
      patterns: [...builtinPatterns(RENDERER), { group: ['kysely/*', 'better-sqlite3/*'], message: RENDERER }],
      regexes: [
        { regex: DB, message: RENDERER },
        { regex: MAIN_BUT_ALLOWED, message: RENDERER_MAIN },
      ],
      dynamic: [
        { regex: ELECTRON, message: RENDERER },
        { regex: NODE_BUILTIN, message: RENDERER },
        { regex: SQL_PACKAGES, message: RENDERER },
      ],
    }),
  },
  // Everything else under main/ (shell, web, static, and any new folder) stays out of the renderer.
  {
    files: ['main/**'],
    rules: layerImports({ regexes: [noRenderer] }),
  },
  {
    files: SERVICES_FILES,
    rules: layerImports({
      paths: [electron(PORTABLE)],
      patterns: [{ group: ['electron/*'], message: PORTABLE }],
      regexes: [{ regex: relativeInto('shell', 'web'), message: SERVICES }, noRenderer],
      dynamic: [{ regex: ELECTRON, message: PORTABLE }],
    }),
  },
  {
    files: PURE_FILES,
    rules: {
      ...layerImports({
        paths: [electron(PORTABLE), ...builtinPaths(NO_NODE), restrict('better-sqlite3', PURE), restrict('kysely', PURE)],
        patterns: [
          { group: ['electron/*'], message: PORTABLE },
          ...builtinPatterns(NO_NODE),
          { group: ['kysely/*', 'better-sqlite3/*'], message: PURE },
        ],
        regexes: [{ regex: relativeInto('services', 'shell', 'web', 'static', 'db'), message: PURE }, noRenderer],
        dynamic: [
          { regex: ELECTRON, message: PORTABLE },
          { regex: NODE_BUILTIN, message: NO_NODE },
          { regex: SQL_PACKAGES, message: PURE },
        ],
      }),
      'no-restricted-globals': [
        'error',
        {
          // `checkGlobalObject` also catches `globalThis.process`, `self.document`, `window.Buffer`.
          checkGlobalObject: true,
          globals: [
            // DOM
            'document',
            'window',
            'self',
            'navigator',
            'location',
            'history',
            'localStorage',
            'sessionStorage',
            'indexedDB',
            'alert',
            'confirm',
            'prompt',
            // Node
            'process',
            'Buffer',
            'global',
            '__dirname',
            '__filename',
            'require',
            'module',
            'exports',
            'setImmediate',
            'clearImmediate',
          ].map((name) => ({ name, message: PURE_GLOBAL })),
        },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: layerImports({
      paths: [electron(PORTABLE)],
      patterns: [{ group: ['electron/*'], message: PORTABLE }],
      dynamic: [{ regex: ELECTRON, message: PORTABLE }],
    }),
  },
  {
    files: PRELOAD_FILES,
    rules: layerImports({ regexes: [{ regex: MAIN_BUT_CONTRACT, message: PRELOAD }, { regex: DB, message: PRELOAD }] }),
  },
);
