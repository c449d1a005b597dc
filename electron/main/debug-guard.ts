// Refuse to start with a switch that opens the app up. A remote-debugging port lets any
// local process read the screen's answers and drive the app; --inspect opens the main
// process to the same; --no-sandbox undoes app.enableSandbox(); a launcher prefix runs
// another program as every renderer; a proxy, a net log or a resolver rule routes or
// records traffic (security review L8). The fuse EnableNodeCliInspectArguments covers
// --inspect in packaged builds; this guard covers Chromium's switches and unpackaged runs
// (engineering.md §3, §7 "a startup guard that refuses --remote-debugging-port").
//
// Two layers: the switches below are refused in every build, found in argv or in
// Chromium's own command line. A packaged build goes further and accepts no switch at all
// but --kiosk-config=PATH, so a switch nobody thought of yet is refused too. (The
// real-Electron tests run unpackaged; test/electron-real/harness.cjs hides the switches
// Playwright itself adds from this guard, there and only there.)
import type { CommandLine } from 'electron';
import { KIOSK_CONFIG_FLAG } from './kiosk-config.ts';

export const DEBUGGING_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-brk-node',
] as const;

/** Switches that weaken the sandbox or web security, run another program, or route, record
 * or redirect what the app does. Refused in every build. */
export const UNSAFE_SWITCHES = [
  // The sandbox (Electron and Chromium docs).
  'no-sandbox',
  'disable-gpu-sandbox',
  'disable-setuid-sandbox',
  'disable-namespace-sandbox',
  'disable-seccomp-filter-sandbox',
  'no-zygote-sandbox',
  // Another program in front of every child process.
  'renderer-cmd-prefix',
  'gpu-launcher',
  'utility-cmd-prefix',
  'ppapi-plugin-launcher',
  'browser-subprocess-path',
  // Web security and certificates.
  'disable-web-security',
  'allow-file-access-from-files',
  'ignore-certificate-errors',
  'disable-site-isolation-trials',
  'js-flags',
  'enable-blink-features',
  'load-extension',
  // Where traffic goes, and who records it.
  'proxy-server',
  'proxy-pac-url',
  'proxy-auto-detect',
  'proxy-bypass-list',
  'host-resolver-rules',
  'host-rules',
  'log-net-log',
  'net-log-capture-mode',
  'enable-logging',
  'log-file',
  // Another user-data folder: another kiosk config (or none), other rules.
  'user-data-dir',
] as const;

export const REFUSED_SWITCHES: readonly string[] = [...DEBUGGING_SWITCHES, ...UNSAFE_SWITCHES];

const named = (name: string) => (arg: string) => arg === `--${name}` || arg.startsWith(`--${name}=`);

/** The only switch a packaged build takes. */
export const isAllowedSwitch = (arg: string): boolean => arg.startsWith(KIOSK_CONFIG_FLAG);

/**
 * The switches the app refuses to start with: each refused switch present in argv or known
 * to Chromium's command line, and, in a packaged build, every other argument that looks
 * like a switch (argv[0] is the executable there). Empty when the start is fine.
 */
export function refusedSwitchesIn(argv: readonly string[], commandLine: Pick<CommandLine, 'hasSwitch'>, packaged: boolean): string[] {
  const refused: string[] = REFUSED_SWITCHES.filter((name) => commandLine.hasSwitch(name) || argv.some(named(name)));
  if (packaged) {
    for (const arg of argv.slice(1)) {
      if (!arg.startsWith('-') || isAllowedSwitch(arg)) continue;
      const name = arg.replace(/^-+/, '').split('=')[0]!;
      if (!refused.includes(name)) refused.push(name || arg);
    }
  }
  return refused;
}
