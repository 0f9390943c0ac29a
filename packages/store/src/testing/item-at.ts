/**
 * `items[index]`, or an error naming what was missing: a test that reads a row it expects
 * (the first run, the second page's last experiment) fails there, by name, instead of on a
 * property of undefined further on.
 */
export function itemAt<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`expected ${what} at index ${index}, but there are ${items.length} items`);
  }
  return item;
}
