// The services over a database file, called in-process through the same dispatcher as IPC and browser
// mode: for the demo and bench scripts and the tests, which must see exactly what the window sees.
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/connection.js';
import { databaseFile } from '../../db/location.js';
import type { ChannelName, Input, Output, Result } from '../contract/index.js';
import { createDispatcher } from './dispatch.js';
import { createHandlers } from './index.js';
import { optionsFor, type ServiceOptions } from './options.js';

export interface LocalServices {
  dataDir: string;
  opened: OpenedDatabase;
  /** Calls a channel and answers its Result. */
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /** Calls a channel and answers its data; an error answer throws with its code and message. */
  ok<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>>;
  close(): Promise<void>;
}

export async function openLocalServices(
  dataDir: string,
  logError: (error: unknown) => void = () => {},
  extra: Pick<ServiceOptions, 'now'> = {},
): Promise<LocalServices> {
  const opened = await openDatabase(databaseFile(path.resolve(dataDir)), undefined, extra.now ? { now: extra.now } : {});
  const dispatch = createDispatcher(createHandlers(opened.db, optionsFor(opened, extra)), logError, dataDir);
  const call = (channel: ChannelName, input: unknown) => dispatch(channel, input);
  return {
    dataDir,
    opened,
    call: call as LocalServices['call'],
    ok: (async (channel: ChannelName, input: unknown) => {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`);
      return result.data;
    }) as LocalServices['ok'],
    close: () => opened.close(),
  };
}
