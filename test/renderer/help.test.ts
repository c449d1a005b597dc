// Where to get help comes from the rules bundle (help.json): California's own pages in
// California, the state's Attorney General only in the lawsuit states (with that state's
// page where the research has one), then national groups everywhere.
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { formatProblem, validateBundle } from '../../rules/index.ts';
import { helpResources } from '../../renderer/answer/help.ts';

const ids = (j: 'CA' | 'TX' | 'AZ') => helpResources(shippedBundle, j, '2026-03-01').map((r) => r.id);

describe('help entries', () => {
  it('shows each entry where it applies, with that place\'s address', () => {
    expect(ids('CA')).toEqual(['dhcs', 'ocssa', 'ag', 'pif', 'nilc']);
    expect(ids('TX')).toEqual(['pif', 'nilc']);
    expect(ids('AZ')).toEqual(['ag', 'pif', 'nilc']);
    const ag = (j: 'CA' | 'AZ') => helpResources(shippedBundle, j, '2026-03-01').find((r) => r.id === 'ag')!;
    expect(ag('CA').url).toMatch(/^https:\/\/pslc\.org\//);
    expect(ag('AZ').url).toBeUndefined();
  });

  it('refuses a help entry scoped to a set the bundle does not have', () => {
    const b = structuredClone(shippedBundle);
    b.help[0]!.jurisdictions = ['@no-such-set'];
    const v = validateBundle(b);
    expect(v.ok ? [] : v.problems.map(formatProblem)).toEqual(["help.json: 'dhcs': names unknown set '@no-such-set'"]);
  });
});
