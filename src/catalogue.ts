import { type CatalogueEntry, composeCatalogue, parseIssueCatalogue } from './core/index.js';
import { evidenceFindings, evidenceIssueCatalogue } from './evidence/index.js';
import { providerRecordIssueCatalogue } from './metrics/index.js';
import { outcomeFindings, outcomeIssueCatalogue } from './outcomes/index.js';
import { restrictionFindings, restrictionIssueCatalogue } from './restrictions/index.js';
import { reviewFindings, reviewIssueCatalogue, reviewsDueNotices } from './reviews/index.js';

/**
 * Every code the main entry point can report — parse issues and findings — with its default
 * English message and a description. Use it to list the codes in a host's admin screens, to
 * check a translation covers them all, or to document them for auditors.
 *
 * @remarks Each entry has `kind` (`'issue'` for parse issues, `'finding'` for quality-check
 * findings), `message`, `description`, and for findings `severity`. The catalogue is deeply
 * frozen data: a host supplies its own wording with `localize`, never by changing this
 * object. The subpaths have their own catalogues (`fhirMessageCatalogue` in
 * `golden-thread/fhir`); spread them together for every code: `{ ...messageCatalogue,
 * ...fhirMessageCatalogue }` (no code appears in two).
 * @example
 * ```ts
 * const welsh: Record<string, string> = { required: '{field}: mae angen hwn.' };
 * const untranslated = Object.keys(messageCatalogue).filter((code) => !(code in welsh));
 * ```
 * @category Messages
 */
export const messageCatalogue: Readonly<Record<string, CatalogueEntry>> = composeCatalogue({
  issues: [
    parseIssueCatalogue,
    outcomeIssueCatalogue,
    restrictionIssueCatalogue,
    reviewIssueCatalogue,
    evidenceIssueCatalogue,
    providerRecordIssueCatalogue,
  ],
  findings: [
    outcomeFindings,
    restrictionFindings,
    reviewFindings,
    reviewsDueNotices,
    evidenceFindings,
  ],
});
