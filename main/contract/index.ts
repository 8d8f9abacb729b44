// The one contract: everything the window may ask of main. Main, preload, the
// browser-mode server and the renderer all import it from here.
import './messages.js';
import type { z } from 'zod';
import { backupsChannels } from './backups.js';
import { blocsChannels } from './blocs.js';
import { documentsChannels } from './documents.js';
import { guideChannels } from './guide.js';
import { handoverChannels } from './handover.js';
import { meetingsChannels } from './meetings.js';
import { pledgesChannels } from './pledges.js';
import { reportsChannels } from './reports.js';
import { scoringChannels } from './scoring.js';
import { settingsChannels } from './settings.js';
import { unitsChannels } from './units.js';
import { votesChannels } from './votes.js';
import { yearsChannels } from './years.js';

export const contract = {
  ...blocsChannels,
  ...yearsChannels,
  ...unitsChannels,
  ...settingsChannels,
  ...meetingsChannels,
  ...documentsChannels,
  ...pledgesChannels,
  ...scoringChannels,
  ...votesChannels,
  ...handoverChannels,
  ...backupsChannels,
  ...guideChannels,
  ...reportsChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

/** What a caller passes (before defaults and cleaning). */
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a service receives (after validation). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = z.output<Contract[C]['output']>;

/** The services main implements: one function per channel. */
export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<Output<C>> };

/** The API the window sees: one method per channel, answering a Result. */
export type Api = { [C in ChannelName]: (input: Input<C>) => Promise<import('./channel.js').Result<Output<C>>> };

export { type Result, type ErrorCode } from './channel.js';
export * from './blocs.js';
export * from './units.js';
export * from './years.js';
export * from './settings.js';
export * from './meetings.js';
export * from './documents.js';
export * from './pledges.js';
export * from './scoring.js';
export * from './votes.js';
export * from './handover.js';
export * from './backups.js';
export * from './guide.js';
export * from './reports.js';
