import { type ParseIssue, type Path, parseIssueCatalogue, renderMessage } from '../core/index.js';
import type { Report } from '../core/internal/index.js';
import { type Outcome, outcomeIssueCatalogue, parseOutcome } from '../outcomes/index.js';
import type { FhirFindingDetails } from './findings.js';
import type { Json } from './rules/index.js';

// The parts of an outcome a Goal may carry badly and that can be left out.
const OPTIONAL_PARTS = new Set([
  'domain',
  'priority',
  'achievementStatus',
  'achievedOn',
  'indicator',
  'timeframe',
  'owners',
  'agreements',
  'ratingScale',
  'gas',
]);
// Each part that fails leaves at least one item out, so this bounds the rounds.
const MAX_ROUNDS = 12;

const TEMPLATES: Readonly<Record<string, { readonly message: unknown }>> = {
  ...parseIssueCatalogue,
  ...outcomeIssueCatalogue,
};

/** The outcome rule a part broke, as the end of a sentence about the value. */
function reasonOf(problem: ParseIssue): string {
  const definition = Object.hasOwn(TEMPLATES, problem.code) ? TEMPLATES[problem.code] : undefined;
  const sentence =
    definition === undefined
      ? problem.message
      : renderMessage(definition.message as Parameters<typeof renderMessage>[0], {
          ...problem,
          field: 'the value',
        });
  return `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`.replace(/\.$/, '');
}

/** Where in the Goal a problem's part came from: the most precise source known. */
function sourceOf(path: Path, sources: Readonly<Record<string, Path>>): Path | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const key = path.slice(0, length).join('.');
    if (Object.hasOwn(sources, key)) return sources[key];
  }
  return undefined;
}

/** Leaves out the part a problem is in (one item of a list of several), and reports it. */
function leaveOut(
  candidate: Json,
  problem: ParseIssue,
  sources: Readonly<Record<string, Path>>,
  report: Report<FhirFindingDetails>,
): boolean {
  const [key, index] = problem.path;
  if (typeof key !== 'string' || !OPTIONAL_PARTS.has(key) || candidate[key] === undefined) {
    return false;
  }
  const where = sourceOf(problem.path, sources) ?? [key];
  report('fhir_value_not_read', where, { reason: reasonOf(problem) });
  const items = candidate[key];
  if (Array.isArray(items) && typeof index === 'number' && items.length > 1) {
    candidate[key] = items.filter((_, i) => i !== index);
  } else delete candidate[key];
  return true;
}

/**
 * Checks the outcome read from a Goal with `parseOutcome`, leaving out (and reporting, at its
 * place in the Goal) each optional part that breaks the outcome's rules, until it passes or
 * a required part fails.
 */
export function settle(
  candidate: Json,
  sources: Readonly<Record<string, Path>>,
  report: Report<FhirFindingDetails>,
): { success: true; data: Outcome } | { success: false; issues: readonly ParseIssue[] } {
  let parsed = parseOutcome(candidate);
  for (let round = 0; !parsed.success && round < MAX_ROUNDS; round += 1) {
    if (!parsed.issues.some((problem) => leaveOut(candidate, problem, sources, report))) break;
    parsed = parseOutcome(candidate);
  }
  return parsed;
}
