// Helpers the modules share that hosts never see: not re-exported from `core/index.ts` or the
// package's entry points. Import them as `../core/internal/index.js`.
export { compareText } from './compare.js';
export {
  dateOfDayNumber,
  dayNumber,
  dayNumberOfParts,
  daysInMonth,
  FIRST_DAY,
  formatPacked,
  inDateRange,
  LAST_DAY,
  packedDate,
} from './day-number.js';
export { describeValue } from './describe-value.js';
export { deepFreeze } from './freeze.js';
export { guarded, unexpected } from './guard.js';
export { isRecord, list } from './guards.js';
export { asSentence, type Speaker, youSaidLine } from './plain-language.js';
export { type IssueReporter, issueReporter, reportIssue } from './report-issue.js';
export {
  requireCalendarDate,
  requireConfidence,
  requireCount,
  requireIterable,
  requireList,
  requireNonNegative,
  requireOptions,
  requirePositive,
  requireRecord,
  requireText,
  requireWholeNumber,
} from './require.js';
export {
  findingCollector,
  findingFactory,
  type Report,
  type Rule,
  type RuleRun,
  runRules,
} from './rules.js';
export { plusDays, plusMonths } from './saturate.js';
