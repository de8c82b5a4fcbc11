import { type CatalogueEntry, composeCatalogue } from '../core/index.js';
import { fhirFindings, fhirIssueCatalogue } from './findings.js';

/**
 * The codes `golden-thread/fhir` adds to the main entry point's `messageCatalogue`: its parse
 * issues and findings, each with its kind, default English message and description.
 *
 * @remarks No code here is also in `messageCatalogue`; spread the two together for every
 * code a FHIR import can report (`fromFhirGoal` also passes on outcome parse issues).
 * @example
 * ```ts
 * const every = { ...messageCatalogue, ...fhirMessageCatalogue };
 * every.fhir_no_owner?.kind; // => 'finding'
 * ```
 * @category FHIR
 */
export const fhirMessageCatalogue: Readonly<Record<string, CatalogueEntry>> = composeCatalogue({
  issues: [fhirIssueCatalogue],
  findings: [fhirFindings],
});
