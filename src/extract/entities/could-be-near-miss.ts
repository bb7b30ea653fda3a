/** Counts of each code unit of the first string, reset after every call: no allocation per pair. */
const counts = new Int32Array(0x10000);

/** The set of a string's code units, folded to 32 classes (a unit's low five bits: a to z apart), as a bit set. */
export function unitClasses(units: readonly number[]): number {
  let classes = 0;
  for (const unit of units) classes |= 1 << (unit & 31);
  return classes;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * couldBeNearMiss from the lengths and unit classes (unitClasses) of two strings alone: a unit of
 * a class the other string lacks matches nothing, so the shared units are at most the length less
 * one unit per such class. Cheaper and weaker; false means false for couldBeNearMiss too.
 */
export function couldBeNearMissByClasses(lengthA: number, classesA: number, lengthB: number, classesB: number, threshold: number): boolean {
  const shared = Math.min(lengthA - bitCount(classesA & ~classesB), lengthB - bitCount(classesB & ~classesA));
  // the most a common prefix can add (four units)
  const jaroNeeded = (threshold - 0.4) / 0.6;
  return (shared / lengthA + shared / lengthB + 1) / 3 >= jaroNeeded - 1e-9;
}

/** The code units of a string, as couldBeNearMiss takes them. */
export function unitsOf(text: string): number[] {
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  return units;
}

/**
 * False when two strings, given by their code units, cannot reach `threshold` in Jaro–Winkler
 * similarity (natural's JaroWinklerDistance: prefix scale 0.1 over at most 4 letters), from a
 * bound that costs one pass over each string: matching characters are at most the characters
 * the two strings share, counted with repeats. True means « maybe »: the exact measure then
 * decides. Units rather than strings: the caller makes the strings only for the pairs it keeps.
 */
export function couldBeNearMiss(a: readonly number[], b: readonly number[], threshold: number): boolean {
  // (equal strings share every unit: the bound below keeps them)
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  // JW = J + 0.1 l (1 - J) >= threshold  <=>  J >= (threshold - 0.1 l) / (1 - 0.1 l)
  const scale = 0.1 * prefix;
  const jaroNeeded = (threshold - scale) / (1 - scale);
  for (let i = 0; i < a.length; i++) counts[a[i]]++;
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    const code = b[i];
    if (counts[code] > 0) {
      counts[code]--;
      shared++;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a[i]] = 0;
  // Jaro = (m/|a| + m/|b| + (m - t)/m) / 3 <= (m/|a| + m/|b| + 1) / 3, and m <= shared
  const jaroBound = (shared / a.length + shared / b.length + 1) / 3;
  // a margin far above rounding error: only pairs clearly under the threshold are ruled out
  return jaroBound >= jaroNeeded - 1e-9;
}
