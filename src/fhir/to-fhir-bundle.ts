import { unexpected } from '../core/internal/index.js';
import type { SupportPlan } from '../reviews/index.js';
import { optionalCode, optionalText } from './arguments.js';
import { urnUuid } from './ids.js';
import {
  checkCarePlanArguments,
  type ToFhirCarePlanOptions,
  toFhirCarePlan,
} from './to-fhir-care-plan.js';
import { toFhirGoal } from './to-fhir-goal.js';
import { toFhirObservations } from './to-fhir-observations.js';
import type { FhirBundle, FhirBundleEntry, FhirResource } from './types.js';

/**
 * Options for {@link toFhirBundle}.
 *
 * @example
 * ```ts
 * const options: ToFhirBundleOptions = { subject: { reference: 'Patient/p-aisha' }, type: 'transaction' };
 * ```
 * @category FHIR
 */
export interface ToFhirBundleOptions extends ToFhirCarePlanOptions {
  /** `collection` (default: a set of resources to read) or `transaction` (to store them). */
  readonly type?: 'collection' | 'transaction';
  /**
   * The receiving server's base URL (`https://fhir.example.org/r4`). With it, each `fullUrl`
   * is `<baseUrl>/<Type>/<id>` and references stay relative; without it, each `fullUrl` is a
   * `urn:uuid:` derived from the resource's type and id, and references inside the bundle
   * point to those.
   */
  readonly baseUrl?: string;
}

const BUNDLE_TYPES = ['collection', 'transaction'] as const;

/** Replaces every `reference` equal to a key of `urls`, in a copy of the value. */
function rewrite(value: unknown, urls: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, urls));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      key === 'reference' && typeof v === 'string' && urls.has(v) ? urls.get(v) : rewrite(v, urls);
  }
  return out;
}

/**
 * Writes a support plan as an HL7 FHIR R4 `Bundle`: the CarePlan, then each outcome's Goal
 * followed by its progress-rating Observations.
 *
 * @remarks Every id and `fullUrl` is derived from golden-thread ids (no randomness), so the
 * same plan always gives the same bundle, and every reference between the resources resolves
 * inside the bundle. A `transaction` bundle asks the server to `PUT` each resource at
 * `<Type>/<id>`, so sending it twice updates rather than duplicates.
 * @param plan - A parsed support plan.
 * @param options - `subject`, `type`, `baseUrl`, and the {@link toFhirCarePlan} options.
 * @returns The Bundle.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` for the arguments {@link toFhirCarePlan}
 * refuses, an `options.type` other than `collection` or `transaction`, or a blank
 * `options.baseUrl`.
 * @example
 * ```ts
 * const bundle = toFhirBundle(plan, { subject: { reference: 'Patient/p-aisha' }, type: 'transaction' });
 * JSON.stringify(bundle); // ready to POST to the server's base URL
 * ```
 * @category FHIR
 */
export function toFhirBundle(plan: SupportPlan, options: ToFhirBundleOptions): FhirBundle {
  try {
    const fn = 'toFhirBundle';
    checkCarePlanArguments(fn, plan, options);
    const type = optionalCode(fn, 'options.type', options.type, BUNDLE_TYPES) ?? 'collection';
    const baseUrl = optionalText(fn, 'options.baseUrl', options.baseUrl);
    const resources: FhirResource[] = [toFhirCarePlan(plan, options)];
    for (const outcome of plan.outcomes ?? []) {
      resources.push(toFhirGoal(outcome, options));
      resources.push(...toFhirObservations(outcome, options));
    }
    const base = baseUrl === undefined ? undefined : withoutTrailingSlashes(baseUrl);
    const urls = new Map<string, string>();
    for (const resource of resources) {
      const key = `${resource.resourceType}/${resource.id ?? ''}`;
      urls.set(key, base === undefined ? urnUuid(key) : `${base}/${key}`);
    }
    const entry: FhirBundleEntry[] = resources.map((resource) => {
      const key = `${resource.resourceType}/${resource.id ?? ''}`;
      return {
        fullUrl: urls.get(key) ?? key,
        resource: (base === undefined ? rewrite(resource, urls) : resource) as FhirResource,
        ...(type === 'transaction' ? { request: { method: 'PUT' as const, url: key } } : {}),
      };
    });
    return { resourceType: 'Bundle', id: urnUuid(`Bundle/${plan.id}`).slice(9), type, entry };
  } catch (error) {
    throw unexpected('toFhirBundle', error);
  }
}

/** The text without its trailing slashes, in one pass from the end (no backtracking regex). */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end -= 1;
  return text.slice(0, end);
}
