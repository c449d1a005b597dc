import { describe, expect, it } from 'vitest';
import { DEBUGGING_SWITCHES, refusedSwitchesIn, UNSAFE_SWITCHES } from '../../electron/main/debug-guard.ts';

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
    expect(refusedSwitchesIn(argv, noSwitches, false)).toEqual(found);
  });

  it("finds them in Chromium's command line too", () => {
    expect(refusedSwitchesIn(['app'], { hasSwitch: (n: string) => n === 'remote-debugging-port' }, false)).toEqual(['remote-debugging-port']);
  });

  it('lets a normal start through, packaged or not', () => {
    for (const packaged of [false, true]) {
      expect(refusedSwitchesIn(['app', '--kiosk-config=/etc/kiosk.json'], noSwitches, packaged)).toEqual([]);
      expect(refusedSwitchesIn(['app', 'a-file-argument.json'], noSwitches, packaged)).toEqual([]);
    }
    expect(refusedSwitchesIn(['electron', '.', '--inspector-theme'], noSwitches, false)).toEqual([]);
  });
});

describe('switches that open the app up (security review L8)', () => {
  it.each([
    ['--no-sandbox', 'no-sandbox'],
    ['--disable-gpu-sandbox', 'disable-gpu-sandbox'],
    ['--renderer-cmd-prefix=gdb --args', 'renderer-cmd-prefix'],
    ['--gpu-launcher=/tmp/x', 'gpu-launcher'],
    ['--utility-cmd-prefix=/tmp/x', 'utility-cmd-prefix'],
    ['--log-net-log=/tmp/net.json', 'log-net-log'],
    ['--enable-logging', 'enable-logging'],
    ['--log-file=/tmp/log', 'log-file'],
    ['--proxy-server=http://evil.example:8080', 'proxy-server'],
    ['--host-resolver-rules=MAP * 10.0.0.1', 'host-resolver-rules'],
    ['--disable-web-security', 'disable-web-security'],
    ['--user-data-dir=/tmp/elsewhere', 'user-data-dir'],
  ])('refuses %s in every build', (arg, name) => {
    for (const packaged of [false, true]) expect(refusedSwitchesIn(['app', arg], noSwitches, packaged)).toEqual([name]);
    // …and when only Chromium's command line has it.
    expect(refusedSwitchesIn(['app'], { hasSwitch: (n: string) => n === name }, false)).toEqual([name]);
  });

  it('a packaged build takes no switch but --kiosk-config, so one nobody listed is refused too', () => {
    expect(refusedSwitchesIn(['app', '--some-future-switch=1', '-x', '--', '--kiosk-config=/etc/k.json'], noSwitches, true))
      .toEqual(['some-future-switch', 'x', '--']);
    expect(refusedSwitchesIn(['app', '--some-future-switch=1'], noSwitches, false)).toEqual([]);
  });

  it('lists each switch once', () => {
    const all = [...DEBUGGING_SWITCHES, ...UNSAFE_SWITCHES];
    expect(new Set(all).size).toBe(all.length);
  });
});
