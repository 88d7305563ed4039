// Binary searches over items sorted by an offset, so "the quote/sentence/mention before this point"
// stays logarithmic even on a paragraph with thousands of them.

/** How many items have key(item) <= value, for items sorted by key. */
export function countAtOrBelow<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many items have key(item) < value, for items sorted by key. */
export function countBelow<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item whose key is at most `value`, or undefined. */
export function lastAtOrBelow<T>(items: readonly T[], value: number, key: (item: T) => number): T | undefined {
  const n = countAtOrBelow(items, value, key);
  return n ? items[n - 1] : undefined;
}

/** The first item whose key is at least `value`, or undefined. */
export function firstAtOrAbove<T>(items: readonly T[], value: number, key: (item: T) => number): T | undefined {
  return items[countBelow(items, value, key)];
}
