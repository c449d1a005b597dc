import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPin } from '../../electron/main/kiosk-pin.ts';
import { parseKioskConfig } from '../../electron/main/kiosk-config.ts';

const script = path.resolve(import.meta.dirname, '../../scripts/kiosk-pin.ts');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', ...(input !== undefined ? { input } : {}) });

describe('npm run kiosk-pin', () => {
  it('reads the PIN from stdin and prints an exitPin entry that the kiosk config accepts and that verifies it', async () => {
    const r = run([], '739150\n');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(await verifyPin('739150', out.exitPin)).toBe(true);
    expect(r.stdout).not.toContain('739150');
    expect(parseKioskConfig(JSON.stringify(out)).settings).toMatchObject({ enabled: true });
    expect(parseKioskConfig(JSON.stringify(out)).settings.needsStaff).toBeUndefined();
  });

  it('never takes the PIN as an argument (security review L12: shell history, ps)', () => {
    const r = run(['739150']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/never given as an argument/);
  });

  it.each(['2468', '12345', 'abcdef', '1234567890123', ''])('refuses %j: a staff PIN is 6 to 12 digits (review M4)', (pin) => {
    const r = run([], `${pin}\n`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/6 to 12 digits/);
  });
});
