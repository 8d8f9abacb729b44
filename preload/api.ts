// Builds the window's API: exactly one method per contract channel. No generic
// `invoke(channel)` is ever exposed, so a page can only make the calls the contract
// names. Free of `electron` so it can be unit-tested.
import type { Api, ChannelName } from '../main/contract/index.js';

export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;

export function buildBridgeApi(names: readonly ChannelName[], invoke: Invoke): Api {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of names) api[name] = (input: unknown) => invoke(name, input);
  // Frozen: nothing in the page can swap a method for something else.
  return Object.freeze(api) as unknown as Api;
}
