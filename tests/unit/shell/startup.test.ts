import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection.js';
import { openOrRecover, type AskOptions } from '../../../main/shell/startup.js';
import { tempDir } from '../../support/services.js';

/** A data folder with a bloc and one backup of it, then the live file broken by `damage`. */
async function brokenData(damage: (file: string) => void) {
  const dir = tempDir();
  const file = path.join(dir, 'khoi-thi-dua.sqlite');
  const db = await openDatabase(file);
  await db.db.insertInto('blocs').values({ name: 'Khối thi đua Nội chính' }).execute();
  const backup = await db.backup('manual');
  await db.close();
  damage(file);
  return { dir, file, backup };
}

function fakePorts(file: string, answer: number) {
  const asked: AskOptions[] = [];
  const errors: string[] = [];
  const folders: string[] = [];
  const logs: string[] = [];
  return {
    asked,
    errors,
    folders,
    logs,
    logger: { info: (m: string) => logs.push(m), error: (m: string) => logs.push(m), file: 'nhat-ky.log' },
    ports: {
      open: () => openDatabase(file),
      ask: async (options: AskOptions) => (asked.push(options), answer),
      showError: (title: string, message: string) => void errors.push(`${title}: ${message}`),
      openFolder: (folder: string) => void folders.push(folder),
    },
  };
}

describe('start-up with a data file that cannot be used', () => {
  it('an empty file: offers the newest good backup, and restoring it keeps the bad file aside and opens the data', async () => {
    const { dir, file } = await brokenData((f) => fs.writeFileSync(f, ''));
    const fake = fakePorts(file, 0);
    const opened = await openOrRecover(file, fake.logger, fake.ports);
    expect(fake.asked[0]?.message).toContain('rỗng (0 byte)');
    expect(fake.asked[0]?.detail).toMatch(/Bản sao lưu còn tốt gần nhất: lúc .+ \(1 khối, 0 năm, 0 đơn vị, 0 văn bản\)/);
    expect(fake.asked[0]?.buttons[0]).toBe('Khôi phục bản sao lưu này');
    expect(opened).not.toBeNull();
    expect(await opened!.db.selectFrom('blocs').select('name').execute()).toEqual([{ name: 'Khối thi đua Nội chính' }]);
    await opened!.close();
    const aside = fs.readdirSync(dir).filter((n) => n.includes('-hong-'));
    expect(aside).toHaveLength(1);
    expect(fs.statSync(path.join(dir, aside[0]!)).size).toBe(0);
  });

  it('skips a damaged backup and offers the one before it', async () => {
    const { file, backup } = await brokenData((f) => fs.writeFileSync(f, 'rác'));
    const newer = backup.replace(/\d{4}-\d{2}-\d{2}T[\d-]+Z/, '2099-01-01T00-00-00-000Z');
    fs.writeFileSync(newer, Buffer.concat([fs.readFileSync(backup).subarray(0, 100), Buffer.alloc(8192, 1)]));
    const fake = fakePorts(file, 2);
    expect(await openOrRecover(file, fake.logger, fake.ports)).toBeNull();
    expect(fake.asked[0]?.message).toContain('không phải là dữ liệu của Khối Thi Đua');
    expect(fake.asked[0]?.detail).not.toContain('2099');
    expect(fs.readFileSync(file, 'utf8')).toBe('rác');
  });

  it('"Mở thư mục dữ liệu" opens the folder and changes nothing; without any good backup the officer is told to keep the folder', async () => {
    const { dir, file, backup } = await brokenData((f) => fs.writeFileSync(f, ''));
    const fake = fakePorts(file, 1);
    expect(await openOrRecover(file, fake.logger, fake.ports)).toBeNull();
    expect(fake.folders).toEqual([dir]);
    fs.rmSync(backup);
    const none = fakePorts(file, 0);
    expect(await openOrRecover(file, none.logger, none.ports)).toBeNull();
    expect(none.asked).toEqual([]);
    expect(none.errors[0]).toContain('Không tìm thấy bản sao lưu nào còn dùng được');
  });
});
