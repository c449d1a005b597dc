// The December 2026 security review's findings that only the real shell can show: what
// Chromium does with the app's network lock-down (WebRTC, name resolution, the proxy, the
// spell-checker, downloads: M1, L6, L7), that a kiosk window cannot be closed (M2), that a
// broken kiosk config locks the kiosk (M3), and that the start-up guard refuses
// --no-sandbox and its kind (L8). The mocked main process (test/electron/) checks the
// calls; these check their effect. Skipped, with the runner's reason, without a binary.
import { spawnSync } from 'node:child_process';
import { test, expect } from './launch.ts';
import { hashPin } from '../../electron/main/kiosk-pin.ts';
import { IN_MEMORY_PARTITION } from '../../electron/main/private-session.ts';
import { repoRoot } from '../../scripts/start.ts';
import { findElectron, skipLine } from '../../scripts/test-electron.ts';

const electron = findElectron();
const kiosk = { idleTimeoutSeconds: 120, exitPin: hashPin('246813') };

test('WebRTC gathers no candidate at all: no host, no STUN, no TURN (review M1)', async ({ launch }) => {
  const { app, window, sessionRequests } = await launch();
  await window.locator('button[data-locale]').first().waitFor();
  const policies = await app.evaluate(({ webContents }) => webContents.getAllWebContents().map((c) => c.getWebRTCIPHandlingPolicy()));
  expect(policies.length).toBeGreaterThan(0);
  expect(new Set(policies)).toEqual(new Set(['disable_non_proxied_udp']));
  // What a compromised dependency would try: the answer in a TURN username.
  const candidates = await window.evaluate(async () => {
    const pc = new RTCPeerConnection({
      iceServers: [{ urls: ['stun:stun.example.org:3478', 'turn:turn.example.org:3478?transport=udp', 'turn:198.51.100.7:3478?transport=tcp'], username: 'CA:no_status', credential: 'x' }],
    });
    const found: string[] = [];
    pc.onicecandidate = (e) => { if (e.candidate?.candidate) found.push(e.candidate.candidate); };
    pc.createDataChannel('x');
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise<void>((resolve) => {
      const done = () => { if (pc.iceGatheringState === 'complete') resolve(); };
      pc.onicegatheringstatechange = done;
      done();
      setTimeout(resolve, 15_000);
    });
    pc.close();
    return found;
  });
  expect(candidates).toEqual([]);
  expect((await sessionRequests()).filter((url) => !url.startsWith('app://'))).toEqual([]);
});

test('no name resolves, everything else goes to a dead-end proxy, the spell-checker is off (review M1, I1, L7)', async ({ launch }) => {
  const { app } = await launch();
  const found = await app.evaluate(async ({ session }, partition) => {
    const results: Record<string, unknown> = {};
    for (const [name, ses] of [['default', session.defaultSession], ['app', session.fromPartition(partition)]] as const) {
      let resolved: string;
      try {
        resolved = JSON.stringify(await ses.resolveHost('example.com'));
      } catch (e) {
        resolved = `refused: ${String(e)}`;
      }
      results[name] = {
        resolved,
        proxy: await ses.resolveProxy('https://example.com/'),
        loopbackProxy: await ses.resolveProxy('http://127.0.0.1:8080/'),
        spellChecker: ses.isSpellCheckerEnabled(),
        languages: process.platform === 'darwin' ? [] : ses.getSpellCheckerLanguages(),
      };
    }
    return results;
  }, IN_MEMORY_PARTITION);
  for (const ses of Object.values(found) as { resolved: string; proxy: string; loopbackProxy: string; spellChecker: boolean; languages: string[] }[]) {
    expect(ses.resolved).toMatch(/^refused/);
    expect(ses.proxy).toBe('PROXY 127.0.0.1:9');
    expect(ses.loopbackProxy).toBe('PROXY 127.0.0.1:9');
    expect(ses.spellChecker).toBe(false);
    expect(ses.languages).toEqual([]);
  }
});

test('a download is cancelled before any dialog or file (review L6)', async ({ launch }) => {
  const { app, window } = await launch();
  await window.locator('button[data-locale]').first().waitFor();
  await app.evaluate(({ session }, partition) => {
    const seen: string[] = [];
    (globalThis as { __mdnDownloads?: string[] }).__mdnDownloads = seen;
    // After the app's own listener, which ran first.
    session.fromPartition(partition).on('will-download', (_event, item) => seen.push(item.getState()));
  }, IN_MEMORY_PARTITION);
  const downloads = () => app.evaluate(() => (globalThis as { __mdnDownloads?: string[] }).__mdnDownloads);
  // A download of the app's own page (app:// passes the request filter, so only the
  // download handler can stop it)…
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.downloadURL('app://bundle/index.html'));
  await expect.poll(downloads).toEqual(['cancelled']);
  // …and one a page would start (<a download>), which ends no better.
  await window.evaluate(() => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(['CA, no_status'], { type: 'text/plain' }));
    a.download = 'answer.txt';
    document.body.append(a);
    a.click();
    a.remove();
  });
  await window.waitForTimeout(2_000);
  expect(new Set(await downloads())).toEqual(new Set(['cancelled']));
});

test('a kiosk window cannot be closed; a laptop\'s can (review M2)', async ({ launch }) => {
  const atKiosk = await launch({ kiosk });
  await atKiosk.window.locator('button[data-locale]').first().waitFor();
  await atKiosk.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await atKiosk.window.waitForTimeout(1_000);
  expect(await atKiosk.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => [w.isKiosk(), w.isClosable()]))).toEqual([[true, false]]);
  expect(atKiosk.app.process().exitCode).toBeNull();

  const laptop = await launch();
  await laptop.window.locator('button[data-locale]').first().waitFor();
  const closed = laptop.app.waitForEvent('close');
  await laptop.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await closed;
});

for (const [name, raw] of [
  ['a trailing comma', '{ "idleTimeoutSeconds": 60, }'],
  ['a typo in a key', JSON.stringify({ idleTimeout: 60, exitPin: kiosk.exitPin })],
  ['no PIN', '{ "idleTimeoutSeconds": 60 }'],
  ['a byte-order mark', `\uFEFF${JSON.stringify(kiosk)}`],
] as const) {
  test(`a kiosk config with ${name} locks the kiosk: "This kiosk needs staff", nothing to tap, no close (review M3)`, async ({ launch }) => {
    const { app, window } = await launch({ rawKioskConfig: raw });
    await expect(window.getByTestId('needs-staff').getByRole('heading', { level: 1 })).toHaveText('This kiosk needs staff. Please ask staff for help.');
    await expect(window.locator('button, a, input, select')).toHaveCount(0);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await window.waitForTimeout(500);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isKiosk()))).toEqual([true]);
  });
}

test('the start-up guard refuses --no-sandbox and its kind, before any window (review L8)', () => {
  test.skip(!electron.binary, skipLine(electron));
  // Straight from the binary, without the harness that hides Playwright's own switches.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'ELECTRON_RUN_AS_NODE'));
  for (const switches of [['--no-sandbox'], ['--no-sandbox', '--renderer-cmd-prefix=/bin/false', '--proxy-server=http://127.0.0.1:1']]) {
    const run = spawnSync(electron.binary!, [repoRoot, ...switches], { env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('[medicaid-data-notice] refused-switch: ');
    for (const s of switches) expect(run.stderr).toContain(s.replace(/^--/, '').split('=')[0]);
  }
});
