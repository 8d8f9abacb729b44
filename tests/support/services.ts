// A real SQLite file in a temporary folder, served through the same dispatcher
// main uses, so tests see exactly what the window sees.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLocalServices, type LocalServices } from '../../main/services/local.js';

export type TestServices = LocalServices & { dir: string };

export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-test-'));

export async function openTestServices(dir = tempDir()): Promise<TestServices> {
  return { ...(await openLocalServices(dir)), dir };
}

export const sampleProfile = {
  blocName: 'Khối thi đua Văn hóa - Xã hội',
  governingBody: 'UBND TỈNH BẮC KẠN',
  issuingBody: 'KHỐI THI ĐUA VĂN HÓA - XÃ HỘI',
  symbol: 'KTĐVHXH',
  place: 'Bắc Kạn',
  provincialBoard: 'Ban Thi đua - Khen thưởng tỉnh Bắc Kạn',
};
