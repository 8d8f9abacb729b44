// Documents issued by an earlier version reprint byte for byte: the register's SHA-256 still matches.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import register from '../../../fixtures/register-0.1.0.json' with { type: 'json' };
import { kindOf, renderDocx, type KindKey } from '../../../../main/documents/index.js';

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('the 2018 demo documents issued by version 0.1.0', () => {
  it.each(register.entries.map((e) => [e.fileName, e] as const))('%s rebuilds from its snapshot to the bytes it was issued with', async (_name, entry) => {
    const bytes = await renderDocx(kindOf(entry.type as KindKey).build(entry.snapshot));
    expect(sha256(bytes)).toBe(entry.sha256);
  });
});
