/** Counts of each code unit of the first string, reset after every call: no allocation per pair. */
const counts = new Int32Array(0x10000);

/**
 * False when two strings cannot reach `threshold` in Jaro–Winkler similarity (natural's
 * JaroWinklerDistance: prefix scale 0.1 over at most 4 letters), from a bound that costs one
 * pass over each string: matching characters are at most the characters the two strings
 * share, counted with repeats. True means « maybe »: the exact measure then decides.
 */
export function couldBeNearMiss(a: string, b: string, threshold: number): boolean {
  if (a === b) return true;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  // JW = J + 0.1 l (1 - J) >= threshold  <=>  J >= (threshold - 0.1 l) / (1 - 0.1 l)
  const scale = 0.1 * prefix;
  const jaroNeeded = (threshold - scale) / (1 - scale);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]++;
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    if (counts[code] > 0) {
      counts[code]--;
      shared++;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = 0;
  // Jaro = (m/|a| + m/|b| + (m - t)/m) / 3 <= (m/|a| + m/|b| + 1) / 3, and m <= shared
  const jaroBound = (shared / a.length + shared / b.length + 1) / 3;
  // a margin far above rounding error: only pairs clearly under the threshold are ruled out
  return jaroBound >= jaroNeeded - 1e-9;
}
