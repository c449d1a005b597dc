// Shared by the rules tests: a fresh, deep copy of the shipped bundle that a test may break.
import { shippedBundle } from '../../rules/data/index.ts';
import type { Bundle } from '../../rules/engine/index.ts';

export function freshBundle(): Bundle {
  return structuredClone(shippedBundle);
}
