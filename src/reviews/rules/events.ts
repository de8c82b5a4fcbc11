import { defaultReviewTriggerRules } from '../default-rules.js';
import { fireOnEvents } from '../fire.js';
import type { LifeEvent } from '../schemas/index.js';
import type { ReviewQualityRule, ReviewRuleContext } from './context.js';

const given = ({ given }: ReviewRuleContext): boolean => given.events !== undefined;
const sinceLast = ({ events, since }: ReviewRuleContext): LifeEvent[] =>
  events.filter((e) => since(e.on));

/** Significant events since the last review were discussed (at this review or the last). */
export const significantEventsRule: ReviewQualityRule = {
  group: 'events_discussed',
  codes: ['significant_event_not_discussed'],
  applies: given,
  check: (ctx, report) => {
    for (const event of sinceLast(ctx)) {
      if (!ctx.significant(event) || ctx.discussed.has(event.id)) continue;
      report('significant_event_not_discussed', ['eventsDiscussed'], {
        eventId: event.id,
        on: event.on,
        kind: event.kind,
        severity: event.severity,
      });
    }
  },
};

/** A significant event talked about at this review led to a decision or an action. */
export const eventDecisionRule: ReviewQualityRule = {
  group: 'events_discussed',
  codes: ['event_without_decision'],
  applies: given,
  check: ({ review, events, significant, planChanged }, report) => {
    if (planChanged) return;
    const listed = new Set(review.eventsDiscussed ?? []);
    for (const event of events) {
      if (!listed.has(event.id) || event.on > review.on || !significant(event)) continue;
      report('event_without_decision', ['eventsDiscussed'], {
        eventId: event.id,
        on: event.on,
        kind: event.kind,
        severity: event.severity,
      });
    }
  },
};

/**
 * The events since the last review that asked for a review (a trigger rule counts them) are
 * recorded as discussed: this review answered them, so not recording them is a gap in the
 * record, not an overdue review. Significant events have their own, stronger finding.
 */
export const triggerEventsRule: ReviewQualityRule = {
  group: 'events_discussed',
  codes: ['trigger_event_not_recorded'],
  applies: given,
  check: (ctx, report) => {
    const since = sinceLast(ctx);
    const ruleOf = new Map<string, string>();
    for (const rule of ctx.given.rules ?? defaultReviewTriggerRules) {
      if (rule.on !== 'events') continue;
      for (const id of fireOnEvents(rule, since)?.eventIds ?? []) {
        if (!ruleOf.has(id)) ruleOf.set(id, rule.id);
      }
    }
    for (const event of since) {
      const ruleId = ruleOf.get(event.id);
      if (ruleId === undefined || ctx.significant(event) || ctx.discussed.has(event.id)) continue;
      report('trigger_event_not_recorded', ['eventsDiscussed'], {
        eventId: event.id,
        on: event.on,
        kind: event.kind,
        ruleId,
      });
    }
  },
};
