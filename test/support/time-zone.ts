/**
 * Runs `fn` with the process time zone set to `zone`, then restores it. Node applies a change
 * to `process.env.TZ` at once; tests run in forked processes (`pool: 'forks'`), so this is
 * local to one test file.
 */
export function withTimeZone<T>(zone: string, fn: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

/** Zones either side of UTC, with and without clock changes. */
export const ZONES = [
  'UTC',
  'Europe/London',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
] as const;
