// Finding a state by what a person types: part of its name (in the screen's language or in
// English), its postal code ("ny", or "Washington DC": any word that is a code), or its name's
// beginning with one letter wrong ("texs"), as people type in a hurry (UX review #15).

/** What the search compares: lower case, accents kept, "D.C." as "dc", other punctuation as spaces. */
const normalise = (s: string) => s.toLocaleLowerCase().replace(/\./g, '').replace(/[,'’()-]/g, ' ').replace(/\s+/g, ' ').trim();

/** Edit distance of two short strings (one letter added, dropped or changed = 1). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Shorter than this, one wrong letter would match too much ("tex" → "mex"…). */
const FUZZY_FROM = 4;

/** Does `query` find the place with this postal `code` and these `names`? */
export function matchesPlace(query: string, code: string, names: readonly string[]): boolean {
  const q = normalise(query);
  if (!q) return true;
  if (q.split(' ').some((word) => word === code.toLowerCase())) return true;
  return names.map(normalise).some((name) =>
    name.includes(q) || (q.length >= FUZZY_FROM && [q.length - 1, q.length, q.length + 1].some((n) => editDistance(q, name.slice(0, n)) <= 1)));
}
