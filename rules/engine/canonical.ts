// Canonical JSON: object keys sorted, no insignificant white space. A bundle is signed as
// these bytes (rules/signing.ts), so the same bundle always signs the same way however it
// was pretty-printed before signing.
//
// The input may come from a file nobody has checked yet, so this never recurses (a payload
// nested 5,000 deep once overflowed the stack: security review L1) and refuses what
// JSON.stringify would silently change: a non-finite number becomes `null` and -0 becomes
// `0`, so two different values would have had the same bytes (review L2).

/** Far deeper than any real bundle (under 10 levels); the bound keeps the work linear. */
export const MAX_JSON_DEPTH = 64;

export class CanonicalJsonError extends Error {}

type Frame =
  | { kind: 'array'; items: readonly unknown[]; next: number; depth: number }
  | { kind: 'object'; entries: [string, unknown][]; next: number; depth: number };

/** The canonical text of a JSON value. Throws CanonicalJsonError on a value deeper than
 * `maxDepth`, a non-finite number, -0, or anything JSON cannot hold (a function, a cycle
 * is caught by the depth bound). */
export function canonicalJson(value: unknown, maxDepth = MAX_JSON_DEPTH): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  // Writes a scalar, or opens a container and pushes its frame.
  const write = (v: unknown, depth: number): void => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') {
      out.push(JSON.stringify(v));
      return;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new CanonicalJsonError('a number that is not finite cannot be signed');
      if (Object.is(v, -0)) throw new CanonicalJsonError('-0 cannot be signed (it would read back as 0)');
      out.push(JSON.stringify(v));
      return;
    }
    if (typeof v !== 'object') throw new CanonicalJsonError(`a ${typeof v} is not JSON`);
    if (depth >= maxDepth) throw new CanonicalJsonError(`nested more than ${maxDepth} levels deep`);
    if (Array.isArray(v)) {
      out.push('[');
      stack.push({ kind: 'array', items: v, next: 0, depth: depth + 1 });
      return;
    }
    const entries = Object.keys(v)
      .sort()
      .map((k): [string, unknown] => [k, (v as Record<string, unknown>)[k]])
      .filter(([, item]) => item !== undefined);
    out.push('{');
    stack.push({ kind: 'object', entries, next: 0, depth: depth + 1 });
  };

  write(value, 0);
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.kind === 'array') {
      if (frame.next === frame.items.length) {
        out.push(']');
        stack.pop();
        continue;
      }
      if (frame.next > 0) out.push(',');
      const item = frame.items[frame.next++];
      // As JSON.stringify does: a hole or undefined in an array is null.
      write(item === undefined ? null : item, frame.depth);
    } else {
      if (frame.next === frame.entries.length) {
        out.push('}');
        stack.pop();
        continue;
      }
      if (frame.next > 0) out.push(',');
      const [key, item] = frame.entries[frame.next++]!;
      out.push(JSON.stringify(key), ':');
      write(item, frame.depth);
    }
  }
  return out.join('');
}

/** How deeply `value` nests (a scalar is 0), without recursion; stops counting past `limit`. */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    if (deepest > limit) return deepest;
    for (const item of Array.isArray(v) ? v : Object.values(v)) stack.push([item, inner]);
  }
  return deepest;
}
