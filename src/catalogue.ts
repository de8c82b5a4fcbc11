import { type IssueDefinition, parseIssueCatalogue } from './core/index.js';

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
export const messageCatalogue: Readonly<Record<string, CatalogueEntry>> = Object.freeze(
  Object.fromEntries(
    Object.entries(parseIssueCatalogue).map(([code, definition]) => [
      code,
      Object.freeze({ kind: 'issue', ...definition }),
    ]),
  ),
);

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
