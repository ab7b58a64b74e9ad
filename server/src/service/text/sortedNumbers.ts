/** Index of the first value at least `limit` in ascending `values` (their length if none). */
export function firstAtLeast(values: ArrayLike<number>, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last value below `limit` in ascending `values`, or -1. */
export function lastBelow(values: ArrayLike<number>, limit: number): number {
  return firstAtLeast(values, limit) - 1;
}
