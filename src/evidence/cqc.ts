import * as z from 'zod';

/**
 * CQC's five key questions, as codes.
 *
 * @example
 * ```ts
 * KeyQuestionSchema.options; // => ['safe', 'effective', 'caring', 'responsive', 'well_led']
 * ```
 * @category Evidence
 */
export const KeyQuestionSchema = z.enum(['safe', 'effective', 'caring', 'responsive', 'well_led']);

/**
 * A CQC key question. Derived from {@link KeyQuestionSchema}.
 *
 * @example
 * ```ts
 * const question: KeyQuestion = 'responsive';
 * ```
 * @category Evidence
 */
export type KeyQuestion = z.output<typeof KeyQuestionSchema>;

/**
 * The 34 quality statements of CQC's single assessment framework, as codes, grouped by key
 * question in CQC's order. {@link CQC_QUALITY_STATEMENTS} gives each one's official name.
 *
 * @example
 * ```ts
 * QualityStatementSchema.parse('listening_to_and_involving_people');
 * ```
 * @category Evidence
 */
export const QualityStatementSchema = z.enum([
  // Safe (8)
  'learning_culture',
  'safe_systems_pathways_and_transitions',
  'safeguarding',
  'involving_people_to_manage_risks',
  'safe_environments',
  'safe_and_effective_staffing',
  'infection_prevention_and_control',
  'medicines_optimisation',
  // Effective (6)
  'assessing_needs',
  'delivering_evidence_based_care_and_treatment',
  'how_staff_teams_and_services_work_together',
  'supporting_people_to_live_healthier_lives',
  'monitoring_and_improving_outcomes',
  'consent_to_care_and_treatment',
  // Caring (5)
  'kindness_compassion_and_dignity',
  'treating_people_as_individuals',
  'independence_choice_and_control',
  'responding_to_peoples_immediate_needs',
  'workforce_wellbeing_and_enablement',
  // Responsive (7)
  'person_centred_care',
  'care_provision_integration_and_continuity',
  'providing_information',
  'listening_to_and_involving_people',
  'equity_in_access',
  'equity_in_experiences_and_outcomes',
  'planning_for_the_future',
  // Well-led (8)
  'shared_direction_and_culture',
  'capable_compassionate_and_inclusive_leaders',
  'freedom_to_speak_up',
  'workforce_equality_diversity_and_inclusion',
  'governance_management_and_sustainability',
  'partnerships_and_communities',
  'learning_improvement_and_innovation',
  'environmental_sustainability_sustainable_development',
]);

/**
 * A CQC quality statement code. Derived from {@link QualityStatementSchema}.
 *
 * @example
 * ```ts
 * const statement: QualityStatement = 'person_centred_care';
 * ```
 * @category Evidence
 */
export type QualityStatement = z.output<typeof QualityStatementSchema>;

/**
 * The six evidence categories CQC uses to assess a quality statement, as codes.
 *
 * @example
 * ```ts
 * EvidenceCategorySchema.parse('peoples_experience');
 * ```
 * @category Evidence
 */
export const EvidenceCategorySchema = z.enum([
  'peoples_experience',
  'feedback_from_staff_and_leaders',
  'feedback_from_partners',
  'observation',
  'processes',
  'outcomes',
]);

/**
 * A CQC evidence category code. Derived from {@link EvidenceCategorySchema}.
 *
 * @example
 * ```ts
 * const category: EvidenceCategory = 'processes';
 * ```
 * @category Evidence
 */
export type EvidenceCategory = z.output<typeof EvidenceCategorySchema>;

/**
 * One quality statement: its official name and the key question it sits under.
 *
 * @example
 * ```ts
 * const entry: QualityStatementEntry = CQC_QUALITY_STATEMENTS.safeguarding;
 * ```
 * @category Evidence
 */
export interface QualityStatementEntry {
  /** The statement's name, as CQC writes it. */
  readonly name: string;
  /** The key question it belongs to. */
  readonly keyQuestion: KeyQuestion;
}

const s = (keyQuestion: KeyQuestion, name: string): QualityStatementEntry =>
  Object.freeze({ name, keyQuestion });

/**
 * The official names of the five key questions.
 *
 * @remarks Source: CQC, "Quality statements",
 * https://www.cqc.org.uk/assessment/quality-statements (the single assessment framework).
 * @example
 * ```ts
 * CQC_KEY_QUESTIONS.well_led; // => 'Well-led'
 * ```
 * @category Evidence
 */
export const CQC_KEY_QUESTIONS: Readonly<Record<KeyQuestion, string>> = Object.freeze({
  safe: 'Safe',
  effective: 'Effective',
  caring: 'Caring',
  responsive: 'Responsive',
  well_led: 'Well-led',
});

/**
 * The 34 quality statements of CQC's single assessment framework — 8 under Safe, 6 under
 * Effective, 5 under Caring, 7 under Responsive and 8 under Well-led — with their official
 * names, in CQC's order.
 *
 * @remarks Source: CQC, "Quality statements",
 * https://www.cqc.org.uk/assessment/quality-statements, and the statement pages under
 * https://www.cqc.org.uk/guidance-regulation/providers/assessment/single-assessment-framework
 * (for example `…/well-led/environmental-sustainability`). The names are public facts; the
 * statements' "we" wording is not reproduced here. CQC consulted in 2025 on changing how it
 * assesses providers: check the list against CQC's site when the framework changes.
 * @example
 * ```ts
 * CQC_QUALITY_STATEMENTS.listening_to_and_involving_people;
 * // => { name: 'Listening to and involving people', keyQuestion: 'responsive' }
 * ```
 * @category Evidence
 */
export const CQC_QUALITY_STATEMENTS: Readonly<Record<QualityStatement, QualityStatementEntry>> =
  Object.freeze({
    learning_culture: s('safe', 'Learning culture'),
    safe_systems_pathways_and_transitions: s('safe', 'Safe systems, pathways and transitions'),
    safeguarding: s('safe', 'Safeguarding'),
    involving_people_to_manage_risks: s('safe', 'Involving people to manage risks'),
    safe_environments: s('safe', 'Safe environments'),
    safe_and_effective_staffing: s('safe', 'Safe and effective staffing'),
    infection_prevention_and_control: s('safe', 'Infection prevention and control'),
    medicines_optimisation: s('safe', 'Medicines optimisation'),
    assessing_needs: s('effective', 'Assessing needs'),
    delivering_evidence_based_care_and_treatment: s(
      'effective',
      'Delivering evidence-based care and treatment',
    ),
    how_staff_teams_and_services_work_together: s(
      'effective',
      'How staff, teams and services work together',
    ),
    supporting_people_to_live_healthier_lives: s(
      'effective',
      'Supporting people to live healthier lives',
    ),
    monitoring_and_improving_outcomes: s('effective', 'Monitoring and improving outcomes'),
    consent_to_care_and_treatment: s('effective', 'Consent to care and treatment'),
    kindness_compassion_and_dignity: s('caring', 'Kindness, compassion and dignity'),
    treating_people_as_individuals: s('caring', 'Treating people as individuals'),
    independence_choice_and_control: s('caring', 'Independence, choice and control'),
    responding_to_peoples_immediate_needs: s('caring', 'Responding to people’s immediate needs'),
    workforce_wellbeing_and_enablement: s('caring', 'Workforce wellbeing and enablement'),
    person_centred_care: s('responsive', 'Person-centred care'),
    care_provision_integration_and_continuity: s(
      'responsive',
      'Care provision, integration and continuity',
    ),
    providing_information: s('responsive', 'Providing information'),
    listening_to_and_involving_people: s('responsive', 'Listening to and involving people'),
    equity_in_access: s('responsive', 'Equity in access'),
    equity_in_experiences_and_outcomes: s('responsive', 'Equity in experiences and outcomes'),
    planning_for_the_future: s('responsive', 'Planning for the future'),
    shared_direction_and_culture: s('well_led', 'Shared direction and culture'),
    capable_compassionate_and_inclusive_leaders: s(
      'well_led',
      'Capable, compassionate and inclusive leaders',
    ),
    freedom_to_speak_up: s('well_led', 'Freedom to speak up'),
    workforce_equality_diversity_and_inclusion: s(
      'well_led',
      'Workforce equality, diversity and inclusion',
    ),
    governance_management_and_sustainability: s(
      'well_led',
      'Governance, management and sustainability',
    ),
    partnerships_and_communities: s('well_led', 'Partnerships and communities'),
    learning_improvement_and_innovation: s('well_led', 'Learning, improvement and innovation'),
    environmental_sustainability_sustainable_development: s(
      'well_led',
      'Environmental sustainability – sustainable development',
    ),
  });

/**
 * The official names of CQC's six evidence categories.
 *
 * @remarks Source: CQC, "Evidence categories",
 * https://www.cqc.org.uk/assessment/evidence-categories. CQC's page for the first category
 * is headed "People's experience of health and care services"; the short name is used here.
 * @example
 * ```ts
 * CQC_EVIDENCE_CATEGORIES.feedback_from_partners; // => 'Feedback from partners'
 * ```
 * @category Evidence
 */
export const CQC_EVIDENCE_CATEGORIES: Readonly<Record<EvidenceCategory, string>> = Object.freeze({
  peoples_experience: 'People’s experience',
  feedback_from_staff_and_leaders: 'Feedback from staff and leaders',
  feedback_from_partners: 'Feedback from partners',
  observation: 'Observation',
  processes: 'Processes',
  outcomes: 'Outcomes',
});
