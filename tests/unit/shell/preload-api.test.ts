import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../main/contract/index.js';
import { buildBridgeApi } from '../../../preload/api.js';

describe('the preload bridge', () => {
  it('has exactly one method per contract channel and no generic invoke', () => {
    const api = buildBridgeApi(channelNames, async () => null);
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    expect(api).not.toHaveProperty('invoke');
    for (const name of channelNames) expect(typeof api[name]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its own channel with the input untouched', async () => {
    const calls: [string, unknown][] = [];
    const api = buildBridgeApi(channelNames, async (name, input) => {
      calls.push([name, input]);
      return { ok: true, data: name };
    });
    const result = await api['blocs.list']({});
    expect(result).toEqual({ ok: true, data: 'blocs.list' });
    expect(calls).toEqual([['blocs.list', {}]]);
  });
});
