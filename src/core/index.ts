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
export { type CatalogueEntry, type CatalogueParts, composeCatalogue } from './catalogue.js';
export { addDays, addMonths, addWeeks, daysBetween } from './date-arithmetic.js';
export { GoldenThreadError, type GoldenThreadErrorCode, isGoldenThreadError } from './errors.js';
export {
  createFinding,
  type DetailsArgument,
  defineFindings,
  type Finding,
  type FindingCatalogue,
  type FindingDefinition,
  type FindingDetailsMap,
  type FindingOf,
  type NoDetails,
  type Severity,
} from './findings.js';
export {
  type CoreIssueDetails,
  type CoreParseIssue,
  type CoreParseIssueCode,
  type IssueBase,
  type IssueCatalogue,
  type IssueDefinition,
  type IssueDetailsMap,
  type ParseIssue,
  type ParseIssueOf,
  parseIssueCatalogue,
  type ToParseIssuesOptions,
  toParseIssues,
} from './issues.js';
export { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './limits.js';
export { formatLongDate } from './long-date.js';
export {
  type FieldLabels,
  fieldLabel,
  type LocalizeOptions,
  labelFor,
  localize,
  type MessageCatalogue,
  type MessageSource,
  type MessageSubject,
  type MessageTemplate,
  nestLabels,
  renderMessage,
} from './messages.js';
export { type CreateParserOptions, createParser, type Parser } from './parse.js';
export { formatPath, type Path } from './paths.js';
export { type MonthNumber, type QuarterOptions, quarterLabel, startOfQuarter } from './quarters.js';
export { ratio } from './ratio.js';
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
  ratioLabels,
  type TextSchemaOptions,
  textSchema,
} from './schemas.js';
