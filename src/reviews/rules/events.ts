import { firstById, SEVERITY_RANK } from '../order.js';
import type { LifeEventKind } from '../schemas/index.js';
import type { ReviewQualityRule } from './context.js';

const DEFAULT_SIGNIFICANT_KINDS: readonly LifeEventKind[] = [
  'safeguarding_concern',
  'hospital_admission_unplanned',
];

/** Significant events since the last review were discussed (at this review or the last). */
export const significantEventsRule: ReviewQualityRule = {
  group: 'events_discussed',
  codes: ['significant_event_not_discussed'],
  applies: ({ given }) => given.events !== undefined,
  check: ({ review, previous, given, since }, report) => {
    const discussed = new Set([
      ...(review.eventsDiscussed ?? []),
      ...(previous?.eventsDiscussed ?? []),
    ]);
    const kinds: ReadonlySet<string> = new Set(given.significantKinds ?? DEFAULT_SIGNIFICANT_KINDS);
    const least = SEVERITY_RANK[given.significantSeverity ?? 'high'];
    const significant = (given.events ?? []).filter(
      (e) =>
        e.personId === review.personId &&
        since(e.on) &&
        (kinds.has(e.kind) || SEVERITY_RANK[e.severity] >= least),
    );
    for (const event of firstById(significant, (e) => e.on)) {
      if (discussed.has(event.id)) continue;
      report('significant_event_not_discussed', ['eventsDiscussed'], {
        eventId: event.id,
        on: event.on,
        kind: event.kind,
        severity: event.severity,
      });
    }
  },
};
