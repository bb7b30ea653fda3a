/**
 * In a sorted sequence of `length` items where `isBefore(i)` holds for a prefix, the length
 * of that prefix: the index of the first item not before the target (binary search).
 */
export function countBefore(length: number, isBefore: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
