import { describe, expect, it } from 'vitest';

// `npm test` runs the suite once per zone in scripts/test.mjs. This test proves each run
// really is in the zone it claims, so the matrix cannot pass by silently running in UTC.
describe('the test run', () => {
  it('runs in the time zone it was given', () => {
    const zone = process.env.TZ;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(
      zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    if (zone === 'Pacific/Kiritimati')
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(-840);
    if (zone === 'America/Los_Angeles')
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(480);
  });
});
