// Documents issued by an earlier version reprint byte for byte: the register's SHA-256 still matches.
// An entry marked `changedBy` changed on purpose (the reason says how); it still prints the same words.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import register from '../../../fixtures/register-0.1.0.json' with { type: 'json' };
import { kindOf, renderDocx, type KindKey } from '../../../../main/documents/index.js';
import { paragraphs, unzipDocx } from '../../../support/docx.js';

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
type Entry = (typeof register.entries)[number] & { changedBy?: string; words?: string };
const entries = register.entries as Entry[];

describe('the 2018 demo documents issued by version 0.1.0', () => {
  it.each(entries.filter((e) => !e.changedBy).map((e) => [e.fileName, e] as const))(
    '%s rebuilds from its snapshot to the bytes it was issued with',
    async (_name, entry) => {
      const bytes = await renderDocx(kindOf(entry.type as KindKey).build(entry.snapshot));
      expect(sha256(bytes)).toBe(entry.sha256);
    },
  );

  it.each(entries.filter((e) => e.changedBy).map((e) => [e.fileName, e] as const))(
    '%s changed on purpose, and prints the same words',
    async (_name, entry) => {
      const bytes = await renderDocx(kindOf(entry.type as KindKey).build(entry.snapshot));
      expect(sha256(bytes)).not.toBe(entry.sha256);
      const { document } = await unzipDocx(bytes);
      expect(paragraphs(document).map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim()).toBe(entry.words);
    },
  );
});
