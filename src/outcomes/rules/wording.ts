import type { Path } from '../../core/index.js';
import type { Report } from '../../core/internal/index.js';
import type { OneOutcomeDetails } from '../findings.js';
import { aboutPersonOf, toMatch } from '../wording/analyse.js';
import type { TokenMatch } from '../wording/match.js';
import type { Reading } from '../wording/read.js';
import type { OutcomeContext, OutcomeRule } from './context.js';

type Checked = Extract<OutcomeContext['wording'], { checked: true }>;

const checked = (ctx: OutcomeContext): boolean => ctx.wording.checked;
const read = (ctx: OutcomeContext): Checked => ctx.wording as Checked;

/** The details of a finding about matched words. */
function found(text: string, reading: Reading, match: TokenMatch) {
  const { text: phrase, pattern, span } = toMatch(text, reading, match);
  return { phrase, pattern, span };
}

/** The words are in another language (or alphabet): the English wording checks do not run. */
export const wordingNotCheckedRule: OutcomeRule = {
  codes: ['wording_not_checked'],
  applies: (ctx) => !ctx.wording.checked,
  check: ({ wording, policy }, report) => {
    if (wording.checked) return;
    report('wording_not_checked', ['words'], {
      language: policy.language ?? 'en',
      reason: wording.reason,
    });
  },
};

/** Whether the indicator turns generic words into something observable: measurable and not generic itself. */
const translates = (ctx: OutcomeContext): boolean =>
  ctx.missing.length === 0 && (read(ctx).indicator?.generic.length ?? 0) === 0;

/**
 * The person's words are a generic aim: a warning unless a specific, measurable indicator
 * translates it, then an `info` so the words stay visible.
 */
export const genericWordingRule: OutcomeRule = {
  codes: ['generic_wording', 'generic_wording_translated'],
  applies: checked,
  check: (ctx, report) => {
    const { words } = read(ctx);
    const code = translates(ctx) ? 'generic_wording_translated' : 'generic_wording';
    for (const match of words.generic)
      report(code, ['words'], found(ctx.outcome.words, words, match));
  },
};

function indicatorMatches(
  ctx: OutcomeContext,
  report: Report<OneOutcomeDetails>,
  code: 'generic_indicator' | 'service_led_indicator',
): void {
  const { indicator } = read(ctx);
  const description = ctx.outcome.indicator?.description;
  if (indicator === undefined || description === undefined) return;
  const path: Path = ['indicator', 'description'];
  // A generic indicator; or one that counts the tasks the service delivers.
  const matches = code === 'generic_indicator' ? indicator.generic : indicator.serviceLed;
  for (const match of matches) {
    if (code === 'generic_indicator' || match.kind === 'task') {
      report(code, path, found(description, indicator, match));
    }
  }
}

/** The indicator is itself a generic aim. */
export const genericIndicatorRule: OutcomeRule = {
  codes: ['generic_indicator'],
  applies: checked,
  check: (ctx, report) => indicatorMatches(ctx, report, 'generic_indicator'),
};

/** Task, compliance or behaviour-management wording, whoever expressed it. */
export const serviceLedRule: OutcomeRule = {
  codes: ['service_led_outcome'],
  applies: checked,
  check: (ctx, report) => {
    const { words } = read(ctx);
    for (const match of words.serviceLed) {
      const kind = match.kind === 'task' ? 'task' : 'compliance';
      report('service_led_outcome', ['words'], { ...found(ctx.outcome.words, words, match), kind });
    }
  },
};

/** The indicator counts what the service delivers. */
export const serviceLedIndicatorRule: OutcomeRule = {
  codes: ['service_led_indicator'],
  applies: checked,
  check: (ctx, report) => indicatorMatches(ctx, report, 'service_led_indicator'),
};

/** Words said to be the person's read as written about them. */
export const aboutPersonRule: OutcomeRule = {
  codes: ['words_about_person'],
  applies: (ctx) => ctx.outcome.expressedBy === 'person' && checked(ctx),
  check: (ctx, report) => {
    const about = aboutPersonOf(ctx.outcome.words, read(ctx).words);
    if (about !== undefined) {
      report('words_about_person', ['words'], {
        phrase: about.text,
        cue: about.cue,
        span: about.span,
      });
    }
  },
};

/** Someone else said the words for the person. */
export const onBehalfRule: OutcomeRule = {
  codes: ['expressed_on_behalf'],
  applies: (ctx) => ctx.outcome.expressedBy !== 'person',
  check: ({ outcome }, report) => {
    report('expressed_on_behalf', ['expressedBy'], { expressedBy: outcome.expressedBy });
  },
};

/** Each rating has a concrete example of what happened. */
export const ratingExampleRule: OutcomeRule = {
  codes: ['rating_without_example'],
  check: ({ outcome }, report) => {
    for (const [index, rating] of (outcome.ratings ?? []).entries()) {
      if (rating.example === undefined)
        report('rating_without_example', ['ratings', index], { on: rating.on });
    }
  },
};
