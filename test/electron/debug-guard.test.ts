import { describe, expect, it } from 'vitest';
import { debuggingSwitchesIn } from '../../electron/main/debug-guard.ts';

const noSwitches = { hasSwitch: () => false };

describe('debugging switches', () => {
  it.each([
    [['app', '--remote-debugging-port=9222'], ['remote-debugging-port']],
    [['app', '--remote-debugging-pipe'], ['remote-debugging-pipe']],
    [['app', '--inspect'], ['inspect']],
    [['app', '--inspect=0.0.0.0:9229'], ['inspect']],
    [['app', '--inspect-brk'], ['inspect-brk']],
    [['app', '--inspect-brk=9230', '--remote-debugging-port=1'], ['remote-debugging-port', 'inspect-brk']],
  ])('finds them in argv: %j', (argv, found) => {
    expect(debuggingSwitchesIn(argv, noSwitches)).toEqual(found);
  });

  it("finds them in Chromium's command line too", () => {
    expect(debuggingSwitchesIn(['app'], { hasSwitch: (n: string) => n === 'remote-debugging-port' })).toEqual(['remote-debugging-port']);
  });

  it('lets a normal start through', () => {
    expect(debuggingSwitchesIn(['app', '--kiosk-config=/etc/kiosk.json', '--inspector-theme'], noSwitches)).toEqual([]);
  });
});
