// A document rebuilds to the same bytes whenever it is rebuilt: the register keeps only its SHA-256.
import { describe, expect, it, vi } from 'vitest';
import { buildMinutes, renderDocx } from '../../../../main/documents/index.js';
import { minutes } from '../../../support/documents.js';
import { unzipDocx } from '../../../support/docx.js';

describe('renderDocx', () => {
  it('gives the same bytes every time, stamped with the document’s date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-30T08:00:00Z'));
      const first = await renderDocx(buildMinutes(minutes));
      // Later than the zip format's 2-second clock, and another day.
      vi.setSystemTime(new Date('2026-12-01T10:00:03Z'));
      const second = await renderDocx(buildMinutes(minutes));
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      const core = await (await unzipDocx(first)).part('docProps/core.xml');
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2018-03-09T12:00:00Z</dcterms:created>');
      expect((await unzipDocx(first)).files[0]).toBe('[Content_Types].xml');
    } finally {
      vi.useRealTimers();
    }
  });
});
