/**
 * The longest free text a record field accepts unless its schema says otherwise: 10,000
 * characters, a few pages — enough for a person's words or a review summary, small enough
 * that a pasted file is rejected rather than stored.
 *
 * @example
 * ```ts
 * textSchema().safeParse('x'.repeat(MAX_TEXT_LENGTH)).success; // => true
 * ```
 * @category Core
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The longest identifier accepted: 200 characters (UUIDs, URNs and composite host keys fit).
 *
 * @example
 * ```ts
 * IdSchema.safeParse('x'.repeat(MAX_ID_LENGTH + 1)).success; // => false
 * ```
 * @category Core
 */
export const MAX_ID_LENGTH = 200;
