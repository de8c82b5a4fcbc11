import {
  createFinding,
  type DetailsArgument,
  type ParseIssue,
  type Path,
  renderMessage,
} from '../core/index.js';
import {
  AchievementStatusSchema,
  AgreementResponseSchema,
  DirectionSchema,
  ExpressedBySchema,
  LifecycleStatusSchema,
  MeasureKindSchema,
  type Outcome,
  PartyRoleSchema,
  PeriodSchema,
  PrioritySchema,
  parseOutcome,
} from '../outcomes/index.js';
import {
  FHIR_CODE_SYSTEM,
  FHIR_EXTENSIONS,
  GOAL_ACCEPTANCE_URL,
  GOAL_ACHIEVEMENT_SYSTEM,
  GOAL_PRIORITY_SYSTEM,
  OUTCOME_ID_SYSTEM,
  PERSON_ID_SYSTEM,
} from './constants.js';
import {
  type FhirFinding,
  type FhirFindingCode,
  type FhirFindingDetails,
  type FhirIssueCode,
  fhirFindings,
  fhirIssueCatalogue,
} from './findings.js';

/**
 * Options for {@link fromFhirGoal}.
 *
 * @example
 * ```ts
 * const options: FromFhirGoalOptions = { personId: 'p-aisha', defaultExpressedBy: 'staff' };
 * ```
 * @category FHIR
 */
export interface FromFhirGoalOptions {
  /** The person's id in the host; used instead of reading it from `Goal.subject`. */
  readonly personId?: string;
  /** The outcome's id; used instead of reading it from `Goal.identifier` or `Goal.id`. */
  readonly id?: string;
  /**
   * Who is recorded as having said the words when the Goal does not say. Default `staff`:
   * words of unknown origin are not presented as the person's own.
   */
  readonly defaultExpressedBy?: Outcome['expressedBy'];
}

/**
 * What {@link fromFhirGoal} returns: like a `Result`, with `data` (a valid outcome) or
 * `issues`, and in both cases the `findings` about what the Goal did not carry.
 *
 * @example
 * ```ts
 * const read: FromFhirGoalResult = fromFhirGoal(json);
 * if (read.success) save(read.data);
 * ```
 * @category FHIR
 */
export type FromFhirGoalResult =
  | {
      /** The Goal became a valid outcome. */
      readonly success: true;
      /** The outcome (it passes `parseOutcome`). */
      readonly data: Outcome;
      /** What the Goal did not carry or what could not be read, with paths in the Goal. */
      readonly findings: readonly FhirFinding[];
    }
  | {
      /** The Goal could not become an outcome. */
      readonly success: false;
      /** Why: paths in the Goal for the `fhir_*` codes, in the outcome otherwise. */
      readonly issues: readonly ParseIssue[];
      /** What else was found on the way. */
      readonly findings: readonly FhirFinding[];
    };

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
const oneOf = <T extends string>(options: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : undefined;

// Elements an R4 Goal defines. Metadata is read silently; the rest is mapped or reported.
const SILENT = new Set(['resourceType', 'id', 'meta', 'implicitRules', 'language', 'text']);
const MAPPED = new Set([
  'extension',
  'modifierExtension',
  'identifier',
  'lifecycleStatus',
  'achievementStatus',
  'category',
  'priority',
  'description',
  'subject',
  'startDate',
  'target',
  'expressedBy',
  'note',
]);
const NOT_MAPPED = new Set([
  'contained',
  'startCodeableConcept',
  'statusDate',
  'statusReason',
  'addresses',
  'outcomeCode',
  'outcomeReference',
]);
const OUR_EXTENSIONS: ReadonlySet<string> = new Set(Object.values(FHIR_EXTENSIONS));

class Reader {
  readonly findings: FhirFinding[] = [];
  /** Where in the Goal each optional part of the outcome came from. */
  readonly sources: Record<string, Path> = {};

  report<C extends FhirFindingCode>(
    code: C,
    path: Path,
    ...details: DetailsArgument<FhirFindingDetails[C]>
  ): void {
    this.findings.push(createFinding(fhirFindings, code, path, ...details) as FhirFinding);
  }
  notRead(path: Path, reason: string): void {
    this.report('fhir_value_not_read', path, { reason });
  }
}

function issue(code: FhirIssueCode, path: Path): ParseIssue {
  const base = { code, path: Object.freeze([...path]), message: '' };
  return Object.freeze({ ...base, message: renderMessage(fhirIssueCatalogue[code].message, base) });
}

/** Sub-extensions of a complex extension, by url (first of each; all for `label`). */
function parts(ext: Json): Map<string, Json[]> {
  const out = new Map<string, Json[]>();
  for (const part of list(ext['extension'])) {
    if (!isRecord(part) || typeof part['url'] !== 'string') continue;
    const found = out.get(part['url']);
    if (found === undefined) out.set(part['url'], [part]);
    else found.push(part);
  }
  return out;
}
const first = (m: Map<string, Json[]>, url: string): Json | undefined => m.get(url)?.[0];
const finite = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

function codeFrom(concept: unknown, system: string): string | undefined {
  if (!isRecord(concept)) return undefined;
  for (const coding of list(concept['coding'])) {
    if (isRecord(coding) && coding['system'] === system && typeof coding['code'] === 'string') {
      return coding['code'];
    }
  }
  return undefined;
}

/** The id part of a literal reference: `Patient/123` or `https://…/Patient/123` → `123`. */
function idOfReference(reference: string): string {
  if (reference.startsWith('urn:')) return reference;
  const segments = reference.split('/').filter((s) => s !== '');
  const historyAt = segments.indexOf('_history');
  const usable = historyAt > 0 ? segments.slice(0, historyAt) : segments;
  return usable.at(-1) ?? reference;
}

function readPersonId(goal: Json, options: FromFhirGoalOptions): string | undefined {
  if (options.personId !== undefined) return options.personId;
  const subject = goal['subject'];
  if (!isRecord(subject)) return undefined;
  const identifier = subject['identifier'];
  if (isRecord(identifier) && identifier['system'] === PERSON_ID_SYSTEM) {
    const value = text(identifier['value']);
    if (value !== undefined) return value;
  }
  const reference = text(subject['reference']);
  if (reference !== undefined && !reference.startsWith('#')) return idOfReference(reference);
  const value = isRecord(identifier) ? text(identifier['value']) : undefined;
  return value;
}

function readId(goal: Json, options: FromFhirGoalOptions): string | undefined {
  if (options.id !== undefined) return options.id;
  for (const identifier of list(goal['identifier'])) {
    if (isRecord(identifier) && identifier['system'] === OUTCOME_ID_SYSTEM) {
      const value = text(identifier['value']);
      if (value !== undefined) return value;
    }
  }
  return text(goal['id']);
}

function referenceKind(ref: Json): string | undefined {
  const type = text(ref['type']);
  if (type !== undefined) return type;
  const reference = text(ref['reference']);
  if (reference === undefined) return undefined;
  const segments = reference.split('/');
  const at = segments.findIndex((s) =>
    ['Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole'].includes(s),
  );
  return at >= 0 ? segments[at] : undefined;
}

function sameReference(a: unknown, b: unknown): boolean {
  if (!isRecord(a) || !isRecord(b)) return false;
  const ra = text(a['reference']);
  if (ra !== undefined && ra === text(b['reference'])) return true;
  const ia = a['identifier'];
  const ib = b['identifier'];
  return (
    isRecord(ia) &&
    isRecord(ib) &&
    text(ia['value']) !== undefined &&
    ia['value'] === ib['value'] &&
    ia['system'] === ib['system']
  );
}

function readExpressedBy(
  goal: Json,
  extension: Json | undefined,
  options: FromFhirGoalOptions,
  r: Reader,
): Outcome['expressedBy'] {
  if (extension !== undefined) {
    const code = oneOf(ExpressedBySchema.options, extension['valueCode']);
    if (code !== undefined) return code;
  }
  const assumed = options.defaultExpressedBy ?? 'staff';
  const ref = goal['expressedBy'];
  if (isRecord(ref)) {
    const kind = referenceKind(ref);
    let inferred: Outcome['expressedBy'] | undefined;
    if (sameReference(ref, goal['subject'])) inferred = 'person';
    else if (kind === 'RelatedPerson') inferred = 'family';
    else if (kind === 'Practitioner' || kind === 'PractitionerRole') inferred = 'staff';
    if (inferred !== undefined) {
      r.report('fhir_expressed_by_inferred', ['expressedBy'], { expressedBy: inferred });
      return inferred;
    }
  }
  r.report('fhir_expressed_by_unknown', ['expressedBy'], { assumed });
  return assumed;
}

function readWords(goal: Json, r: Reader): string | undefined {
  const description = goal['description'];
  if (!isRecord(description)) return undefined;
  const words = text(description['text']);
  if (words !== undefined) return words;
  for (const coding of list(description['coding'])) {
    const display = isRecord(coding) ? text(coding['display']) : undefined;
    if (display !== undefined) {
      r.report('fhir_words_from_code', ['description']);
      return display;
    }
  }
  return undefined;
}

function readIndicator(
  target: Json,
  at: number,
  ext: Json | undefined,
  r: Reader,
): Outcome['indicator'] | undefined {
  const measure = target['measure'];
  const path = ['target', at];
  if (!isRecord(measure)) return undefined;
  let description = text(measure['text']);
  for (const coding of list(measure['coding'])) {
    if (description === undefined && isRecord(coding)) description = text(coding['display']);
  }
  if (description === undefined) {
    r.notRead([...path, 'measure'], 'a measure without words');
    return undefined;
  }
  const indicator: Record<string, unknown> = { description };
  const kind = codeFrom(measure, FHIR_CODE_SYSTEM);
  if (kind !== undefined) {
    if (oneOf(MeasureKindSchema.options, kind) !== undefined) indicator['measure'] = kind;
    else r.notRead([...path, 'measure'], `unknown kind of measure "${kind.slice(0, 40)}"`);
  }
  const quantity = target['detailQuantity'];
  if (isRecord(quantity)) {
    const value = finite(quantity['value']);
    if (value === undefined) r.notRead([...path, 'detailQuantity'], 'no number');
    else {
      indicator['target'] = value;
      const unit = text(quantity['unit']);
      if (unit !== undefined) indicator['unit'] = unit;
    }
  } else if (target['detailInteger'] !== undefined) {
    const value = target['detailInteger'];
    if (typeof value === 'number' && Number.isInteger(value)) indicator['target'] = value;
    else r.notRead([...path, 'detailInteger'], 'not a whole number');
  } else if (target['detailBoolean'] !== undefined && target['detailBoolean'] !== true) {
    r.report('fhir_element_not_mapped', [...path, 'detailBoolean']);
  }
  for (const key of ['detailRange', 'detailString', 'detailRatio', 'detailCodeableConcept']) {
    if (target[key] !== undefined) r.report('fhir_element_not_mapped', [...path, key]);
  }
  if (ext !== undefined) {
    const p = parts(ext);
    const per = first(p, 'per')?.['valueCode'];
    if (per !== undefined) {
      if (oneOf(PeriodSchema.options, per) !== undefined) indicator['per'] = per;
      else r.notRead(r.sources['indicatorExtension'] ?? [], 'unknown period');
    }
    const baseline = finite(first(p, 'baseline')?.['valueDecimal']);
    if (baseline !== undefined) indicator['baseline'] = baseline;
    const direction = first(p, 'direction')?.['valueCode'];
    if (direction !== undefined) {
      if (oneOf(DirectionSchema.options, direction) !== undefined) {
        indicator['direction'] = direction;
      } else r.notRead(r.sources['indicatorExtension'] ?? [], 'unknown direction');
    }
    const unit = text(first(p, 'unit')?.['valueString']);
    if (unit !== undefined && indicator['unit'] === undefined) indicator['unit'] = unit;
  }
  return indicator as Outcome['indicator'];
}

function readOwner(ext: Json, path: Path, r: Reader): Record<string, unknown> | undefined {
  const p = parts(ext);
  const party = oneOf(PartyRoleSchema.options, first(p, 'party')?.['valueCode']);
  if (party === undefined) {
    r.notRead(path, 'an owner without a known role');
    return undefined;
  }
  const name = text(first(p, 'name')?.['valueString']);
  const responsibility = text(first(p, 'responsibility')?.['valueString']);
  return {
    party,
    ...(name === undefined ? {} : { name }),
    ...(responsibility === undefined ? {} : { responsibility }),
  };
}

function readAgreement(
  ext: Json,
  path: Path,
  subject: unknown,
  r: Reader,
): Record<string, unknown> | undefined {
  const p = parts(ext);
  const response = oneOf(AgreementResponseSchema.options, first(p, 'status')?.['valueCode']);
  const on = text(first(p, FHIR_EXTENSIONS.agreedOn)?.['valueDate']);
  if (response === undefined || on === undefined) {
    r.notRead(path, response === undefined ? 'no agree, disagree or pending status' : 'no date');
    return undefined;
  }
  let party = oneOf(PartyRoleSchema.options, first(p, FHIR_EXTENSIONS.party)?.['valueCode']);
  let name = text(first(p, FHIR_EXTENSIONS.partyName)?.['valueString']);
  const individual = first(p, 'individual')?.['valueReference'];
  if (party === undefined) {
    const ref = isRecord(individual) ? individual : {};
    const kind = referenceKind(ref);
    if (sameReference(ref, subject)) party = 'person';
    else if (kind === 'RelatedPerson') party = 'family';
    else party = 'other';
    name ??= text(ref['display']);
  }
  const note = text(first(p, FHIR_EXTENSIONS.agreementNote)?.['valueString']);
  return {
    party,
    ...(name === undefined ? {} : { name }),
    response,
    on,
    ...(note === undefined ? {} : { note }),
  };
}

function readScale(ext: Json, path: Path, r: Reader): Record<string, unknown> | undefined {
  const p = parts(ext);
  const min = first(p, 'min')?.['valueInteger'];
  const max = first(p, 'max')?.['valueInteger'];
  if (typeof min !== 'number' || typeof max !== 'number') {
    r.notRead(path, 'a rating scale without its lowest and highest scores');
    return undefined;
  }
  const labels = (p.get('label') ?? []).flatMap((label) => {
    const lp = parts(label);
    const score = lp.get('score')?.[0]?.['valueInteger'];
    const words = text(lp.get('label')?.[0]?.['valueString']);
    return typeof score === 'number' && words !== undefined ? [{ score, label: words }] : [];
  });
  return { min, max, ...(labels.length === 0 ? {} : { labels }) };
}

function readGas(ext: Json, path: Path, r: Reader): Record<string, unknown> | undefined {
  const p = parts(ext);
  const level = (url: string) => text(first(p, url)?.['valueString']);
  const levels = {
    muchLess: level('much-less'),
    less: level('less'),
    expected: level('expected'),
    more: level('more'),
    muchMore: level('much-more'),
  };
  const baseline = first(p, 'baseline')?.['valueInteger'];
  if (Object.values(levels).some((l) => l === undefined) || typeof baseline !== 'number') {
    r.notRead(path, 'GAS levels need all five levels and a baseline');
    return undefined;
  }
  const weight = finite(first(p, 'weight')?.['valueDecimal']);
  return { levels, baseline, ...(weight === undefined ? {} : { weight }) };
}

/** Reads the Goal into an outcome candidate (not yet parsed), or says why it cannot. */
function read(goal: Json, options: FromFhirGoalOptions, r: Reader): Json | ParseIssue[] {
  const failures: ParseIssue[] = [];
  for (const key of Object.keys(goal)) {
    if (SILENT.has(key) || MAPPED.has(key)) continue;
    if (NOT_MAPPED.has(key)) r.report('fhir_element_not_mapped', [key]);
    else if (!(key.startsWith('_') && MAPPED.has(key.slice(1)))) {
      r.report('fhir_unknown_element', [key]);
    }
  }
  for (const [index, ext] of list(goal['modifierExtension']).entries()) {
    const url = isRecord(ext) ? String(ext['url']).slice(0, 200) : 'none';
    r.report('fhir_modifier_extension', ['modifierExtension', index], { url });
  }

  const lifecycle = goal['lifecycleStatus'];
  const lifecycleStatus = oneOf(LifecycleStatusSchema.options, lifecycle);
  if (lifecycle === undefined) failures.push(issue('fhir_missing_element', ['lifecycleStatus']));
  else if (lifecycleStatus === undefined) {
    failures.push(issue('fhir_invalid_element', ['lifecycleStatus']));
  }
  const words = readWords(goal, r);
  if (words === undefined) failures.push(issue('fhir_missing_element', ['description', 'text']));
  const personId = readPersonId(goal, options);
  if (personId === undefined) failures.push(issue('fhir_missing_element', ['subject']));
  const id = readId(goal, options);
  if (id === undefined) failures.push(issue('fhir_missing_element', ['id']));

  // Extensions, by kind.
  let expressedByExt: Json | undefined;
  let indicatorExt: Json | undefined;
  const owners: Record<string, unknown>[] = [];
  const agreements: Record<string, unknown>[] = [];
  const out: Json = {};
  let ownerExtensions = 0;
  for (const [index, ext] of list(goal['extension']).entries()) {
    const path = ['extension', index];
    if (!isRecord(ext) || typeof ext['url'] !== 'string') {
      r.notRead(path, 'an extension without a url');
      continue;
    }
    const url = ext['url'];
    if (url === GOAL_ACCEPTANCE_URL) {
      const agreement = readAgreement(ext, path, goal['subject'], r);
      if (agreement !== undefined) {
        r.sources[`agreements.${agreements.length}`] = path;
        agreements.push(agreement);
      }
    } else if (url === FHIR_EXTENSIONS.expressedBy) {
      expressedByExt = ext;
      if (oneOf(ExpressedBySchema.options, ext['valueCode']) === undefined) {
        r.notRead(path, 'not person, family, advocate or staff');
      }
    } else if (url === FHIR_EXTENSIONS.owner) {
      ownerExtensions += 1;
      const owner = readOwner(ext, path, r);
      if (owner !== undefined) {
        r.sources[`owners.${owners.length}`] = path;
        owners.push(owner);
      }
    } else if (url === FHIR_EXTENSIONS.indicator) {
      indicatorExt = ext;
      r.sources['indicatorExtension'] = path;
    } else if (url === FHIR_EXTENSIONS.reviewEvery) {
      const duration = ext['valueDuration'];
      const count = isRecord(duration) ? duration['value'] : undefined;
      const code = isRecord(duration) ? duration['code'] : undefined;
      const unit = code === 'wk' ? 'week' : code === 'mo' ? 'month' : undefined;
      if (typeof count === 'number' && unit !== undefined) {
        out['reviewEvery'] = { count, unit };
        r.sources['reviewEvery'] = path;
      } else r.notRead(path, 'a review interval needs a number of weeks (wk) or months (mo)');
    } else if (url === FHIR_EXTENSIONS.achievedOn) {
      const on = text(ext['valueDate']);
      if (on === undefined) r.notRead(path, 'no date');
      else {
        out['achievedOn'] = on;
        r.sources['achievedOn'] = path;
      }
    } else if (url === FHIR_EXTENSIONS.ratingScale) {
      const scale = readScale(ext, path, r);
      if (scale !== undefined) {
        out['ratingScale'] = scale;
        r.sources['ratingScale'] = path;
      }
    } else if (url === FHIR_EXTENSIONS.gas) {
      const gas = readGas(ext, path, r);
      if (gas !== undefined) {
        out['gas'] = gas;
        r.sources['gas'] = path;
      }
    } else if (!OUR_EXTENSIONS.has(url)) {
      r.report('fhir_unknown_extension', path, { url: url.slice(0, 200) });
    }
  }
  if (failures.length > 0) return failures;

  const outcome: Json = {
    id,
    personId,
    words,
    expressedBy: readExpressedBy(goal, expressedByExt, options, r),
    lifecycleStatus,
  };
  for (const [index, category] of list(goal['category']).entries()) {
    const domain = isRecord(category) ? text(category['text']) : undefined;
    if (index === 0 && domain !== undefined) {
      outcome['domain'] = domain;
      r.sources['domain'] = ['category', 0];
    } else r.report('fhir_element_not_mapped', ['category', index]);
  }
  if (goal['priority'] !== undefined) {
    const priority = oneOf(
      PrioritySchema.options,
      codeFrom(goal['priority'], GOAL_PRIORITY_SYSTEM),
    );
    if (priority === undefined) r.notRead(['priority'], 'no goal-priority code');
    else {
      outcome['priority'] = priority;
      r.sources['priority'] = ['priority'];
    }
  }
  if (goal['achievementStatus'] !== undefined) {
    const status = oneOf(
      AchievementStatusSchema.options,
      codeFrom(goal['achievementStatus'], GOAL_ACHIEVEMENT_SYSTEM),
    );
    if (status === undefined) r.notRead(['achievementStatus'], 'no goal-achievement code');
    else {
      outcome['achievementStatus'] = status;
      r.sources['achievementStatus'] = ['achievementStatus'];
    }
  }
  if (out['achievedOn'] !== undefined) outcome['achievedOn'] = out['achievedOn'];

  // Targets: the first with a measure is the indicator; the first with a due date gives the
  // review-by date. Anything else is reported.
  let indicatorAt: number | undefined;
  let dueAt: number | undefined;
  for (const [index, target] of list(goal['target']).entries()) {
    if (!isRecord(target)) {
      r.notRead(['target', index], 'not a target');
      continue;
    }
    let used = false;
    if (indicatorAt === undefined && target['measure'] !== undefined) {
      const indicator = readIndicator(target, index, indicatorExt, r);
      if (indicator !== undefined) {
        outcome['indicator'] = indicator;
        r.sources['indicator'] = ['target', index];
        indicatorAt = index;
        used = true;
      }
    }
    if (dueAt === undefined && target['dueDate'] !== undefined) {
      dueAt = index;
      used = true;
    } else if (target['dueDuration'] !== undefined) {
      r.report('fhir_element_not_mapped', ['target', index, 'dueDuration']);
    }
    if (!used) r.report('fhir_element_not_mapped', ['target', index]);
  }
  const start = text(goal['startDate']);
  const dueTarget = dueAt === undefined ? undefined : list(goal['target'])[dueAt];
  const reviewBy = isRecord(dueTarget) ? text(dueTarget['dueDate']) : undefined;
  if (start !== undefined && reviewBy !== undefined) {
    outcome['timeframe'] = {
      start,
      reviewBy,
      ...(out['reviewEvery'] === undefined ? {} : { reviewEvery: out['reviewEvery'] }),
    };
    r.sources['timeframe'] = ['startDate'];
  } else if (start !== undefined || reviewBy !== undefined) {
    r.report(
      'fhir_no_timeframe',
      start === undefined ? ['target', dueAt ?? 0, 'dueDate'] : ['startDate'],
    );
  }
  if (owners.length > 0) outcome['owners'] = owners;
  else if (ownerExtensions === 0) r.report('fhir_no_owner', []);
  if (agreements.length > 0) outcome['agreements'] = agreements;
  if (out['ratingScale'] !== undefined) outcome['ratingScale'] = out['ratingScale'];
  if (out['gas'] !== undefined) outcome['gas'] = out['gas'];
  // Our notes repeat the owners for systems that ignore extensions; other notes are reported.
  if (ownerExtensions === 0) {
    for (const index of list(goal['note']).keys()) {
      r.report('fhir_element_not_mapped', ['note', index]);
    }
  }
  return outcome;
}

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

/**
 * Reads an HL7 FHIR R4 `Goal` — ours or any other system's — as a person-led outcome, with
 * findings for what the Goal did not carry.
 *
 * @remarks
 * Never throws, whatever the input. The reading is tolerant: a part of the Goal that is
 * malformed or fails the outcome's rules (a due date before the start, a text too long) is
 * left out with a `fhir_value_not_read` finding whose `path` is the place in the Goal, and the
 * rest is read. The outcome is then checked with `parseOutcome`, so `data` always passes it.
 * It fails (`success: false`) only when an outcome cannot be made at all: not a Goal, or no
 * lifecycle status, words, subject or id.
 *
 * Read without loss from {@link toFhirGoal}'s output: every outcome field except `ratings`.
 * From other systems: `description.text` (or a coding's display, reported), the subject's
 * id, `expressedBy` (inferred from the reference, reported), lifecycle, achievement and
 * priority codes, the first category's text, `startDate` and the first target's measure,
 * quantity or integer detail and due date, and `goal-acceptance` extensions that have our
 * date. Everything else is reported with its path.
 * @param resource - Anything: a parsed JSON Goal from another system.
 * @param options - `personId` / `id` to use instead of the Goal's; `defaultExpressedBy`.
 * @returns The outcome and findings, or issues and findings.
 * @example
 * ```ts
 * const read = fromFhirGoal(JSON.parse(body));
 * if (read.success) read.data.words;
 * read.findings.map((f) => f.code); // e.g. ['fhir_no_owner']
 * ```
 * @category FHIR
 */
export function fromFhirGoal(
  resource: unknown,
  options: FromFhirGoalOptions = {},
): FromFhirGoalResult {
  const r = new Reader();
  try {
    if (!isRecord(resource) || resource['resourceType'] !== 'Goal') {
      return { success: false, issues: [issue('fhir_not_a_goal', [])], findings: [] };
    }
    const candidate = read(resource, options, r);
    if (Array.isArray(candidate))
      return { success: false, issues: candidate, findings: r.findings };
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const parsed = parseOutcome(candidate);
      if (parsed.success) return { success: true, data: parsed.data, findings: r.findings };
      let dropped = false;
      for (const problem of parsed.issues) {
        const [key, index] = problem.path;
        if (typeof key !== 'string' || !OPTIONAL_PARTS.has(key) || candidate[key] === undefined) {
          continue;
        }
        const items = candidate[key];
        if (Array.isArray(items) && typeof index === 'number' && items.length > 1) {
          r.notRead(r.sources[`${key}.${index}`] ?? [key], problem.message);
          candidate[key] = items.filter((_, i) => i !== index);
        } else {
          r.notRead(r.sources[key] ?? [key], problem.message);
          delete candidate[key];
        }
        dropped = true;
        break;
      }
      if (!dropped) return { success: false, issues: parsed.issues, findings: r.findings };
    }
    const parsed = parseOutcome(candidate);
    return parsed.success
      ? { success: true, data: parsed.data, findings: r.findings }
      : { success: false, issues: parsed.issues, findings: r.findings };
  } catch {
    const base = { code: 'unreadable_input', path: [], message: '' };
    return {
      success: false,
      issues: [Object.freeze({ ...base, message: 'The record could not be read.' })],
      findings: r.findings,
    };
  }
}
