import type { IsoDate } from '../../core/index.js';
import type { EvidenceLevel, SourceRecord } from '../link-parts.js';
import type { ActionLink, CheckLink, DecisionLink, InputLink } from '../links.js';

/** A step of the thread that is not a link of any chain: a record with nothing to link to. */
export interface LooseStep {
  readonly kind: 'input' | 'decision' | 'action' | 'review' | 'rating';
  readonly on: IsoDate;
  readonly id: string;
  readonly text: string;
  readonly source: SourceRecord;
  /** The person's outcomes it concerns. */
  readonly outcomes: readonly string[];
  /** The id claimed for what it shows, which orders it among the day's steps. */
  readonly ref: string;
}

/** A derived input, with the outcomes it concerns and the text its step shows. */
export interface InputDraft {
  readonly link: InputLink;
  readonly outcomes: Set<string>;
  readonly label: string;
  /** Whether it may go in the chain even when nothing is decided about it. */
  readonly asksForAnswer: boolean;
}

/** A derived decision before its `basedOn` is known. */
export interface DecisionDraft {
  readonly id: string;
  readonly on: IsoDate;
  readonly text: string;
  readonly decidedBy: readonly string[];
  readonly source: SourceRecord;
  /** The outcomes it names (its own `outcomeIds`, or its actions' for an implied decision). */
  readonly outcomes: readonly string[];
  /** Inputs it answers: its review's, or the feedback its action answers. */
  readonly inputs: readonly string[];
  /** For a decision at a review: the review, whose own checks it follows up. */
  readonly reviewId: string | null;
  /** How the person took part; `null` when to be judged from the inputs it answers. */
  readonly personInvolvement: DecisionLink['personInvolvement'] | null;
  /** Where the record is, for a finding when nothing can be linked to it. */
  readonly origin:
    | { readonly kind: 'review_decision'; readonly reviewId: string }
    | {
        readonly kind: 'action';
        readonly actionId: string;
      };
}

/** A derived action, and the outcomes it supports. */
export interface ActionDraft {
  readonly link: ActionLink;
  readonly outcomes: readonly string[];
  /** The feedback it answers (the host's feedback ids). */
  readonly feedbackIds: readonly string[];
}

/** A progress measurement of one outcome: a review's progress entry or a rating. */
export interface Measurement {
  readonly outcomeId: string;
  readonly on: IsoDate;
  /** The check's id, if it checks an action. */
  readonly checkId: string;
  /** The step's id, if it checks nothing. */
  readonly stepId: string;
  readonly kind: 'review' | 'rating';
  /** `null` when it says nothing about whether a change worked. */
  readonly result: CheckLink['result'] | null;
  readonly method: CheckLink['method'];
  readonly summary: string;
  /** The text of its step when it checks nothing. */
  readonly looseText: string;
  readonly source: SourceRecord;
  readonly reviewId: string | null;
}

/** What every part of the derivation shares. */
export interface ThreadContext {
  readonly personId: string;
  readonly level: EvidenceLevel;
}
