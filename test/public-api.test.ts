import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public API is reviewed: adding or removing an export means editing this list in the
// same change, where a reviewer sees it.
const RUNTIME_EXPORTS = [
  'AchievementStatusSchema',
  'ActionKindSchema',
  'ActionLinkSchema',
  'ActionSchema',
  'ActionStatusSchema',
  'AgreementResponseSchema',
  'AgreementSchema',
  'BuiltInEventKindSchema',
  'CQC_EVIDENCE_CATEGORIES',
  'CQC_KEY_QUESTIONS',
  'CQC_QUALITY_STATEMENTS',
  'CheckLinkSchema',
  'CommunityActivitySchema',
  'ConsultationSchema',
  'ConsultedPartySchema',
  'DEFAULT_EVIDENCE_CHAIN_POLICY',
  'DEFAULT_GENERIC_PHRASES',
  'DEFAULT_RATING_SCALE',
  'DEFAULT_REVIEW_SCHEDULE',
  'DecisionLinkSchema',
  'DirectionSchema',
  'DueReasonSchema',
  'DueReviewSchema',
  'EventSeveritySchema',
  'EvidenceCategorySchema',
  'EvidenceChainSchema',
  'EvidenceLevelSchema',
  'EvidenceLinkSchema',
  'EvidenceTagsSchema',
  'ExpressedBySchema',
  'FeedbackSchema',
  'GasLevelSchema',
  'GasSchema',
  'GoldenThreadError',
  'GroupsSchema',
  'IdSchema',
  'IndicatorSchema',
  'InputLinkSchema',
  'IsoDateSchema',
  'IsoDateTimeSchema',
  'KeyQuestionSchema',
  'LegalBasisSchema',
  'LifeEventKindSchema',
  'LifeEventSchema',
  'LifecycleStatusSchema',
  'LikelihoodSchema',
  'MAX_ID_LENGTH',
  'MAX_TEXT_LENGTH',
  'MeasureKindSchema',
  'OptionExploredSchema',
  'OutcomeSchema',
  'OwnerSchema',
  'PartyRoleSchema',
  'PeriodSchema',
  'PersonInvolvementSchema',
  'PersonRecordSchema',
  'PrioritySchema',
  'ProviderRecordSchema',
  'QualityStatementSchema',
  'RatingScaleSchema',
  'RatingSchema',
  'RatioSchema',
  'RestrictionReviewSchema',
  'RestrictionSchema',
  'RestrictionScopeSchema',
  'RestrictionTypeSchema',
  'RestrictionUseSchema',
  'ReviewDecisionSchema',
  'ReviewScheduleSchema',
  'ReviewSchema',
  'ReviewTriggerRuleSchema',
  'ReviewUrgencySchema',
  'SeriousnessSchema',
  'SettingRecordSchema',
  'SourceRecordKindSchema',
  'SourceRecordSchema',
  'StillMeaningfulSchema',
  'SupportPlanSchema',
  'TimeframeSchema',
  'actionCompletionMetric',
  'addDays',
  'addMonths',
  'addWeeks',
  'asSentence',
  'calendarDateOf',
  'chainStatus',
  'checkEvidenceChain',
  'checkOutcome',
  'checkOutcomes',
  'checkRestriction',
  'checkReviewQuality',
  'combineAccumulators',
  'communityParticipationMetric',
  'computeMetrics',
  'createFinding',
  'createParser',
  'daysBetween',
  'defaultReviewTriggerRules',
  'defineFindings',
  'digestChain',
  'digestLink',
  'eventRateMetric',
  'evidenceByQualityStatement',
  'evidenceFindings',
  'evidenceIssueCatalogue',
  'fieldLabel',
  'findGenericPhrases',
  'formatLongDate',
  'formatPath',
  'gasAttainment',
  'gasSummary',
  'gasTScore',
  'generateProvider',
  'goalAchievementMetric',
  'goldenThread',
  'governanceMetrics',
  'governanceReport',
  'groupedBy',
  'isAchieved',
  'isGoldenThreadError',
  'isIsoDate',
  'isIsoDateTime',
  'isOpen',
  'isRestrictionActive',
  'localize',
  'mannKendall',
  'messageCatalogue',
  'ordinaryLeastSquares',
  'outcomeFindings',
  'outcomeIssueCatalogue',
  'outcomeJsonSchema',
  'parseEvidenceChain',
  'parseEvidenceLink',
  'parseFeedback',
  'parseIsoDate',
  'parseIsoDateTime',
  'parseIssueCatalogue',
  'parseLifeEvent',
  'parseOutcome',
  'parseProviderRecord',
  'parseRating',
  'parseRatio',
  'parseRestriction',
  'parseRestrictionReview',
  'parseReview',
  'parseReviewSchedule',
  'parseReviewTriggerRule',
  'parseSupportPlan',
  'poissonInterval',
  'proportionInterval',
  'providerRecordIssueCatalogue',
  'providerRecords',
  'quarterLabel',
  'rateRatio',
  'ratingTrend',
  'ratingTrendsMetric',
  'ratio',
  'recordAction',
  'recordCheck',
  'recordCountMetric',
  'recordDecision',
  'recordInput',
  'recordRating',
  'recordRestrictionReview',
  'renderMessage',
  'reportIssue',
  'requireCalendarDate',
  'requireWholeNumber',
  'restrictionFindings',
  'restrictionIssueCatalogue',
  'restrictionMetric',
  'restrictionSummary',
  'restrictionsDueForReview',
  'reviewFindings',
  'reviewIssueCatalogue',
  'reviewQualityMetric',
  'reviewTimelinessMetric',
  'reviewsDue',
  'reviewsDueNotices',
  'runChart',
  'serviceYouSaidWeDid',
  'startChain',
  'startOfQuarter',
  'textSchema',
  'theilSen',
  'toParseIssues',
  'unplannedAdmissionsMetric',
  'validateOutcomeForm',
  'xmrChart',
  'youSaidLine',
  'youSaidWeDid',
];

describe('the public API', () => {
  it('exports exactly the reviewed names', () => {
    expect(Object.keys(api).sort()).toEqual(RUNTIME_EXPORTS);
  });
});

describe('messageCatalogue', () => {
  it('lists every core parse issue code as an issue', () => {
    for (const code of Object.keys(api.parseIssueCatalogue)) {
      expect(api.messageCatalogue[code]?.kind, code).toBe('issue');
    }
  });
  it('has snake_case codes, a description and a message for each', () => {
    for (const [code, entry] of Object.entries(api.messageCatalogue)) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(entry.description.length, code).toBeGreaterThan(10);
      // Every placeholder a string template names gets a value; function templates get the
      // details the core codes use.
      const named =
        typeof entry.message === 'string'
          ? Object.fromEntries([...entry.message.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], 'x']))
          : {};
      const message = api.renderMessage(entry.message, {
        ...named,
        code,
        path: ['field'],
        message: '',
        expected: 'string',
        received: 'number',
        origin: 'number',
        minimum: 1,
        maximum: 5,
        format: 'date',
        values: ['a', 'b'],
        keys: ['x'],
        divisor: 2,
      });
      expect(message, code).not.toMatch(/\{[A-Za-z_]+\}/);
      expect(message, code).toMatch(/[.!?)]$/);
    }
  });
  it('is frozen data', () => {
    expect(Object.isFrozen(api.messageCatalogue)).toBe(true);
    expect(Object.isFrozen(api.parseIssueCatalogue)).toBe(true);
  });
});

// golden-thread/visuals is a subpath export: reviewed on its own, and kept out of the main
// barrel so that a host that never draws pays nothing for it.
const VISUALS_EXPORTS = [
  'easyReadHtml',
  'easyReadProgress',
  'easyReadYouSaidWeDid',
  'governanceReportHtml',
  'ratingTimelineSvg',
  'xmrChartSvg',
];

describe('the golden-thread/visuals API', () => {
  it('exports exactly the reviewed names', async () => {
    const visuals = await import('../src/visuals/index.js');
    expect(Object.keys(visuals).sort()).toEqual(VISUALS_EXPORTS);
  });
  it('is not part of the main entry point', () => {
    for (const name of VISUALS_EXPORTS) expect(Object.keys(api)).not.toContain(name);
  });
});
