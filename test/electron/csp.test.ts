import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';

describe('Content-Security-Policy', () => {
  it('is exactly the policy of brief §6 / engineering.md §4.10', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'",
    );
  });

  it('allows nothing remote or inline', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-|blob:/);
  });
});
