import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPin } from '../../electron/main/kiosk-pin.ts';
import { parseKioskConfig } from '../../electron/main/kiosk-config.ts';

const script = path.resolve(import.meta.dirname, '../../scripts/kiosk-pin.ts');

describe('npm run kiosk-pin', () => {
  it('prints an exitPin entry that the kiosk config accepts and that verifies the PIN', () => {
    const out = JSON.parse(execFileSync(process.execPath, [script, '73915'], { encoding: 'utf8' }));
    expect(verifyPin('73915', out.exitPin)).toBe(true);
    expect(JSON.stringify(out)).not.toContain('73915');
    expect(parseKioskConfig(JSON.stringify(out)).settings.enabled).toBe(true);
  });

  it('refuses a PIN that is not 4 to 12 digits', () => {
    const run = spawnSync(process.execPath, [script, 'abc'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/4 to 12 digits/);
  });
});
