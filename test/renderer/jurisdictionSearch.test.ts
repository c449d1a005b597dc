import { describe, expect, it } from 'vitest';
import { matchesPlace } from '../../renderer/screens/jurisdictionSearch.ts';

const found = (query: string, places: Record<string, string[]>) =>
  Object.entries(places).filter(([code, names]) => matchesPlace(query, code, names)).map(([code]) => code);

const PLACES = {
  DC: ['District of Columbia'], WA: ['Washington'], TX: ['Texas'], NY: ['New York'], NJ: ['New Jersey'],
  CA: ['California'], PR: ['Puerto Rico'], ME: ['Maine'], MX: ['Mexico'],
};

describe('finding a state', () => {
  it('by part of its name, or its postal code', () => {
    expect(found('calif', PLACES)).toEqual(['CA']);
    expect(found('ny', PLACES)).toEqual(['NY']);
    expect(found('new', PLACES)).toEqual(['NY', 'NJ']);
  });

  it('"Washington DC" finds the District by its code, and Washington by its name', () => {
    expect(found('Washington DC', PLACES)).toEqual(['DC']);
    expect(found('washington, d.c.', PLACES)).toEqual(['DC']);
    expect(found('washington', PLACES)).toEqual(['WA']);
  });

  it('one wrong, missing or extra letter still finds it, from four letters on', () => {
    expect(found('texs', PLACES)).toEqual(['TX']);
    expect(found('califronia', PLACES)).toEqual([]); // two letters swapped is two edits
    expect(found('puerto ricco', PLACES)).toEqual(['PR']);
    expect(found('txs', PLACES)).toEqual([]); // too short to guess from
  });

  it('an empty search shows every place', () => {
    expect(found('  ', PLACES)).toEqual(Object.keys(PLACES));
  });
});
