// Loaded into the Electron main process before the app (`electron -r harness.cjs <repo>`,
// see launch.ts), by the real-Electron tests only. Never part of the built or packaged app.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- `electron -r` loads this file with require(): it is CommonJS.
const { app } = require('electron');

// 1. Playwright drives Electron through two debugging switches it always adds: --inspect=0
//    (the main process) and --remote-debugging-port=0 (the windows); on Linux it also adds
//    --no-sandbox (unless launched with chromiumSandbox: true), because CI images often
//    cannot start Chromium's sandbox. The app refuses to start with any of them
//    (electron/main/debug-guard.ts, unit-tested in test/electron/debug-guard.test.ts; the
//    real refusal, without this harness, in hardening.spec.ts), so they are hidden from it,
//    here and only here.
const PLAYWRIGHT_SWITCHES = ['inspect', 'remote-debugging-port', ...(process.platform === 'linux' ? ['no-sandbox'] : [])];
const isPlaywrightSwitch = (arg) => PLAYWRIGHT_SWITCHES.some((name) => arg === `--${name}` || arg.startsWith(`--${name}=`));
process.argv = process.argv.filter((arg) => !isPlaywrightSwitch(arg));
const hasSwitch = app.commandLine.hasSwitch;
app.commandLine.hasSwitch = (name) => !PLAYWRIGHT_SWITCHES.includes(name) && hasSwitch(name);

// 2. A fresh user-data folder for each launch: no kiosk.json or imported rules from this
//    computer's own profile, and no single-instance lock shared with a running copy.
if (process.env.MDN_E2E_USER_DATA) app.setPath('userData', process.env.MDN_E2E_USER_DATA);

// 3. Every request of every session, from the first one, seen below the page. The app owns
//    onBeforeRequest and onHeadersReceived (one listener each per session); a request it
//    blocks ends in onErrorOccurred, any other in onCompleted. Read by launch.ts.
globalThis.__mdnE2eRequests = [];
app.on('session-created', (session) => {
  const note = (details) => globalThis.__mdnE2eRequests.push(details.url);
  session.webRequest.onCompleted(note);
  session.webRequest.onErrorOccurred(note);
});
