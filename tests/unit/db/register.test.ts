// The register is a record in the database itself: one number once, entries never deleted or rewritten.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../support/services.js';

describe('the register in the database itself', () => {
  let s: TestServices;
  beforeEach(async () => {
    s = await openTestServices();
  });
  afterEach(() => s.close());

  it('refuses a second entry with the same number, and never deletes or rewrites an entry', async () => {
    const { yearId } = await s.ok('blocs.openDemo', {});
    const entry = await s.ok('documents.issue', {
      yearId,
      type: 'letter',
      input: { kind: 'notice', subject: 'Lịch họp', paragraphs: ['Nội dung./.'] },
      date: '2022-03-01',
    });
    const db = s.opened.db;
    await expect(
      sql`INSERT INTO documents (year_id, type, issuer_code, number, date, title, snapshot, sha256, file_name)
          SELECT year_id, type, issuer_code, number, date, title, snapshot, sha256, file_name FROM documents WHERE id = ${entry.id}`.execute(db),
    ).rejects.toThrow(/UNIQUE/);
    await expect(sql`DELETE FROM documents`.execute(db)).rejects.toThrow('never deleted');
    await expect(sql`UPDATE documents SET snapshot = '{}'`.execute(db)).rejects.toThrow('frozen');
    await expect(sql`UPDATE documents SET request = NULL`.execute(db)).rejects.toThrow('frozen');
  });
});
