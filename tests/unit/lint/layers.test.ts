// The layer rules of eslint.config.js, proved with ESLint's Node API on virtual files: each case
// lints a snippet as if it lived at `filePath` in the repository, with the project's own config.
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The problems ESLint reports for `code` at `filePath`, as `rule id` + message (fatal parse errors fail the test). */
async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result, filePath).toBeDefined();
  const messages = result!.messages;
  expect(messages.filter((m) => m.fatal), `${filePath}: parse errors`).toEqual([]);
  // Only the layer rules matter here; a snippet may trip nothing else.
  return messages;
}

const ruleIds = (messages: Linter.LintMessage[]) => messages.map((m) => m.ruleId);

/** Exactly one problem, from `ruleId`, whose message contains `says` (the "why"). */
async function expectRefused(filePath: string, code: string, ruleId: string, says?: string) {
  const messages = await lint(filePath, code);
  expect(ruleIds(messages), `${filePath}: ${code}`).toEqual([ruleId]);
  if (says) expect(messages[0]!.message).toContain(says);
}

async function expectAllowed(filePath: string, code: string) {
  const messages = await lint(filePath, code);
  expect(
    messages.map((m) => `${m.ruleId}: ${m.message}`),
    `${filePath}: ${code}`,
  ).toEqual([]);
}

/** A use of every imported binding, so no-unused-vars stays quiet. */
const importing = (source: string) => `import * as m from '${source}';\nexport const x = m;\n`;

describe('renderer: from main/ only the contract, the common helpers and the document layer (an allow-list)', () => {
  const file = 'renderer/units/Example.tsx';

  it.each([
    '../../main/services/index.js',
    '../../main/services/documents/issue.js',
    '../../main/shell/index.js',
    '../../main/web/server.js',
    '../../main/static/csp.js',
    '../../main/documents/docx/render.js',
    '../../main/documents/docx',
    // The barrel re-exports the DOCX writer.
    '../../main/documents/index.js',
    '../../main/documents',
    // Anything new under main/ is refused until it is allowed.
    '../../main/newlayer/thing.js',
    '../../main',
    // The path is matched case-insensitively (the same folder on Windows and macOS).
    '../../Main/Services/index.js',
    '../../main/Documents/DOCX/render.js',
  ])('refuses %s', async (source) => {
    await expectRefused(file, importing(source), 'no-restricted-imports', 'may import from main/ only');
  });

  it('refuses the database, Node, Electron and SQL packages', async () => {
    for (const source of ['../../db/connection.js', '../../db/schema.js', 'node:fs', 'fs', 'fs/promises', 'path', 'electron', 'better-sqlite3', 'kysely']) {
      await expectRefused(file, importing(source), 'no-restricted-imports', 'sandboxed page');
    }
  });

  it('refuses climbing back out of an allowed folder', async () => {
    const messages = await lint(file, importing('../../main/contract/../services/index.js'));
    expect(new Set(ruleIds(messages))).toEqual(new Set(['no-restricted-imports']));
    expect(messages.some((m) => m.message.includes('without "." or ".." segments'))).toBe(true);
  });

  it('refuses type-only imports and re-exports too', async () => {
    await expectRefused(file, `import type { Services } from '../../main/services/index.js';\nexport type X = Services;\n`, 'no-restricted-imports');
    await expectRefused(file, `export { openDatabase } from '../../db/connection.js';\n`, 'no-restricted-imports');
    await expectRefused(file, `export * from '../../main/shell/ipc.js';\n`, 'no-restricted-imports');
  });

  it('refuses the same paths through a dynamic import()', async () => {
    for (const source of ['../../main/services/index.js', '../../main/documents/docx/render.js', '../../db/connection.js', 'node:fs', 'electron']) {
      await expectRefused(file, `export const load = () => import('${source}');\n`, 'no-restricted-syntax');
    }
    await expectAllowed(file, `export const load = () => import('../../main/documents/format.js');\n`);
  });

  it.each([
    '../../main/contract/index.js',
    '../../main/contract',
    '../../main/documents/format.js',
    '../../main/documents/model.js',
    '../../main/documents/layout/measure.js',
    '../../main/documents/kinds/registry.js',
    '../../main/common/vietnamese.js',
    './queries.js',
    '../api/client.js',
    'react',
    'antd',
    'dayjs',
  ])('allows %s', async (source) => {
    await expectAllowed(file, importing(source));
  });

  it('allows the same from deeper folders', async () => {
    await expectAllowed('renderer/documents/preview/Header.tsx', importing('../../../main/documents/layout/header-lines.js'));
    await expectAllowed('renderer/main.tsx', importing('../main/contract/index.js'));
  });
});

describe('the pure layers (contract, common, documents): no DOM, no Node, no services', () => {
  const file = 'main/documents/kinds/example.ts';

  it.each([
    ['process.env.X', 'export const x = process.env.X;\n'],
    ['document.title', 'export const x = document.title;\n'],
    ['window.x', 'export const x = (window as unknown as { x: number }).x;\n'],
    ['Buffer.from', "export const x = Buffer.from('a');\n"],
    ['navigator', 'export const x = navigator.language;\n'],
    ['localStorage', "export const x = localStorage.getItem('a');\n"],
    ['global', 'export const x = global;\n'],
    ['__dirname', 'export const x = __dirname;\n'],
    ['require', 'export const x = require.cache;\n'],
    ['globalThis.process', 'export const x = globalThis.process;\n'],
    ['typeof window', "export const x = typeof window !== 'undefined';\n"],
  ])('refuses %s', async (_name, code) => {
    await expectRefused(file, code, 'no-restricted-globals', 'must not touch DOM or Node globals');
  });

  it('refuses the globals in common and contract too', async () => {
    await expectRefused('main/common/example.ts', 'export const x = process.platform;\n', 'no-restricted-globals');
    await expectRefused('main/contract/example.ts', 'export const x = document.body;\n', 'no-restricted-globals');
  });

  it('allows local bindings that share a global name, and the ECMAScript globals', async () => {
    await expectAllowed(file, "const document = '<w:document/>';\nexport const x = document.length;\n");
    await expectAllowed(file, "export const x = new Intl.Collator('vi').compare('a', 'b') + JSON.stringify(new Date(0)).length;\n");
    await expectAllowed(file, "export const f = (window: string) => window.trim();\n");
  });

  it.each([
    ['node:fs', 'Node builtins'],
    ['fs', 'Node builtins'],
    ['fs/promises', 'Node builtins'],
    ['path', 'Node builtins'],
    ['electron', 'free of Electron'],
    ['better-sqlite3', 'pure layers'],
    ['kysely', 'pure layers'],
    ['../../services/index.js', 'pure layers'],
    ['../../../services/index.js', 'pure layers'],
    ['../../shell/ipc.js', 'pure layers'],
    ['../../web/server.js', 'pure layers'],
    ['../../static/csp.js', 'pure layers'],
    ['../../../db/connection.js', 'pure layers'],
    ['../../../renderer/common/text.js', 'must not import the renderer'],
  ])('refuses %s', async (source, says) => {
    await expectRefused(file, importing(source), 'no-restricted-imports', says);
  });

  it('refuses the same from common and contract', async () => {
    await expectRefused('main/common/example.ts', importing('../services/index.js'), 'no-restricted-imports', 'pure layers');
    await expectRefused('main/common/example.ts', importing('node:path'), 'no-restricted-imports', 'Node builtins');
    await expectRefused('main/contract/example.ts', importing('../../db/schema.js'), 'no-restricted-imports', 'pure layers');
    await expectRefused('main/contract/example.ts', importing('../shell/index.js'), 'no-restricted-imports', 'pure layers');
  });

  it('refuses them through a dynamic import()', async () => {
    for (const source of ['node:fs', 'fs', 'electron', '../../services/index.js', '../../../db/connection.js']) {
      await expectRefused(file, `export const load = () => import('${source}');\n`, 'no-restricted-syntax');
    }
  });

  it('allows the contract, the common helpers, the rest of the document layer and pure packages', async () => {
    for (const source of ['../../../contract/index.js', '../../../common/vietnamese.js', '../../model.js', '../shared/kind.js', 'zod', 'dayjs']) {
      await expectAllowed('main/documents/kinds/example/index.ts', importing(source));
    }
    await expectAllowed('main/documents/docx/example.ts', importing('docx'));
    await expectAllowed('main/contract/example.ts', importing('../documents/kinds/registry.js'));
  });
});

describe('services: Node yes, Electron, the shell, the web server and the renderer no', () => {
  const file = 'main/services/example/index.ts';

  it.each([
    ['electron', 'free of Electron'],
    ['electron/main', 'free of Electron'],
    ['../../shell/ipc.js', 'must not import main/shell'],
    ['../../web/server.js', 'must not import main/shell'],
    ['../../../renderer/api/client.js', 'must not import the renderer'],
  ])('refuses %s', async (source, says) => {
    await expectRefused(file, importing(source), 'no-restricted-imports', says);
  });

  it('allows Node, the database and the lower layers', async () => {
    for (const source of ['node:fs', 'node:path', 'kysely', '../../../db/connection.js', '../../contract/index.js', '../../documents/index.js', '../../documents/docx/render.js', '../../common/errors.js']) {
      await expectAllowed(file, importing(source));
    }
  });
});

describe('the rest of main/, db and preload', () => {
  it('nothing under main/ imports the renderer', async () => {
    for (const file of ['main/shell/example.ts', 'main/web/example.ts', 'main/static/example.ts']) {
      await expectRefused(file, importing('../../renderer/api/client.js'), 'no-restricted-imports', 'must not import the renderer');
    }
  });

  it('the shell may use Electron, Node, the services and the database', async () => {
    for (const source of ['electron', 'node:fs', '../services/index.js', '../static/csp.js', '../../db/connection.js']) {
      await expectAllowed('main/shell/example.ts', importing(source));
    }
  });

  it('db stays free of Electron', async () => {
    await expectRefused('db/example.ts', importing('electron'), 'no-restricted-imports', 'free of Electron');
    await expectAllowed('db/example.ts', importing('better-sqlite3'));
  });

  it('preload reaches main only through the contract', async () => {
    await expectAllowed('preload/example.ts', importing('../main/contract/index.js'));
    await expectAllowed('preload/example.ts', importing('electron'));
    await expectRefused('preload/example.ts', importing('../main/services/index.js'), 'no-restricted-imports', 'main/contract alone');
    await expectRefused('preload/example.ts', importing('../db/connection.js'), 'no-restricted-imports', 'main/contract alone');
  });
});
