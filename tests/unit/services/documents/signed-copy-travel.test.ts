// The signed copies travel with the data: in the handover package (.ktd) and in the data copy for a new PC,
// each scan arriving byte for byte under its hash; a changed scan stops the package rather than travel.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoYear, openTestServices, sampleProfile, type TestServices } from '../../../support/services.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n% biên bản đã ký\n');
const file = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') });

let from: TestServices;
let to: TestServices;
beforeEach(async () => {
  from = await openTestServices();
  to = await openTestServices();
});
afterEach(async () => {
  await from.close();
  await to.close();
});

/** The demo's 2022 pledge with two scanned pages, and its 2018 invitation with a PDF. */
async function signedDemo() {
  const y2022 = await openDemoYear(from, 2022);
  const y2018 = (await from.ok('years.list', { blocId: y2022.blocId })).find((y) => y.year === 2018)!;
  const signing = (await from.ok('meetings.list', { yearId: y2018.id })).find((m) => m.kind === 'signing')!;
  const pledge = await from.ok('documents.issue', { yearId: y2022.yearId, type: 'pledge', input: {}, date: '2022-03-15' });
  const invitation = await from.ok('documents.issue', { yearId: y2018.id, type: 'invitation', input: { meetingId: signing.id }, date: '2018-03-02' });
  const signedPledge = await from.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('trang-1.png', PNG), file('trang-2.png', Buffer.concat([PNG, Buffer.from('2')]))] });
  const signedInvitation = await from.ok('documents.attachSignedCopy', { documentId: invitation.id, files: [file('giay-moi.pdf', PDF)] });
  return { blocId: y2022.blocId, signedPledge, signedInvitation };
}

/** Every register entry's signed copy here, keyed by its number and year, with each page's bytes. */
async function signedCopies(s: TestServices, blocId: number) {
  const out: Record<string, { fileName: string; sha256: string; bytes: string }[]> = {};
  for (const year of await s.ok('years.list', { blocId })) {
    for (const entry of await s.ok('documents.list', { yearId: year.id })) {
      if (!entry.signedCopy) continue;
      out[`${year.year} ${entry.numberText}`] = await Promise.all(
        entry.signedCopy.files.map(async (f) => {
          const opened = await s.ok('documents.openSignedCopy', { documentId: entry.id, page: f.page });
          expect(opened.warning).toBeNull();
          return { fileName: f.fileName, sha256: f.sha256, bytes: opened.base64! };
        }),
      );
    }
  }
  return out;
}

describe('signed copies travel with the data', () => {
  it('in the handover package: exported, verified and imported, each scan with its hash', async () => {
    const { blocId } = await signedDemo();
    const before = await signedCopies(from, blocId);
    expect(Object.keys(before).sort()).toEqual(['2018 01/GM-KTĐVHXH', '2022 Không số']);
    const pkg = await from.ok('handover.export', { blocId });
    const zip = await JSZip.loadAsync(Buffer.from(pkg.base64!, 'base64'));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('files/van-ban/ban-ky/') && !zip.files[n]!.dir).length).toBe(3);

    const preview = await to.ok('handover.preview', { file: { fileName: pkg.fileName, base64: pkg.base64! } });
    expect(preview.problems).toEqual([]);
    const done = await to.ok('handover.import', { file: { fileName: pkg.fileName, base64: pkg.base64! } });
    expect(await signedCopies(to, done.blocId)).toEqual(before);
  });

  it('a package whose scan does not match its hash is refused; a scan changed on disk stops the export', async () => {
    const { blocId, signedInvitation } = await signedDemo();
    const pkg = await from.ok('handover.export', { blocId });
    const zip = await JSZip.loadAsync(Buffer.from(pkg.base64!, 'base64'));
    const data = JSON.parse(await zip.file('data.json')!.async('string')) as { tables: Record<string, Record<string, unknown>[]> };
    data.tables.signed_copies![0]!.sha256 = '0'.repeat(64);
    const bytes = Buffer.from(JSON.stringify(data));
    zip.file('data.json', bytes);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { entries: { path: string; sha256: string; size: number }[] };
    const { createHash } = await import('node:crypto');
    manifest.entries = manifest.entries.map((e) => (e.path === 'data.json' ? { ...e, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length } : e));
    zip.file('manifest.json', JSON.stringify(manifest));
    const tampered = (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
    const preview = await to.ok('handover.preview', { file: { fileName: pkg.fileName, base64: tampered } });
    expect(preview.problems).toEqual([expect.stringMatching(/^Tệp bản ký “trang-1\.png” không khớp với dữ liệu\.$/)]);

    const folder = path.join(from.dir, 'van-ban', 'ban-ky', '2018');
    fs.appendFileSync(path.join(folder, fs.readdirSync(folder)[0]!), 'x');
    const refused = await from.call('handover.export', { blocId });
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(refused.ok ? '' : refused.message).toBe(
      `Tệp bản ký “${signedInvitation.signedCopy!.files[0]!.fileName}” đã bị thay đổi sau khi đính kèm, nên chưa thể lập gói bàn giao đủ dữ liệu. Hãy đính kèm lại bản ký của văn bản đó trong Sổ văn bản.`,
    );
  });

  it('in the data copy for a new PC: saved under van-ban/ban-ky/ and restored with the data', async () => {
    const { blocId } = await signedDemo();
    const before = await signedCopies(from, blocId);
    const saved = await from.ok('backups.saveCopy', {});
    const zip = await JSZip.loadAsync(fs.readFileSync(saved.path!));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('van-ban/ban-ky/') && !zip.files[n]!.dir).length).toBe(3);

    await to.ok('blocs.create', { ...sampleProfile, blocName: 'Khối trên máy mới', firstYear: 2020 });
    const staged = await to.ok('backups.stageCopy', { file: { fileName: 'du-lieu.zip', base64: fs.readFileSync(saved.path!).toString('base64') } });
    const done = await to.ok('backups.restoreCopy', { copyId: staged!.copyId });
    expect(done).toMatchObject({ missingFiles: 0 });
    expect(await signedCopies(to, blocId)).toEqual(before);
  });
});
