import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_SECONDS, kioskFromQuery, rulesWarningFromQuery } from '../../renderer/api/previewFlags.ts';

describe('preview query flags', () => {
  it('without flags: no kiosk', () => {
    expect(kioskFromQuery('')).toEqual({ enabled: false, idleTimeoutSeconds: DEFAULT_IDLE_SECONDS, helpContacts: [] });
  });

  it('reads a kiosk preset', () => {
    expect(kioskFromQuery('?kiosk=1&idle=5&state=ca&langs=ar,%20en&help=Front%20desk&kioskWarning=broken')).toEqual({
      enabled: true, idleTimeoutSeconds: 5, presetJurisdiction: 'CA', languages: ['ar', 'en'],
      helpContacts: [{ name: 'Front desk' }], warning: 'broken',
    });
    expect(rulesWarningFromQuery('?rulesWarning=fell%20back')).toBe('fell back');
  });

  it('reads the locked "needs staff" state, which is kiosk mode', () => {
    expect(kioskFromQuery('?needsStaff=1&kioskWarning=broken')).toMatchObject({ enabled: true, needsStaff: true, warning: 'broken' });
    expect(kioskFromQuery('?kiosk=1').needsStaff).toBeUndefined();
  });

  it('ignores nonsense instead of guessing', () => {
    const k = kioskFromQuery('?kiosk=yes&idle=-3&state=ZZ');
    expect(k.enabled).toBe(false);
    expect(k.idleTimeoutSeconds).toBe(DEFAULT_IDLE_SECONDS);
    expect(k.presetJurisdiction).toBeUndefined();
  });
});
