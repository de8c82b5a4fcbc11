/**
 * Evidence chains — the golden thread from what people said, through what was decided and
 * done, to how the change was checked — at individual, service and organisation level;
 * CQC's quality statements and evidence categories; the breaks inspectors look for;
 * portfolio views for inspection readiness; and content digests that show a record was not
 * altered.
 *
 * @module evidence
 */
export { type ChainStatus, chainStatus } from './chain-status.js';
export {
  type CheckEvidenceChainOptions,
  checkEvidenceChain,
  DEFAULT_EVIDENCE_CHAIN_POLICY,
  type EvidenceChainPolicy,
} from './check-evidence-chain.js';
export {
  CQC_EVIDENCE_CATEGORIES,
  CQC_KEY_QUESTIONS,
  CQC_QUALITY_STATEMENTS,
  type EvidenceCategory,
  EvidenceCategorySchema,
  type KeyQuestion,
  KeyQuestionSchema,
  type QualityStatement,
  type QualityStatementEntry,
  QualityStatementSchema,
} from './cqc.js';
export { type ChainDigest, digestChain, digestLink } from './digest.js';
export type { EverydayRecords } from './everyday-records.js';
export {
  type EvidenceByQualityStatement,
  type EvidenceByQualityStatementOptions,
  type EvidenceCounts,
  evidenceByQualityStatement,
  type LevelCounts,
  type QualityStatementEvidence,
} from './evidence-by-quality-statement.js';
export {
  type FeedbackThemes,
  type FeedbackThemesOptions,
  feedbackThemes,
  type ThemeAction,
  type ThemeCount,
  type ThemeDefinition,
  type ThemeMention,
  type ThemePeriodCount,
  type ThemeRecords,
} from './feedback-themes.js';
export {
  type EvidenceFinding,
  type EvidenceFindingCode,
  type EvidenceFindingDetails,
  evidenceFindings,
} from './findings.js';
export {
  type GoldenThread,
  type GoldenThreadChain,
  type GoldenThreadOptions,
  type GoldenThreadOutcome,
  type GoldenThreadSources,
  type GoldenThreadStep,
  goldenThread,
} from './golden-thread.js';
export {
  type EvidenceLevel,
  EvidenceLevelSchema,
  type EvidenceTags,
  EvidenceTagsSchema,
  type SourceRecord,
  SourceRecordKindSchema,
  SourceRecordSchema,
} from './link-parts.js';
export {
  ActionKindSchema,
  type ActionLink,
  ActionLinkSchema,
  type CheckLink,
  CheckLinkSchema,
  type DecisionLink,
  DecisionLinkSchema,
  type EvidenceLink,
  EvidenceLinkSchema,
  type InputLink,
  InputLinkSchema,
  parseEvidenceLink,
} from './links.js';
export { recordAction } from './record-action.js';
export { recordCheck } from './record-check.js';
export { recordDecision } from './record-decision.js';
export { recordInput } from './record-input.js';
export {
  type EvidenceChain,
  EvidenceChainSchema,
  type EvidenceIssueCode,
  type EvidenceIssueDetails,
  type EvidenceParseIssue,
  evidenceIssueCatalogue,
  parseEvidenceChain,
} from './schemas.js';
export {
  type ServiceYouSaidWeDid,
  type ServiceYouSaidWeDidEntry,
  type ServiceYouSaidWeDidOptions,
  serviceYouSaidWeDid,
} from './service-you-said-we-did.js';
export { type StartChainInput, startChain } from './start-chain.js';
export { toEvidenceChain } from './to-evidence-chain.js';
