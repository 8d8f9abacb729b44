// The scoring and vote engines are pure layers (eslint.config.js): the renderer computes live totals and
// mirrors the count's rules with them, so they may be imported from the window and must themselves stay
// free of Node, the DOM and the services.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const importing = (source: string) => `import * as m from '${source}';\nexport const x = m;\n`;

describe.each(['scoring', 'votes'])('main/%s as a layer', (engine) => {
  it('the renderer may import it', async () => {
    expect(await problems(`renderer/${engine}/Example.tsx`, importing(`../../main/${engine}/index.js`))).toEqual([]);
    expect(await problems(`renderer/${engine}/Example.tsx`, importing(`../../main/${engine}/example.js`))).toEqual([]);
  });

  it('it may import the contract, the common helpers and big.js', async () => {
    for (const source of ['../contract/scoring.js', '../common/vietnamese.js', 'big.js']) {
      expect(await problems(`main/${engine}/example.ts`, importing(source))).toEqual([]);
    }
  });

  it('it refuses Node builtins, the services and the database', async () => {
    for (const source of ['node:fs', 'path', '../services/index.js', '../../db/connection.js']) {
      const found = await problems(`main/${engine}/example.ts`, importing(source));
      expect(found, source).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-imports: /);
    }
  });

  it('it refuses DOM and Node globals', async () => {
    for (const code of ['export const x = process.env.X;\n', 'export const x = document.title;\n']) {
      const found = await problems(`main/${engine}/example.ts`, code);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-globals: .*This pure layer runs both in the renderer and in Node/);
    }
  });
});
