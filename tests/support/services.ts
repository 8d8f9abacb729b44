// A real SQLite file in a temporary folder, served through the same dispatcher
// main uses, so tests see exactly what the window sees.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLocalServices, type LocalServices } from '../../main/services/local.js';

export type TestServices = LocalServices & { dir: string };

export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-test-'));

/** `today` (yyyy-mm-dd) fixes the services' clock, for the default issue date. */
export async function openTestServices(dir = tempDir(), today?: string): Promise<TestServices> {
  const now = today ? () => new Date(`${today}T09:00:00`) : undefined;
  return { ...(await openLocalServices(dir, () => {}, now ? { now } : {})), dir };
}

export const sampleProfile = {
  blocName: 'Khối thi đua Văn hóa - Xã hội',
  governingBody: 'UBND TỈNH BẮC KẠN',
  issuingBody: 'KHỐI THI ĐUA VĂN HÓA - XÃ HỘI',
  symbol: 'KTĐVHXH',
  place: 'Bắc Kạn',
  provincialBoard: 'Ban Thi đua - Khen thưởng tỉnh Bắc Kạn',
};

/** Opens the demo bloc (Bắc Kạn, Văn hóa - Xã hội) and answers one of its years, with that year's meetings. */
export async function openDemoYear(s: TestServices, year = 2018) {
  const { blocId } = await s.ok('blocs.openDemo', {});
  const found = (await s.ok('years.list', { blocId })).find((y) => y.year === year);
  if (!found) throw new Error(`the demo has no ${year}`);
  const meetings = await s.ok('meetings.list', { yearId: found.id });
  return { blocId, yearId: found.id, meetings, signing: meetings.find((m) => m.kind === 'signing') };
}

/** Closes a year as the officer does ("Khóa sổ"). */
export const closeYear = (s: TestServices, yearId: number) => s.ok('years.close', { yearId });

/** The demo's 2022 (its scale locked, every unit scored) and its units' ids by name. */
export async function openScoredYear(s: TestServices) {
  const { yearId } = await openDemoYear(s, 2022);
  const units = await s.ok('units.list', { yearId });
  return { yearId, unit: (name: string) => units.find((u) => u.name === name)!.unitId };
}
