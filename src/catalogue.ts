import {
  type FindingDefinition,
  GoldenThreadError,
  type IssueDefinition,
  parseIssueCatalogue,
} from './core/index.js';
import { evidenceFindings, evidenceIssueCatalogue } from './evidence/index.js';
// The FHIR module is a subpath export: read its catalogues from their own file, so that the
// main entry does not load the mapping code.
import { fhirFindings, fhirIssueCatalogue } from './fhir/findings.js';
import { providerRecordIssueCatalogue } from './metrics/index.js';
import { outcomeFindings, outcomeIssueCatalogue } from './outcomes/index.js';
import { restrictionFindings, restrictionIssueCatalogue } from './restrictions/index.js';
import { reviewFindings, reviewIssueCatalogue, reviewsDueNotices } from './reviews/index.js';

const issues = (definitions: Readonly<Record<string, IssueDefinition>>) =>
  Object.entries(definitions).map(
    ([code, d]) => [code, Object.freeze({ kind: 'issue', ...d })] as const,
  );
const findings = (definitions: Readonly<Record<string, FindingDefinition>>) =>
  Object.entries(definitions).map(
    ([code, d]) => [code, Object.freeze({ kind: 'finding', ...d })] as const,
  );

/** Joins catalogues, refusing a code defined twice (one code, one meaning). */
function join(
  entries: readonly (readonly [string, CatalogueEntry])[],
): Readonly<Record<string, CatalogueEntry>> {
  const out: Record<string, CatalogueEntry> = {};
  for (const [code, entry] of entries) {
    if (Object.hasOwn(out, code)) {
      throw new GoldenThreadError(
        'invariant_violation',
        `messageCatalogue: the code ${code} is defined twice.`,
      );
    }
    out[code] = entry;
  }
  return Object.freeze(out);
}

/**
 * Every code the library can report — parse issues and findings — with its default English
 * message and a description. Use it to list the codes in a host's admin screens, to check a
 * translation covers them all, or to document them for auditors.
 *
 * @remarks Each entry has `kind` (`'issue'` for parse issues, `'finding'` for quality-check
 * findings), `message`, `description`, and for findings `severity`. The catalogue is frozen
 * data: a host supplies its own wording with `localize`, never by changing this object.
 * @example
 * ```ts
 * const untranslated = Object.keys(messageCatalogue).filter((code) => !(code in welsh));
 * ```
 * @category Messages
 */
export const messageCatalogue: Readonly<Record<string, CatalogueEntry>> = join([
  ...issues(parseIssueCatalogue),
  ...issues(outcomeIssueCatalogue),
  ...findings(outcomeFindings),
  ...issues(restrictionIssueCatalogue),
  ...findings(restrictionFindings),
  ...issues(reviewIssueCatalogue),
  ...findings(reviewFindings),
  ...findings(reviewsDueNotices),
  ...issues(evidenceIssueCatalogue),
  ...findings(evidenceFindings),
  ...issues(providerRecordIssueCatalogue),
  ...issues(fhirIssueCatalogue),
  ...findings(fhirFindings),
]);

/**
 * One entry of the {@link messageCatalogue}.
 *
 * @example
 * ```ts
 * messageCatalogue.invalid_date?.kind; // => 'issue'
 * ```
 * @category Messages
 */
export interface CatalogueEntry extends IssueDefinition {
  /** `'issue'` for a parse issue, `'finding'` for a quality-check finding. */
  readonly kind: 'issue' | 'finding';
  /** For findings: the severity it is reported with. */
  readonly severity?: 'error' | 'warning' | 'info';
}
