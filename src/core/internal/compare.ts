/**
 * Orders two strings by UTF-16 code unit, the same on every machine and in every locale
 * (unlike `localeCompare`). The one comparator the modules use for stable output orders.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
