import * as z from 'zod';
import { IdSchema, IsoDateSchema } from '../core/index.js';
import { EvidenceCategorySchema, KeyQuestionSchema, QualityStatementSchema } from './cqc.js';

// The parts every link of an evidence chain shares: who it is about, the host record it came
// from, and its CQC tags.

/**
 * Who a link (or a chain) is evidence about: one person (`individual`), one service
 * (`service`), or the provider as a whole (`organisation`, its governance).
 *
 * @example
 * ```ts
 * EvidenceLevelSchema.parse({ kind: 'service', serviceId: 'elm-house' });
 * ```
 * @category Evidence
 */
export const EvidenceLevelSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** One person. */
    kind: z.literal('individual'),
    /** The host's id for the person. */
    personId: IdSchema,
  }),
  z.strictObject({
    /** One service. */
    kind: z.literal('service'),
    /** The host's id for the service. */
    serviceId: IdSchema,
  }),
  z.strictObject({
    /** The provider as a whole: governance. */
    kind: z.literal('organisation'),
  }),
]);

/**
 * Who a link or chain is about. Derived from {@link EvidenceLevelSchema}.
 *
 * @example
 * ```ts
 * const level: EvidenceLevel = { kind: 'individual', personId: 'p-aisha' };
 * ```
 * @category Evidence
 */
export type EvidenceLevel = z.output<typeof EvidenceLevelSchema>;

/**
 * The kinds of host record a link can come from. `outcome` is a person-led outcome record
 * (its words, or a progress rating on it) and `action_record` an action logged outside a
 * review: the links {@link toEvidenceChain} derives from everyday records name them.
 *
 * @example
 * ```ts
 * SourceRecordKindSchema.options.includes('quality_meeting_minutes'); // => true
 * ```
 * @category Evidence
 */
export const SourceRecordKindSchema = z.enum([
  'supervision_note',
  'care_plan',
  'daily_note',
  'review',
  'feedback_record',
  'complaint_record',
  'survey',
  'quality_meeting_minutes',
  'audit',
  'governance_report',
  'outcome',
  'action_record',
  'other',
]);

/**
 * The host record a link came from: its kind and the host's id for it.
 *
 * @example
 * ```ts
 * SourceRecordSchema.parse({ kind: 'quality_meeting_minutes', id: 'qm-2026-08' });
 * ```
 * @category Evidence
 */
export const SourceRecordSchema = z.strictObject({
  /** What kind of record. */
  kind: SourceRecordKindSchema,
  /** The host's id for it. */
  id: IdSchema,
});

/**
 * A link's source record. Derived from {@link SourceRecordSchema}.
 *
 * @example
 * ```ts
 * const source: SourceRecord = { kind: 'audit', id: 'au-7' };
 * ```
 * @category Evidence
 */
export type SourceRecord = z.output<typeof SourceRecordSchema>;

/**
 * The CQC tags of a link: key questions, quality statements and evidence categories. Each
 * list is optional; a chain's tags are the union of its links' tags.
 *
 * @example
 * ```ts
 * EvidenceTagsSchema.parse({
 *   qualityStatements: ['listening_to_and_involving_people'],
 *   evidenceCategories: ['peoples_experience'],
 * });
 * ```
 * @category Evidence
 */
export const EvidenceTagsSchema = z.strictObject({
  /** Key questions. */
  keyQuestions: z.array(KeyQuestionSchema).max(5).optional(),
  /** Quality statements. */
  qualityStatements: z.array(QualityStatementSchema).max(34).optional(),
  /** Evidence categories. */
  evidenceCategories: z.array(EvidenceCategorySchema).max(6).optional(),
});

/**
 * A link's CQC tags. Derived from {@link EvidenceTagsSchema}.
 *
 * @example
 * ```ts
 * const tags: EvidenceTags = { qualityStatements: ['person_centred_care'] };
 * ```
 * @category Evidence
 */
export type EvidenceTags = z.output<typeof EvidenceTagsSchema>;

/** The references of a link to earlier links: at least one. @internal */
export const linkIds = z.array(IdSchema).min(1).max(200);

/** The fields every kind of link has. @internal */
export const linkBase = {
  /** The host's id for the link, unique within the chain. */
  id: IdSchema,
  /** The day it happened (UK calendar date). */
  on: IsoDateSchema,
  /** The host record it came from. */
  source: SourceRecordSchema,
  /** Who it is about. */
  level: EvidenceLevelSchema,
  /** CQC tags. */
  tags: EvidenceTagsSchema.optional(),
  /** The person's outcomes it concerns, if any. */
  outcomeIds: z.array(IdSchema).max(50).optional(),
};
