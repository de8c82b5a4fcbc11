/**
 * What a form shows for each field of an outcome: a title, a description, and for text and
 * dates the limits JSON Schema cannot learn from the zod checks. Keys are paths written as
 * `formatPath` writes them, with `[]` for "every item of a list".
 *
 * @internal
 */
export const OUTCOME_FIELDS: Readonly<
  Record<
    string,
    { title: string; description: string; format?: 'date'; maxLength?: number; minLength?: number }
  >
> = {
  id: {
    title: 'Outcome id',
    description: 'Your system’s identifier for this outcome.',
    minLength: 1,
    maxLength: 200,
  },
  personId: {
    title: 'Person id',
    description: 'Your system’s identifier for the person.',
    minLength: 1,
    maxLength: 200,
  },
  words: {
    title: 'In the person’s words',
    description: 'What matters to the person, written down exactly as they said it.',
    minLength: 1,
    maxLength: 2000,
  },
  expressedBy: {
    title: 'Who said it',
    description: 'The person, or family, an advocate or staff speaking on their behalf.',
  },
  domain: {
    title: 'Area of life',
    description: 'The person’s own name for this part of their life.',
    maxLength: 100,
  },
  wellbeingAreas: {
    title: 'Wellbeing areas',
    description: 'The parts of wellbeing in the Care Act 2014 this outcome serves: one or more.',
  },
  priority: { title: 'Priority', description: 'How much this matters right now.' },
  lifecycleStatus: {
    title: 'Status',
    description: 'Where the outcome is: proposed, active, on hold, completed…',
  },
  achievementStatus: { title: 'Progress', description: 'How far the outcome has been reached.' },
  achievedOn: { title: 'Achieved on', description: 'The day it was achieved.', format: 'date' },
  closedOn: {
    title: 'Closed on',
    description: 'The day the outcome was completed, cancelled or rejected.',
    format: 'date',
  },
  cancelledReason: {
    title: 'Why it was cancelled',
    description: 'The person chose, needs changed, replaced, support not available…',
  },
  cancelledNote: {
    title: 'More about why',
    description: 'Anything else about why the outcome was cancelled.',
    maxLength: 1000,
  },
  indicator: { title: 'How we will know', description: 'What will be seen, heard or counted.' },
  'indicator.description': {
    title: 'What we will see, hear or count',
    description: 'For example: trips to the art group made alone.',
    minLength: 1,
    maxLength: 1000,
  },
  'indicator.measure': {
    title: 'Kind of measure',
    description: 'A count, how often, a rating, a milestone, prompts needed, or a duration.',
  },
  'indicator.per': {
    title: 'How often: per',
    description: 'For "how often": per day, week or month.',
  },
  'indicator.unit': {
    title: 'Unit',
    description: 'What is counted: trips, minutes, prompts…',
    maxLength: 100,
  },
  'indicator.baseline': {
    title: 'Where things are now',
    description: 'The starting point, if known.',
  },
  'indicator.target': { title: 'Where the person wants to get to', description: 'The target.' },
  'indicator.direction': {
    title: 'Better means',
    description: 'More, less, keeping it up, or reaching a milestone.',
  },
  timeframe: {
    title: 'Timeframe',
    description: 'When work starts and when progress will be reviewed.',
  },
  'timeframe.start': {
    title: 'Start date',
    description: 'The day work on the outcome starts.',
    format: 'date',
  },
  'timeframe.reviewBy': {
    title: 'Review by',
    description: 'The day by which progress will be reviewed.',
    format: 'date',
  },
  'timeframe.reviewEvery': {
    title: 'Review every',
    description: 'How often progress is reviewed after that.',
  },
  owners: { title: 'Who will do what', description: 'Everyone with a part in this outcome.' },
  'owners[].party': {
    title: 'Who',
    description: 'The person, keyworker, family, advocate, manager or someone else.',
  },
  'owners[].name': { title: 'Name', description: 'Their name.', maxLength: 200 },
  'owners[].responsibility': {
    title: 'What they will do',
    description: 'Their part, in plain words.',
    maxLength: 1000,
  },
  agreements: {
    title: 'Agreement',
    description: 'Who was asked whether they agree, and what they said.',
  },
  'agreements[].on': { title: 'Date', description: 'When they were asked.', format: 'date' },
  'agreements[].response': { title: 'Answer', description: 'Agree, disagree or not decided yet.' },
  ratingScale: {
    title: 'Rating scale',
    description: 'The scale progress is rated on (1 to 5 if left out).',
  },
  ratings: {
    title: 'Progress ratings',
    description: 'Each rating, with an example of what happened.',
  },
  'ratings[].on': { title: 'Date', description: 'The day of the rating.', format: 'date' },
  'ratings[].score': { title: 'Score', description: 'A score on the outcome’s scale.' },
  'ratings[].example': {
    title: 'What happened',
    description: 'Something that shows the score, such as "travelled alone to the GP".',
    maxLength: 2000,
  },
  'ratings[].ratedBy': { title: 'Rated by', description: 'Who gave the score.' },
  gas: {
    title: 'Goal Attainment Scaling',
    description: 'Five levels, −2 to +2, written for this person.',
  },
};
