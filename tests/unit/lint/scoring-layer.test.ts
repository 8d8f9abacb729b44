// The scoring engine is a pure layer (eslint.config.js): the renderer computes live totals with it, so it
// may be imported from the window and must itself stay free of Node, the DOM and the services.
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

describe('main/scoring as a layer', () => {
  it('the renderer may import it', async () => {
    expect(await problems('renderer/scoring/Example.tsx', importing('../../main/scoring/index.js'))).toEqual([]);
    expect(await problems('renderer/scoring/Example.tsx', importing('../../main/scoring/ranking.js'))).toEqual([]);
  });

  it('it may import the contract, the common helpers and big.js', async () => {
    for (const source of ['../contract/scoring.js', '../common/vietnamese.js', 'big.js']) {
      expect(await problems('main/scoring/example.ts', importing(source))).toEqual([]);
    }
  });

  it('it refuses Node builtins, the services and the database', async () => {
    for (const source of ['node:fs', 'path', '../services/index.js', '../../db/connection.js']) {
      const found = await problems('main/scoring/example.ts', importing(source));
      expect(found, source).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-imports: /);
    }
  });

  it('it refuses DOM and Node globals', async () => {
    for (const code of ['export const x = process.env.X;\n', 'export const x = document.title;\n']) {
      const found = await problems('main/scoring/example.ts', code);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-globals: .*This pure layer runs both in the renderer and in Node/);
    }
  });
});
