// The signed copy of a register entry: attached (one PDF, or images a page each), hashed, opened with the
// hash checked, replaced and removed, refused for other types, for a withdrawn document and in a closed year.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../../../main/contract/index.js';
import { createHandlers, optionsFor } from '../../../../main/services/index.js';
import { closeYear, openDemoYear, openTestServices, type TestServices } from '../../../support/services.js';

let s: TestServices;
let yearId: number;
let pledge: RegisterEntry;

/** A 1×1 PNG, a JPEG's first bytes and a PDF's: the checks read the first bytes, not the whole picture. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PDF = Buffer.from('%PDF-1.4\n% bản quét giao ước\n');
const file = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') });
const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const signedFolder = () => path.join(s.dir, 'van-ban', 'ban-ky', '2022');
const storedFiles = () => (fs.existsSync(signedFolder()) ? fs.readdirSync(signedFolder()).sort() : []);

beforeEach(async () => {
  s = await openTestServices();
  ({ yearId } = await openDemoYear(s, 2022));
  pledge = await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2022-03-15' });
});
afterEach(() => s.close());

describe('the signed copy of a register entry', () => {
  it('is a PDF copied into the data folder under the document’s name, hashed, listed with the entry', async () => {
    expect(pledge.signedCopy).toBeNull();
    const entry = await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('C:\\Scan\\giao-uoc-da-ky.PDF', PDF)] });
    expect(entry.signedCopy).toMatchObject({ files: [{ page: 1, fileName: 'giao-uoc-da-ky.PDF', size: PDF.length, sha256: hash(PDF) }] });
    const [stored] = storedFiles();
    expect(stored).toBe(`${pledge.fileName.replace(/\.docx$/, '')}-ban-ky-${hash(PDF).slice(0, 16)}.pdf`);
    expect(fs.readFileSync(path.join(signedFolder(), stored!)).equals(PDF)).toBe(true);
    const listed = (await s.ok('documents.list', { yearId })).find((e) => e.id === pledge.id)!;
    expect(listed.signedCopy).toEqual(entry.signedCopy);
    expect((await s.ok('documents.get', { documentId: pledge.id })).entry.signedCopy).toEqual(entry.signedCopy);
  });

  it('is one or more images, a page each, opened page by page; browser mode answers the bytes', async () => {
    const entry = await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('trang 1.png', PNG), file('trang 2.jpeg', JPG)] });
    expect(entry.signedCopy!.files.map((f) => [f.page, f.fileName])).toEqual([
      [1, 'trang 1.png'],
      [2, 'trang 2.jpeg'],
    ]);
    expect(storedFiles().map((f) => f.replace(/-[0-9a-f]{16}\./, '-HASH.'))).toEqual([
      `${pledge.fileName.replace(/\.docx$/, '')}-ban-ky-trang-1-HASH.png`,
      `${pledge.fileName.replace(/\.docx$/, '')}-ban-ky-trang-2-HASH.jpg`,
    ]);
    const second = await s.ok('documents.openSignedCopy', { documentId: pledge.id, page: 2 });
    expect(second).toEqual({ opened: false, fileName: 'trang 2.jpeg', base64: JPG.toString('base64'), warning: null });
    expect(await s.call('documents.openSignedCopy', { documentId: pledge.id, page: 3 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: 'Không tìm thấy trang 3 của bản ký.',
    });
  });

  it('warns when the stored file changed since it was attached', async () => {
    await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('ban-ky.png', PNG)] });
    fs.appendFileSync(path.join(signedFolder(), storedFiles()[0]!), 'sửa');
    const opened = await s.ok('documents.openSignedCopy', { documentId: pledge.id });
    expect(opened.warning).toBe(
      'Tệp bản ký “ban-ky.png” đã bị thay đổi sau khi đính kèm (mã SHA-256 không khớp với mã ghi trong sổ): có thể đây không còn là bản đã ký. Hãy đối chiếu với bản giấy và đính kèm lại nếu cần.',
    );
    fs.rmSync(path.join(signedFolder(), storedFiles()[0]!));
    expect(await s.call('documents.openSignedCopy', { documentId: pledge.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('is replaced only when asked, the old files leaving the folder; removed with its files', async () => {
    await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('lan-1.pdf', PDF)] });
    const again = await s.call('documents.attachSignedCopy', { documentId: pledge.id, files: [file('lan-2.png', PNG)] });
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', message: 'Văn bản Không số đã có bản ký; chọn “Thay bản ký” nếu muốn thay bằng bản quét mới.' });
    expect(storedFiles()).toHaveLength(1);

    const replaced = await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('lan-2.png', PNG)], replaceCopy: true });
    expect(replaced.signedCopy!.files.map((f) => f.fileName)).toEqual(['lan-2.png']);
    expect(storedFiles()).toEqual([expect.stringMatching(/\.png$/)]);
    // The same scan again: the file stays, it is the one the register names.
    await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('lan-3.png', PNG)], replaceCopy: true });
    expect(storedFiles()).toHaveLength(1);

    const removed = await s.ok('documents.removeSignedCopy', { documentId: pledge.id });
    expect(removed.signedCopy).toBeNull();
    expect(storedFiles()).toEqual([]);
    expect(await s.call('documents.removeSignedCopy', { documentId: pledge.id })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'Văn bản Không số chưa có bản ký.' });
  });

  it('refuses other types, a file that is not what its name says, PDF with images, and oversized files, writing nothing', async () => {
    const refusal = async (files: { fileName: string; base64: string }[]) => {
      const result = await s.call('documents.attachSignedCopy', { documentId: pledge.id, files });
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
      return result.ok ? '' : result.message;
    };
    expect(await refusal([file('giao-uoc.docx', PDF)])).toBe('Tệp “giao-uoc.docx” không nhận làm bản ký: bản ký là bản quét PDF, hoặc ảnh chụp JPG hay PNG.');
    expect(await refusal([file('anh.gif', PNG)])).toMatch(/^Tệp “anh.gif” không nhận làm bản ký/);
    expect(await refusal([file('ban-quet.pdf', PNG)])).toBe('Tệp “ban-quet.pdf” không phải PDF thật (nội dung không khớp với đuôi tệp).');
    expect(await refusal([file('a.pdf', PDF), file('b.png', PNG)])).toMatch(/^Bản ký là một tệp PDF, hoặc một hay nhiều ảnh JPG\/PNG/);
    expect(await refusal([file('a.pdf', PDF), file('b.pdf', PDF)])).toMatch(/không chọn nhiều PDF hay PDF cùng ảnh\.$/);
    expect(await refusal([file('rong.png', Buffer.alloc(0))])).toBe('Tệp “rong.png” rỗng.');
    const big = Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024)]);
    expect(await refusal([file('lon.png', big)])).toMatch(/^Tệp “lon.png” quá lớn \(20,0 MB\); mỗi tệp bản ký tối đa 20 MB\.$/);
    expect(storedFiles()).toEqual([]);
    expect((await s.ok('documents.get', { documentId: pledge.id })).entry.signedCopy).toBeNull();
  });

  it('is refused for a withdrawn document; a replaced one keeps and takes its copy', async () => {
    const replacement = await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2022-03-16', replacesDocumentId: pledge.id });
    expect((await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('cu.pdf', PDF)] })).status).toBe('replaced');
    await s.ok('documents.withdraw', { documentId: replacement.id });
    const refused = await s.call('documents.attachSignedCopy', { documentId: replacement.id, files: [file('moi.pdf', PDF)] });
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', message: 'Văn bản Không số đã thu hồi nên không đính kèm bản ký.' });
  });

  it('in a closed year: attaching and removing are refused, opening still works', async () => {
    await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('ban-ky.pdf', PDF)] });
    await closeYear(s, yearId);
    const closed = 'Năm 2022 đã khóa sổ, không thể thay đổi dữ liệu của năm này.';
    expect(await s.call('documents.attachSignedCopy', { documentId: pledge.id, files: [file('moi.png', PNG)], replaceCopy: true })).toMatchObject({ ok: false, code: 'YEAR_CLOSED', message: closed });
    expect(await s.call('documents.removeSignedCopy', { documentId: pledge.id })).toMatchObject({ ok: false, code: 'YEAR_CLOSED', message: closed });
    expect(storedFiles()).toHaveLength(1);
    expect(await s.ok('documents.openSignedCopy', { documentId: pledge.id })).toMatchObject({ fileName: 'ban-ky.pdf', warning: null });
  });

  it('opens with the system viewer on the desktop', async () => {
    await s.ok('documents.attachSignedCopy', { documentId: pledge.id, files: [file('ban-ky.pdf', PDF)] });
    const opened: string[] = [];
    const desktop = {
      chooseSavePath: async () => null,
      openPath: async (f: string) => void opened.push(f),
      showItemInFolder: () => {},
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
      printToPdf: async () => new Uint8Array(),
    };
    const handlers = createHandlers(s.opened.db, optionsFor(s.opened, { desktop }));
    expect(await handlers['documents.openSignedCopy']({ documentId: pledge.id, page: 1 })).toEqual({ opened: true, fileName: 'ban-ky.pdf', base64: null, warning: null });
    expect(opened).toEqual([path.join(signedFolder(), storedFiles()[0]!)]);
  });
});
