import * as z from 'zod';
import { IsoDateSchema, textSchema } from '../../core/index.js';
import { AgreementResponseSchema, PartyRoleSchema } from './codes.js';
/**
 * A party who owns part of an outcome, and what they are responsible for.
 *
 * @example
 * ```ts
 * OwnerSchema.parse({ party: 'keyworker', name: 'Sam', responsibility: 'Book the taxi for the first two trips' });
 * ```
 * @category Outcomes
 */
export const OwnerSchema = z.strictObject({
  /** Who they are to the person. */
  party: PartyRoleSchema,
  /** Their name, if the record holds it. */
  name: textSchema({ max: 200 }).optional(),
  /** What they will do. */
  responsibility: textSchema({ max: 1000 }).optional(),
});

/**
 * Whether a party agreed an outcome, and when.
 *
 * @example
 * ```ts
 * AgreementSchema.parse({ party: 'person', response: 'agree', on: '2026-09-14' });
 * ```
 * @category Outcomes
 */
export const AgreementSchema = z.strictObject({
  /** Who was asked. */
  party: PartyRoleSchema,
  /** Their name, if the record holds it. */
  name: textSchema({ max: 200 }).optional(),
  /** What they said. */
  response: AgreementResponseSchema,
  /** When. */
  on: IsoDateSchema,
  /** Anything they wanted noted. */
  note: textSchema({ max: 2000 }).optional(),
});
