import { type DetailsArgument, type Path, renderMessage } from '../../core/index.js';
import {
  type FhirIssueCode,
  type FhirIssueDetails,
  type FhirParseIssue,
  fhirIssueCatalogue,
} from '../findings.js';

/** A frozen parse issue with a `fhir_*` code, its message rendered from the catalogue. */
export function fhirIssue<C extends FhirIssueCode>(
  code: C,
  path: Path,
  ...[details]: DetailsArgument<FhirIssueDetails[C]>
): FhirParseIssue {
  const base = { ...(details as object), code, path: Object.freeze([...path]), message: '' };
  const template = fhirIssueCatalogue[code]
    .message as (typeof fhirIssueCatalogue)[FhirIssueCode]['message'];
  return Object.freeze({
    ...base,
    message: renderMessage(template, base),
  }) as unknown as FhirParseIssue;
}
