// Flat ESLint config. Besides typescript-eslint's recommended rules, it enforces
// the process boundaries: the renderer never touches Node, Electron or the
// database; the services, contract and documents stay free of Electron, so they
// also run in browser mode and in tests.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every Node builtin, bare (`fs`) and with its subpaths (`fs/promises`); the `node:` forms are one pattern. */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

const restrict = (what, why) => ({ name: what, message: why });
const electron = (why) => restrict('electron', why);
const builtinPaths = (why) => nodeBuiltins.map((name) => restrict(name, why));
const builtinPatterns = (why) => [{ group: ['node:*'], message: why }];

const RENDERER = 'The renderer runs in a sandboxed page: reach main only through api/client.ts (the contract).';
const PORTABLE = 'Keep this code free of Electron: it also runs in browser mode and in unit tests.';
const NO_NODE = 'Keep this code free of Node builtins: it must also be usable from the renderer.';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'out/', 'release/', '.data/'],
  },
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // `_name` marks an argument or binding that is deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron(RENDERER), ...builtinPaths(RENDERER), restrict('better-sqlite3', RENDERER), restrict('kysely', RENDERER)],
          patterns: [
            ...builtinPatterns(RENDERER),
            { group: ['kysely/*', 'better-sqlite3/*'], message: RENDERER },
            { regex: '(^|/)db(/|$)', message: RENDERER },
          ],
        },
      ],
    },
  },
  {
    files: ['main/services/**', 'main/common/**', 'db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electron(PORTABLE)], patterns: [{ group: ['electron/*'], message: PORTABLE }] }],
    },
  },
  {
    files: ['main/contract/**', 'main/documents/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron(PORTABLE), ...builtinPaths(NO_NODE)],
          patterns: [{ group: ['electron/*'], message: PORTABLE }, ...builtinPatterns(NO_NODE)],
        },
      ],
    },
  },
);
