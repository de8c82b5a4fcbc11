// A structural check of the FHIR R4 resources golden-thread writes: required elements, code
// systems and codes, invariant gol-1, extension shape, id and date formats, and (for a
// bundle) unique fullUrls and references between its resources that resolve inside it.
// It is not a full FHIR validator: it checks what our mapping promises.
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIFECYCLE = [
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
];
const ACHIEVEMENT = [
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
];
const PRIORITY = ['high-priority', 'medium-priority', 'low-priority'];
const ACTIVITY_STATUS = [
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
  'entered-in-error',
];
const CARE_PLAN_STATUS = [
  'draft',
  'active',
  'on-hold',
  'revoked',
  'completed',
  'entered-in-error',
  'unknown',
];
const OBSERVATION_STATUS = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
];
const DETAILS = [
  'detailQuantity',
  'detailRange',
  'detailCodeableConcept',
  'detailString',
  'detailBoolean',
  'detailInteger',
  'detailRatio',
];

// R4 QuantityComparator.
const COMPARATORS = ['<', '<=', '>=', '>'];

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function checkConcept(concept: unknown, where: string, system: string, codes: string[]): string[] {
  if (concept === undefined) return [];
  if (!isRecord(concept)) return [`${where}: not a CodeableConcept`];
  const codings = list(concept['coding']).filter((c) => isRecord(c) && c['system'] === system);
  if (codings.length === 0) return [`${where}: no coding from ${system}`];
  return codings.flatMap((c) =>
    codes.includes(String((c as Json)['code']))
      ? []
      : [`${where}: code ${String((c as Json)['code'])} not in ${system}`],
  );
}

function checkExtensions(value: unknown, where: string): string[] {
  const problems: string[] = [];
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => checkExtensions(v, `${where}[${i}]`));
  }
  if (!isRecord(value)) return problems;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'extension') {
      for (const [i, ext] of list(v).entries()) {
        const at = `${where}.extension[${i}]`;
        if (!isRecord(ext) || typeof ext['url'] !== 'string' || ext['url'] === '') {
          problems.push(`${at}: no url`);
          continue;
        }
        const values = Object.keys(ext).filter((k) => k.startsWith('value'));
        const nested = ext['extension'] !== undefined;
        if (values.length + (nested ? 1 : 0) !== 1) {
          problems.push(`${at}: needs exactly one value[x] or nested extensions`);
        }
      }
    }
    problems.push(...checkExtensions(v, `${where}.${key}`));
  }
  return problems;
}

function checkReference(ref: unknown, where: string): string[] {
  if (!isRecord(ref)) return [`${where}: not a Reference`];
  return ref['reference'] === undefined &&
    ref['identifier'] === undefined &&
    ref['display'] === undefined
    ? [`${where}: an empty Reference`]
    : [];
}

/** Problems with one resource, as readable strings (empty when it passes). */
export function checkFhirResource(resource: unknown, where = 'resource'): string[] {
  if (!isRecord(resource)) return [`${where}: not an object`];
  const problems: string[] = [];
  const id = resource['id'];
  if (id !== undefined && (typeof id !== 'string' || !ID.test(id))) {
    problems.push(`${where}.id: not a FHIR id`);
  }
  problems.push(...checkExtensions(resource, where));
  switch (resource['resourceType']) {
    case 'Goal': {
      if (!LIFECYCLE.includes(String(resource['lifecycleStatus']))) {
        problems.push(`${where}.lifecycleStatus: missing or invalid`);
      }
      const description = resource['description'];
      if (
        !isRecord(description) ||
        (description['text'] === undefined && description['coding'] === undefined)
      ) {
        problems.push(`${where}.description: required`);
      }
      problems.push(...checkReference(resource['subject'], `${where}.subject`));
      problems.push(
        ...checkConcept(
          resource['achievementStatus'],
          `${where}.achievementStatus`,
          'http://terminology.hl7.org/CodeSystem/goal-achievement',
          ACHIEVEMENT,
        ),
        ...checkConcept(
          resource['priority'],
          `${where}.priority`,
          'http://terminology.hl7.org/CodeSystem/goal-priority',
          PRIORITY,
        ),
      );
      for (const [key, date] of [['startDate', resource['startDate']]] as const) {
        if (date !== undefined && !DATE.test(String(date)))
          problems.push(`${where}.${key}: not a date`);
      }
      for (const [i, target] of list(resource['target']).entries()) {
        const t = isRecord(target) ? target : {};
        const details = DETAILS.filter((d) => t[d] !== undefined);
        if (details.length > 1) problems.push(`${where}.target[${i}]: more than one detail[x]`);
        if (details.length > 0 && t['measure'] === undefined) {
          problems.push(`${where}.target[${i}]: gol-1 (a detail needs a measure)`);
        }
        const quantity = t['detailQuantity'];
        if (quantity !== undefined) {
          const q = isRecord(quantity) ? quantity : {};
          if (typeof q['value'] !== 'number' || !Number.isFinite(q['value'])) {
            problems.push(`${where}.target[${i}].detailQuantity.value: not a decimal`);
          }
          if (q['comparator'] !== undefined && !COMPARATORS.includes(String(q['comparator']))) {
            problems.push(`${where}.target[${i}].detailQuantity.comparator: not an R4 comparator`);
          }
        }
        if (t['dueDate'] !== undefined && !DATE.test(String(t['dueDate']))) {
          problems.push(`${where}.target[${i}].dueDate: not a date`);
        }
      }
      if (resource['expressedBy'] !== undefined) {
        problems.push(...checkReference(resource['expressedBy'], `${where}.expressedBy`));
      }
      break;
    }
    case 'CarePlan': {
      if (!CARE_PLAN_STATUS.includes(String(resource['status'])))
        problems.push(`${where}.status: invalid`);
      if (!['proposal', 'plan', 'order', 'option'].includes(String(resource['intent']))) {
        problems.push(`${where}.intent: invalid`);
      }
      problems.push(...checkReference(resource['subject'], `${where}.subject`));
      for (const [i, activity] of list(resource['activity']).entries()) {
        const detail = isRecord(activity) ? activity['detail'] : undefined;
        if (!isRecord(detail) || !ACTIVITY_STATUS.includes(String(detail['status']))) {
          problems.push(`${where}.activity[${i}].detail.status: missing or invalid`);
        }
      }
      break;
    }
    case 'Observation': {
      if (!OBSERVATION_STATUS.includes(String(resource['status'])))
        problems.push(`${where}.status: invalid`);
      if (!isRecord(resource['code'])) problems.push(`${where}.code: required`);
      const values = Object.keys(resource).filter((k) => k.startsWith('value'));
      if (values.length > 1) problems.push(`${where}: more than one value[x]`);
      const effective = resource['effectiveDateTime'];
      if (effective !== undefined && !DATE.test(String(effective))) {
        problems.push(`${where}.effectiveDateTime: not a date`);
      }
      break;
    }
    default:
      problems.push(`${where}.resourceType: not a Goal, CarePlan or Observation`);
  }
  return problems;
}

function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'reference' && typeof v === 'string' ? [v] : references(v),
  );
}

/** Problems with a bundle: its entries, their fullUrls and the references between them. */
export function checkFhirBundle(bundle: unknown): string[] {
  if (!isRecord(bundle) || bundle['resourceType'] !== 'Bundle') return ['not a Bundle'];
  const problems: string[] = [];
  if (!['collection', 'transaction'].includes(String(bundle['type'])))
    problems.push('type: invalid');
  const entries = list(bundle['entry']).filter(isRecord);
  const fullUrls = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    const fullUrl = String(entry['fullUrl']);
    if (fullUrls.has(fullUrl)) problems.push(`entry[${i}].fullUrl: duplicate`);
    fullUrls.add(fullUrl);
    const resource = entry['resource'];
    problems.push(...checkFhirResource(resource, `entry[${i}].resource`));
    if (bundle['type'] === 'transaction') {
      const request = entry['request'];
      if (!isRecord(request) || request['method'] === undefined || request['url'] === undefined) {
        problems.push(`entry[${i}].request: required in a transaction`);
      }
    }
  }
  for (const [i, entry] of entries.entries()) {
    const fullUrl = String(entry['fullUrl']);
    const base = fullUrl.startsWith('urn:') ? undefined : fullUrl.replace(/\/[^/]+\/[^/]+$/, '');
    for (const ref of references(entry['resource'])) {
      const ours = /^(Goal|CarePlan|Observation)\//.test(ref) || ref.startsWith('urn:uuid:');
      if (!ours && !(base !== undefined && ref.startsWith(base))) continue;
      const absolute = ref.startsWith('urn:') || /^https?:/.test(ref);
      const resolved = absolute || base === undefined ? ref : `${base}/${ref}`;
      if (!fullUrls.has(resolved)) {
        problems.push(`entry[${i}]: reference ${ref} does not resolve in the bundle`);
      }
    }
  }
  return problems;
}
