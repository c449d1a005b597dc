// Shared by the rules tests: a fresh, deep copy of the shipped bundle that a test may break.
import { shippedBundle } from '../../rules/data/index.ts';
import type { Bundle } from '../../rules/engine/index.ts';

export function freshBundle(): Bundle {
  return structuredClone(shippedBundle);
}

/** A version after `version` (MAJOR.MINOR.PATCH), so tests of "newer" and "older" bundles
 * keep their meaning whatever the shipped rules' version is. */
export function laterVersion(version: string, part: 'minor' | 'patch' = 'minor'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}
