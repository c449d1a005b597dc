import { describe, expect, it } from 'vitest';
import { CHANNELS, channelName } from '../../../electron/ipc-contract.ts';
import { HANDLERS } from '../../../electron/main/ipc/index.ts';
import { harness } from './harness.ts';

describe('ipc registry', () => {
  it('registers exactly one guarded handler per contract channel', () => {
    const { handlers } = harness();
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map(channelName).sort());
    expect(Object.keys(HANDLERS).sort()).toEqual([...CHANNELS].sort());
  });
});
