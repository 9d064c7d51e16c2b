/**
 * A set of numbers as one sorted Float64Array, searched by halves: 8 bytes a member where a Set<number> of 100,000
 * Line Nos. takes some 3 MB, and none of its garbage (docs/decisions.md §D115). Membership is a Set's (SameValueZero)
 * for every number but NaN, which is never a Line No.
 */
export function sortedNumbers(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export function hasNumber(sorted: Float64Array, value: number): boolean {
  return indexOfSorted(sorted, value) >= 0;
}

/** Where `value` stands in `sorted` (ascending), searched by halves; -1 when it is not there. */
export function indexOfSorted(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
