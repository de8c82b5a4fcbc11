// Argument checks for the FHIR functions (internal to `fhir`). A wrong argument is a
// programmer error: each throws `GoldenThreadError('invalid_argument', '<fn>: …')` naming
// the argument, rather than failing later inside the mapping with a TypeError.
import { GoldenThreadError } from '../core/index.js';
import { describeValue, isRecord, requireOptions } from '../core/internal/index.js';
import type { FhirReference } from './types.js';

/** Whether a value is a record that can be read (not a revoked proxy, on which even `Array.isArray` throws). */
function readableRecord(value: unknown): boolean {
  try {
    return isRecord(value);
  } catch {
    return false;
  }
}

function fail(fn: string, message: string): never {
  throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
}

export { requireOptions };

/** A record argument (an outcome, a plan): an object, as its parser returns it. */
export function requireRecord<T>(fn: string, name: string, value: T, what: string): T {
  if (!readableRecord(value)) {
    fail(fn, `${name} must be ${what} (an object), but it is ${describeValue(value)}.`);
  }
  return value;
}

/** A FHIR Reference: an object with a `reference`, an `identifier` or a `display`. */
export function requireReference(fn: string, name: string, value: unknown): FhirReference {
  const usable =
    isRecord(value) &&
    (typeof value['reference'] === 'string' ||
      isRecord(value['identifier']) ||
      typeof value['display'] === 'string');
  if (!usable) {
    fail(
      fn,
      `${name} must be a FHIR reference such as { reference: 'Patient/123' } (an object with a reference, an identifier or a display), but it is ${describeValue(value)}.`,
    );
  }
  return value as FhirReference;
}

/** An optional text option. */
export function optionalText(fn: string, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    fail(fn, `${name} must be text that is not blank, but it is ${describeValue(value)}.`);
  }
  return value;
}

/** An optional option that must be one of a list of codes. */
export function optionalCode<T extends string>(
  fn: string,
  name: string,
  value: unknown,
  codes: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(codes as readonly string[]).includes(value)) {
    fail(fn, `${name} must be one of: ${codes.join(', ')}, but it is ${describeValue(value)}.`);
  }
  return value as T;
}
