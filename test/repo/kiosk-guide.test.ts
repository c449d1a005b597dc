// The shell leaves the operating system's half of a kiosk to a deployment guide (window.ts,
// kiosk-close.ts); the December 2026 security review found that guide missing (M2, L13,
// L15). It must exist wherever the code points to it, and cover what the code relies on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GUIDE = 'docs/kiosk-deployment.md';

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('the kiosk deployment guide', () => {
  it('exists where the code points to it', () => {
    const pointers = filesUnder('electron').filter((f) => readFileSync(path.join(ROOT, f), 'utf8').includes(GUIDE));
    expect(pointers.length).toBeGreaterThan(0);
    expect(existsSync(path.join(ROOT, GUIDE))).toBe(true);
  });

  it('covers each OS, the settings file, the sandbox and the print spooler', () => {
    const guide = readFileSync(path.join(ROOT, GUIDE), 'utf8');
    for (const topic of ['Shell Launcher', 'Assigned Access', '/allusers', 'macOS', 'cage', 'Restart=on-failure', '--kiosk-config=',
      'kiosk-pin', 'This kiosk needs staff', '--no-sandbox', 'PreserveJobFiles No', 'Keep printed documents', '"printer"']) {
      expect(guide, topic).toContain(topic);
    }
  });
});
