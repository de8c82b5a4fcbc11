/**
 * The conventions every golden-thread module uses: calendar dates and date arithmetic that
 * never depend on the process time zone, `Result` and parse issues for untrusted input,
 * findings with stable codes and replaceable messages, ratios that keep their denominators,
 * and the one error class thrown for programmer errors.
 *
 * @module core
 */

export { type IsoDate, type IsoDateTime, isIsoDate, isIsoDateTime } from './calendar.js';
export { type CalendarDateOfOptions, calendarDateOf } from './calendar-date-of.js';
export { addDays, addMonths, addWeeks, daysBetween } from './date-arithmetic.js';
export { GoldenThreadError, type GoldenThreadErrorCode, isGoldenThreadError } from './errors.js';
export {
  createFinding,
  defineFindings,
  type Finding,
  type FindingDefinition,
  type Severity,
} from './findings.js';
export {
  type CoreParseIssueCode,
  type IssueDefinition,
  type ParseIssue,
  parseIssueCatalogue,
  toParseIssues,
} from './issues.js';
export { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './limits.js';
export { formatLongDate } from './long-date.js';
export {
  fieldLabel,
  localize,
  type MessageCatalogue,
  type MessageSubject,
  type MessageTemplate,
  renderMessage,
} from './messages.js';
export { type CreateParserOptions, createParser, type Parser } from './parse.js';
export { formatPath, type Path } from './paths.js';
export { asSentence, type Speaker, youSaidLine } from './plain-language.js';
export { type MonthNumber, type QuarterOptions, quarterLabel, startOfQuarter } from './quarters.js';
export { ratio } from './ratio.js';
export { reportIssue } from './report-issue.js';
export { requireCalendarDate, requireWholeNumber } from './require.js';
export type { Failure, Result, Success } from './result.js';
export {
  type Id,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  parseIsoDate,
  parseIsoDateTime,
  parseRatio,
  type Ratio,
  RatioSchema,
  type TextSchemaOptions,
  textSchema,
} from './schemas.js';
