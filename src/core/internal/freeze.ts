/**
 * Freezes a value and everything reachable from it (own enumerable properties), so that an
 * exported catalogue or constant cannot be changed by one caller for every other caller in
 * the process. Functions are left as they are. Returns the same value, typed.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
