import {
  createFinding,
  type DetailsArgument,
  type FindingCatalogue,
  type FindingDetailsMap,
  type FindingOf,
} from '../findings.js';
import type { Path } from '../paths.js';

/**
 * How a rule reports a finding: the code, the path in the record and that code's details.
 * The runner adds the fields every finding of the module carries (such as `outcomeId`).
 */
export type Report<D extends FindingDetailsMap> = <C extends keyof D & string>(
  code: C,
  path: Path,
  ...details: DetailsArgument<D[C]>
) => void;

/**
 * One quality rule, as data: the codes it can report, when it applies, and the check.
 *
 * A module's `checkX` maps over a table of these. Adding a rule is one entry in the table
 * (its own file or a short family file) and its test: the catalogue, the checker and the
 * governance metrics that count failed checks all read the same table.
 */
export interface Rule<Ctx, D extends FindingDetailsMap, Group extends string = string> {
  /** The finding codes the rule can report. */
  readonly codes: readonly (keyof D & string)[];
  /** The governance check the rule belongs to, where a module groups its rules. */
  readonly group?: Group;
  /** Whether the rule applies to this context. Default: always. */
  readonly applies?: (ctx: Ctx) => boolean;
  /** Looks at the context and reports what it finds. */
  readonly check: (ctx: Ctx, report: Report<D>) => void;
}

/** What {@link runRules} returns: the findings in table order, and which rules applied. */
export interface RuleRun<D extends FindingDetailsMap, Common extends object> {
  /** Every finding, in table order and, within a rule, in the order reported. */
  readonly findings: FindingOf<D, Common>[];
  /** For each rule of the table, in order: whether it applied. */
  readonly applied: readonly boolean[];
}

/**
 * Runs a table of rules over one context, building each finding from the module's catalogue
 * with the fields every finding of the module carries.
 */
export function runRules<Ctx, D extends FindingDetailsMap, Common extends object>(
  rules: readonly Rule<Ctx, D>[],
  ctx: Ctx,
  catalogue: FindingCatalogue<D>,
  common: Common,
): RuleRun<D, Common> {
  const findings: FindingOf<D, Common>[] = [];
  const make = findingFactory(catalogue, common);
  const report: Report<D> = (code, path, ...details) => {
    findings.push(make(code, path, ...details));
  };
  const applied = rules.map((rule) => {
    if (rule.applies !== undefined && !rule.applies(ctx)) return false;
    rule.check(ctx, report);
    return true;
  });
  return { findings, applied };
}

/**
 * A module's finding builder: {@link createFinding} bound to its catalogue and to the fields
 * every finding of the module carries (`common`, such as `{ personId }`).
 */
export function findingFactory<D extends FindingDetailsMap, Common extends object>(
  catalogue: FindingCatalogue<D>,
  common: Common,
): <C extends keyof D & string>(
  code: C,
  path: Path,
  ...details: DetailsArgument<D[C]>
) => FindingOf<D, Common> {
  return (code, path, ...[details]) => {
    const merged = { ...(details as object), ...common } as unknown as D[typeof code];
    return createFinding(
      catalogue,
      code,
      path,
      ...([merged] as DetailsArgument<D[typeof code]>),
    ) as unknown as FindingOf<D, Common>;
  };
}

/**
 * A list of findings and the {@link Report} that adds to it, for checkers written as one
 * function rather than a rule table (notices, list-level checks).
 */
export function findingCollector<D extends FindingDetailsMap, Common extends object>(
  catalogue: FindingCatalogue<D>,
  common: Common,
): { readonly findings: FindingOf<D, Common>[]; readonly report: Report<D> } {
  const findings: FindingOf<D, Common>[] = [];
  const make = findingFactory(catalogue, common);
  return {
    findings,
    report: (code, path, ...details) => void findings.push(make(code, path, ...details)),
  };
}
