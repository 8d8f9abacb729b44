// A real SQLite file in a temporary folder, served through the same dispatcher
// main uses, so tests see exactly what the window sees.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/connection.js';
import type { ChannelName, Input, Output, Result } from '../../main/contract/index.js';
import { createDispatcher, createHandlers } from '../../main/services/index.js';

export interface TestServices {
  dir: string;
  opened: OpenedDatabase;
  /** Calls a channel and answers its Result. */
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /** Calls a channel and answers its data, failing the test on an error. */
  ok<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>>;
  close(): Promise<void>;
}

export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-test-'));

export async function openTestServices(dir = tempDir()): Promise<TestServices> {
  const opened = await openDatabase(path.join(dir, 'khoi-thi-dua.sqlite'));
  const dispatch = createDispatcher(createHandlers(opened.db, { dataDir: dir }), () => {});
  const call = (channel: ChannelName, input: unknown) => dispatch(channel, input);
  return {
    dir,
    opened,
    call: call as TestServices['call'],
    ok: (async (channel: ChannelName, input: unknown) => {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`);
      return result.data;
    }) as TestServices['ok'],
    close: () => opened.close(),
  };
}

export const sampleProfile = {
  blocName: 'Khối thi đua Văn hóa - Xã hội',
  governingBody: 'UBND TỈNH BẮC KẠN',
  issuingBody: 'KHỐI THI ĐUA VĂN HÓA - XÃ HỘI',
  symbol: 'KTĐVHXH',
  place: 'Bắc Kạn',
  provincialBoard: 'Ban Thi đua - Khen thưởng tỉnh Bắc Kạn',
};
