// What the handover tests compare: every table's rows, the files under the data directory, and a demo bloc
// carrying evidence, issued documents (one saved to the folder, one only in the register) and a closed year.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { DEFAULT_AWARDS } from '../../../../main/votes/index.js';
import type { TestServices } from '../../../support/services.js';
import { openDemoYear } from '../../../support/services.js';

export type Dump = Record<string, Record<string, unknown>[]>;

/** Every row of every table of the bloc data, in a stable order (not the migrations' bookkeeping). */
export async function dumpAll(s: TestServices): Promise<Dump> {
  const db = s.opened.db;
  const tables = (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`.execute(db)).rows;
  const dump: Dump = {};
  for (const { name } of tables) {
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(db)).rows;
    dump[name] = rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r) as Record<string, unknown>);
  }
  return dump;
}

const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Each file under the data directory (but the database and its backups) with its hash. */
export function fileTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      const rel = path.relative(dir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (rel !== 'backups') walk(full);
      } else if (!/\.(sqlite|db)(-wal|-shm)?$/.test(entry.name)) out[rel] = hash(fs.readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

export const attached = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });

/** The demo bloc with two evidence files, the 2022 certificates' candidates, two documents (one saved to the folder) and 2018 closed. */
export async function richDemo(s: TestServices) {
  const y2018 = await openDemoYear(s, 2018);
  const y2022 = (await s.ok('years.list', { blocId: y2018.blocId })).find((y) => y.year === 2022)!.id;
  const units = await s.ok('units.list', { yearId: y2022 });
  const unit = (name: string) => units.find((u) => u.name === name)!.unitId;
  const evidence = (fileName: string, text: string) => ({ fileName, base64: Buffer.from(text).toString('base64') });
  await s.ok('scoring.addEvidence', { yearId: y2022, unitId: unit('Sở Y tế'), itemKey: 'c1-1', file: evidence('Báo cáo tổng kết.pdf', 'báo cáo của Sở Y tế') });
  await s.ok('scoring.addEvidence', { yearId: y2022, unitId: unit('Ban Dân tộc'), itemKey: 'c1-1', file: evidence('Ảnh hội nghị.jpg', 'ảnh') });
  // The year end's candidates: awards, a round and its candidate list travel too.
  const saved = await s.ok('votes.saveAwards', { yearId: y2022, awards: [{ ...DEFAULT_AWARDS[1]! }] });
  await s.ok('votes.proposeCandidates', { awardId: saved.awards[0]!.id });
  const signing = y2018.signing!.id;
  const invitation = await s.ok('documents.issue', { yearId: y2018.yearId, type: 'invitation', input: { meetingId: signing }, date: '2018-03-02' });
  await s.ok('documents.save', { documentId: invitation.id });
  const minutes = await s.ok('documents.issue', { yearId: y2018.yearId, type: 'minutes', input: { meetingId: signing }, date: '2018-03-09' });
  await s.ok('years.close', { yearId: y2018.yearId, reason: 'Đã bàn giao cho đơn vị Trưởng khối năm sau' });
  return { blocId: y2018.blocId, y2018: y2018.yearId, y2022, signing, invitation, minutes };
}

/** The package rebuilt after `change` edits its entries (the manifest left as it was, unless changed too). */
export async function alteredPackage(bytes: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array' });
}
