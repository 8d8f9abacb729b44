import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../support/services.js';
import { alteredPackage, attached, dumpAll, fileTree, richDemo } from './support.js';

let from: TestServices;
let to: TestServices;
let good: Uint8Array;

beforeAll(async () => {
  from = await openTestServices();
  const { blocId } = await richDemo(from);
  good = Buffer.from((await from.ok('handover.export', { blocId })).base64!, 'base64');
  to = await openTestServices();
  // The receiving PC has a bloc of its own, which nothing may touch.
  await to.ok('blocs.openDemo', {});
});
afterAll(async () => {
  await from.close();
  await to.close();
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Manifest = { schema: { migrations: string[] }; format: string; entries: { path: string; sha256: string; size: number }[] };

async function withManifest(bytes: Uint8Array, change: (m: Manifest) => void, zipChange?: (zip: JSZip) => void) {
  return alteredPackage(bytes, async (zip) => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
    change(manifest);
    zipChange?.(zip);
    zip.file('manifest.json', JSON.stringify(manifest));
  });
}

/** data.json edited, and its hash in the manifest updated to match: a well-formed package with bad data. */
async function withData(change: (data: { tables: Record<string, Record<string, unknown>[]> }) => void) {
  const zip = await JSZip.loadAsync(good);
  const data = JSON.parse(await zip.file('data.json')!.async('string'));
  change(data);
  const bytes = Buffer.from(JSON.stringify(data));
  return withManifest(good, (m) => {
    const entry = m.entries.find((e) => e.path === 'data.json')!;
    entry.sha256 = sha(bytes);
    entry.size = bytes.length;
  }, (z) => z.file('data.json', bytes));
}

async function expectRefused(bytes: Uint8Array, message: string) {
  const before = await dumpAll(to);
  const files = fileTree(to.dir);
  const file = attached('goi.ktd', bytes);
  const preview = await to.ok('handover.preview', { file });
  expect(preview.problems.join(' ')).toContain(message);
  const result = await to.call('handover.import', { file });
  expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
  if (!result.ok) expect(result.message).toContain(message);
  expect((await to.call('handover.import', { file, replace: true })).ok).toBe(false);
  expect(await dumpAll(to)).toEqual(before);
  expect(fileTree(to.dir)).toEqual(files);
}

describe('a package that does not check out', () => {
  it('is refused when an entry was changed after packing (its hash no longer matches)', async () => {
    const tampered = await alteredPackage(good, async (zip) => {
      const data = JSON.parse(await zip.file('data.json')!.async('string'));
      data.tables.units[0].name = 'Đơn vị bị sửa';
      zip.file('data.json', JSON.stringify(data));
    });
    await expectRefused(tampered, 'đã bị thay đổi hoặc hỏng (mã SHA-256 không khớp)');
    const evidence = await alteredPackage(good, (zip) => {
      const entry = Object.keys(zip.files).find((p) => p.startsWith('files/minh-chung/') && !zip.files[p]!.dir)!;
      zip.file(entry, 'nội dung khác');
    });
    await expectRefused(evidence, 'mã SHA-256 không khớp');
  });

  it('is refused when truncated, or not a zip at all', async () => {
    await expectRefused(good.slice(0, Math.floor(good.length / 2)), 'không đọc được tệp nén');
    await expectRefused(Buffer.from('không phải tệp nén'), 'không đọc được tệp nén');
  });

  it('is refused when it is not ours: no manifest, or another format', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    await expectRefused(await zip.generateAsync({ type: 'uint8array' }), 'không phải gói bàn giao của phần mềm Khối Thi Đua');
    await expectRefused(await withManifest(good, (m) => (m.format = 'khac/goi')), 'không phải gói bàn giao của phần mềm Khối Thi Đua');
  });

  it('is refused when made by a newer version, asking to install the newest', async () => {
    await expectRefused(await withManifest(good, (m) => m.schema.migrations.push('0099-tuong-lai')), 'Vui lòng cài đặt phiên bản mới nhất');
  });

  it('is refused when an entry would land outside the data folder or is not listed', async () => {
    const escape = await withManifest(
      good,
      (m) => m.entries.push({ path: 'files/../../evil.txt', sha256: sha(Buffer.from('x')), size: 1 }),
      (zip) => zip.file('files/../../evil.txt', 'x'),
    );
    await expectRefused(escape, 'không hợp lệ');
    const extra = await alteredPackage(good, (zip) => void zip.file('files/van-ban/2018/them.docx', 'x'));
    await expectRefused(extra, 'không ghi trong danh mục');
  });

  it('is refused when its data does not hold together, hashes and all', async () => {
    await expectRefused(
      await withData((d) => (d.tables.attendance![0]!.meeting_id = 999_999)),
      'không nhất quán',
    );
    await expectRefused(await withData((d) => d.tables.evidence!.pop()), 'không thuộc dữ liệu nào của khối');
    await expectRefused(await withData((d) => (d.tables.evidence![0]!.item_key = '../../x')), 'không hợp lệ');
    await expectRefused(await withData((d) => (d.tables.bogus = [])), 'mà phần mềm này không có');
  });
});
