import type { Path } from '../../core/index.js';
import { ExpressedBySchema } from '../../outcomes/index.js';
import { FHIR_EXTENSIONS, GOAL_ACCEPTANCE_URL } from '../constants.js';
import { type GoalContext, type GoalReport, type GoalRule, notRead } from './context.js';
import {
  readAgreement,
  readGas,
  readOwner,
  readReviewEvery,
  readScale,
} from './extension-parts.js';
import { isRecord, type Json, list, oneOf, text, urlDetail } from './json.js';

type Reader = (ext: Json, path: Path, ctx: GoalContext, report: GoalReport) => void;

/** Keeps a part of the outcome read from an extension, and where it came from. */
function keep(ctx: GoalContext, key: string, value: Json | string | undefined, path: Path): void {
  if (value === undefined) return;
  ctx.outcome[key] = value;
  ctx.sources[key] = path;
}

// What to do with each extension we read, by URL. Extensions of ours not listed here (party,
// agreed-on, …) belong inside others, or on other resources.
const READERS: Readonly<Record<string, Reader>> = {
  [GOAL_ACCEPTANCE_URL]: (ext, path, ctx, report) => {
    const agreement = readAgreement(ext, path, ctx.goal['subject'], report);
    if (agreement === undefined) return;
    ctx.sources[`agreements.${ctx.extensions.agreements.length}`] = path;
    ctx.extensions.agreements.push(agreement);
  },
  [FHIR_EXTENSIONS.expressedBy]: (ext, path, ctx, report) => {
    ctx.extensions.expressedBy = ext;
    if (oneOf(ExpressedBySchema.options, ext['valueCode']) === undefined) {
      notRead(report, path, 'not person, family, advocate or staff');
    }
  },
  [FHIR_EXTENSIONS.owner]: (ext, path, ctx, report) => {
    ctx.extensions.ownerExtensions += 1;
    const owner = readOwner(ext, path, report);
    if (owner === undefined) return;
    ctx.sources[`owners.${ctx.extensions.owners.length}`] = path;
    ctx.extensions.owners.push(owner);
  },
  [FHIR_EXTENSIONS.indicator]: (ext, path, ctx) => {
    ctx.extensions.indicator = { ext, path };
  },
  [FHIR_EXTENSIONS.reviewEvery]: (ext, path, ctx, report) => {
    const every = readReviewEvery(ext, path, report);
    if (every === undefined) return;
    ctx.extensions.reviewEvery = every;
    ctx.sources['timeframe.reviewEvery'] = path;
  },
  [FHIR_EXTENSIONS.achievedOn]: (ext, path, ctx, report) => {
    const on = text(ext['valueDate']);
    if (on === undefined) notRead(report, path, 'no date');
    keep(ctx, 'achievedOn', on, path);
  },
  [FHIR_EXTENSIONS.ratingScale]: (ext, path, ctx, report) => {
    keep(ctx, 'ratingScale', readScale(ext, path, report), path);
  },
  [FHIR_EXTENSIONS.gas]: (ext, path, ctx, report) => {
    keep(ctx, 'gas', readGas(ext, path, report), path);
  },
};
const OURS: ReadonlySet<string> = new Set(Object.values(FHIR_EXTENSIONS));

/**
 * Each extension is read by its URL (agreements, who said the words, owners, the indicator's
 * extra parts, the review interval, the achieved date, the rating scale, GAS), or reported.
 */
export const extensionsRule: GoalRule = {
  codes: ['fhir_value_not_read', 'fhir_unknown_extension'],
  check: (ctx, report) => {
    for (const [index, ext] of list(ctx.goal['extension']).entries()) {
      const path = ['extension', index];
      if (!isRecord(ext) || typeof ext['url'] !== 'string') {
        notRead(report, path, 'an extension without a url');
        continue;
      }
      const url = ext['url'];
      const reader = Object.hasOwn(READERS, url) ? READERS[url] : undefined;
      if (reader !== undefined) reader(ext, path, ctx, report);
      else if (!OURS.has(url)) report('fhir_unknown_extension', path, { url: urlDetail(url) });
    }
  },
};
