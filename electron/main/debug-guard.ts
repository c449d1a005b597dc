// Refuse to start with a debugger attached from the command line. A remote-debugging port
// lets any local process read the screen's answers and drive the app; --inspect opens the
// main process to the same. The fuse EnableNodeCliInspectArguments covers --inspect in
// packaged builds; this guard also covers Chromium's switches and unpackaged runs
// (engineering.md §3, §7 "a startup guard that refuses --remote-debugging-port").
import type { CommandLine } from 'electron';

export const DEBUGGING_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-brk-node',
] as const;

/** The debugging switches present in argv or known to Chromium's command line. */
export function debuggingSwitchesIn(argv: readonly string[], commandLine: Pick<CommandLine, 'hasSwitch'>): string[] {
  return DEBUGGING_SWITCHES.filter((name) =>
    commandLine.hasSwitch(name) || argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)));
}
