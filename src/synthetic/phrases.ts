import type { BuiltInActivityKind } from '../metrics/index.js';
// The generator's phrase banks, written for golden-thread (no licensed wording). Outcomes are
// in the first person, as people say them; `{slot}`s are filled from the lists below so the
// same template reads differently from person to person. A small share of outcomes comes from
// GENERIC_OUTCOMES: the service-led aims that quality checks are meant to find.

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const RELATIVES = [
  'brother',
  'sister',
  'mum',
  'dad',
  'nan',
  'grandad',
  'cousin Dee',
  'auntie Pat',
  'friend Jo',
  'friend Marcus',
  'son',
  'daughter',
];
export const PLACES = [
  'the library',
  'the leisure centre',
  'the garden centre',
  'the market',
  'church',
  'the café on the high street',
  'the cinema',
  'the pub quiz',
  'the allotment',
  'the swimming baths',
];
export const CLUBS = [
  'art group',
  'drama club',
  'walking group',
  'football training',
  'choir',
  'gardening club',
  'disco night',
  'bowling league',
  'film club',
  'boxing gym',
];
export const MEALS = ['tea', 'breakfast', 'Sunday dinner', 'pasta bake', 'curry', 'packed lunch'];
export const STAFF = [
  'Sam',
  'Priya',
  'Tom',
  'Grace',
  'Ade',
  'Megan',
  'Jamal',
  'Chloe',
  'Ewan',
  'Siân',
  'Ravi',
  'Lucy',
  'Kwame',
  'Hannah',
];

/** A measure an outcome template can use (kept in line with IndicatorSchema). */
export interface IndicatorTemplate {
  readonly description: string;
  readonly measure: 'count' | 'frequency' | 'rating' | 'milestone' | 'prompts' | 'duration';
  readonly per?: 'day' | 'week' | 'month';
  readonly unit?: string;
  readonly baseline?: number;
  readonly target?: number;
  readonly direction: 'increase' | 'decrease' | 'maintain' | 'achieve';
}

/** An outcome template: ways of saying it, the area of life, an indicator, rating examples. */
export interface OutcomeTemplate {
  readonly domain: string;
  readonly words: readonly string[];
  readonly indicator: IndicatorTemplate;
  readonly examples: readonly string[];
  readonly responsibility: string;
}

export const OUTCOMES: readonly OutcomeTemplate[] = [
  {
    domain: 'Cooking',
    words: ['I want to cook my own {meal} on {day}s', 'I’d like to make {meal} myself'],
    indicator: {
      description: 'Meals cooked with two prompts or fewer',
      measure: 'frequency',
      per: 'month',
      unit: 'meals',
      baseline: 0,
      target: 4,
      direction: 'increase',
    },
    examples: ['Made {meal} with {staff} only passing the pans', 'Chopped the veg on my own'],
    responsibility: 'Shop for the ingredients together and stand back in the kitchen',
  },
  {
    domain: 'Family',
    words: ['I’d like to see my {relative} more often', 'I want to visit my {relative} on {day}s'],
    indicator: {
      description: 'Visits to or from family',
      measure: 'frequency',
      per: 'month',
      unit: 'visits',
      baseline: 1,
      target: 3,
      direction: 'increase',
    },
    examples: [
      'Went to see my {relative} and stayed for tea',
      'Phoned my {relative} to plan a visit',
    ],
    responsibility: 'Help plan the journey and remind the family of the dates',
  },
  {
    domain: 'Getting out',
    words: [
      'I want to go to the {club} on my own',
      'I want to get the bus to the {club} by myself',
    ],
    indicator: {
      description: 'Trips to the group made without staff',
      measure: 'frequency',
      per: 'month',
      unit: 'trips',
      baseline: 0,
      target: 4,
      direction: 'increase',
    },
    examples: [
      'Got the bus to the {club} with {staff} sitting further back',
      'Went alone and texted when I arrived',
    ],
    responsibility: 'Travel with them at first, then meet them there',
  },
  {
    domain: 'Work',
    words: ['I want a job where I get paid', 'I’d like to volunteer at {place} on {day}s'],
    indicator: {
      description: 'Has a paid or volunteer role',
      measure: 'milestone',
      direction: 'achieve',
    },
    examples: ['Had a taster day at {place}', 'Filled in the application form with {staff}'],
    responsibility: 'Find openings and practise the interview together',
  },
  {
    domain: 'Money',
    words: [
      'I want to pay for my own shopping at the till',
      'I want to know how much money I’ve got each week',
    ],
    indicator: {
      description: 'Prompts needed to pay at the till',
      measure: 'prompts',
      unit: 'prompts',
      baseline: 5,
      target: 1,
      direction: 'decrease',
    },
    examples: ['Paid with my card and checked the receipt', 'Counted out the change myself'],
    responsibility: 'Go through the week’s money every Monday',
  },
  {
    domain: 'Friends',
    words: [
      'I want to have my friends round for a film night',
      'I’d like a friend to go to {place} with',
    ],
    indicator: {
      description: 'Times friends came round or met up',
      measure: 'frequency',
      per: 'month',
      unit: 'meet-ups',
      baseline: 0,
      target: 2,
      direction: 'increase',
    },
    examples: ['Had two friends round and chose the film', 'Met a friend at {place}'],
    responsibility: 'Help send the invitations and sort the snacks',
  },
  {
    domain: 'Health',
    words: [
      'I want to walk to the shop without getting out of breath',
      'I want to go swimming on {day}s',
    ],
    indicator: {
      description: 'Minutes walked without stopping',
      measure: 'duration',
      unit: 'minutes',
      baseline: 5,
      target: 20,
      direction: 'increase',
    },
    examples: ['Walked to the corner shop and back', 'Swam two lengths on {day}'],
    responsibility: 'Walk with them and keep a note of the times',
  },
  {
    domain: 'Sleep',
    words: [
      'I want to choose when I go to bed',
      'I want to sleep through without waking up scared',
    ],
    indicator: {
      description: 'Nights slept through',
      measure: 'frequency',
      per: 'week',
      unit: 'nights',
      baseline: 2,
      target: 5,
      direction: 'increase',
    },
    examples: ['Went to bed when I wanted and read my book', 'Slept through four nights this week'],
    responsibility: 'Keep the evening quiet and follow the bedtime plan they wrote',
  },
  {
    domain: 'Home',
    words: ['I want to keep my room how I like it', 'I’d like to do my own washing on {day}s'],
    indicator: {
      description: 'Washes done with one prompt or none',
      measure: 'frequency',
      per: 'month',
      unit: 'washes',
      baseline: 0,
      target: 4,
      direction: 'increase',
    },
    examples: [
      'Put the washing on and hung it out myself',
      'Tidied my room before {relative} came',
    ],
    responsibility: 'Put picture steps on the machine',
  },
  {
    domain: 'Travel',
    words: [
      'I want to get the train to see the football',
      'I want to use my bus pass to go into town',
    ],
    indicator: {
      description: 'Journeys planned and made by the person',
      measure: 'count',
      unit: 'journeys',
      baseline: 0,
      target: 6,
      direction: 'increase',
    },
    examples: ['Bought my own ticket at the station', 'Used the bus pass into town and back'],
    responsibility: 'Plan the route with the travel app together',
  },
  {
    domain: 'Music',
    words: ['I want to learn to play the guitar', 'I’d like to sing at the {club} concert'],
    indicator: {
      description: 'How the person rates their playing (1–5)',
      measure: 'rating',
      baseline: 1,
      target: 4,
      direction: 'increase',
    },
    examples: ['Played three chords for {staff}', 'Practised every evening this week'],
    responsibility: 'Book lessons and make time to practise',
  },
  {
    domain: 'Pets',
    words: ['I want to look after a dog', 'I’d like to walk the neighbour’s dog on {day}s'],
    indicator: {
      description: 'Dog walks done',
      measure: 'frequency',
      per: 'week',
      unit: 'walks',
      baseline: 0,
      target: 3,
      direction: 'increase',
    },
    examples: ['Walked Bruno round the park', 'Fed the dog and filled the water bowl'],
    responsibility: 'Talk to the neighbour and the landlord',
  },
  {
    domain: 'Phone',
    words: ['I want to text my {relative} myself', 'I want to video call my {relative} on {day}s'],
    indicator: {
      description: 'Calls or texts sent without help',
      measure: 'frequency',
      per: 'week',
      unit: 'messages',
      baseline: 0,
      target: 5,
      direction: 'increase',
    },
    examples: ['Sent a photo to my {relative}', 'Rang my {relative} on my own'],
    responsibility: 'Set up favourites on the phone',
  },
  {
    domain: 'Calm',
    words: [
      'I want to stay calm when the house gets noisy',
      'I want to tell staff when I’m getting upset',
    ],
    indicator: {
      description: 'Times the person used their calm plan before getting distressed',
      measure: 'frequency',
      per: 'month',
      unit: 'times',
      baseline: 1,
      target: 6,
      direction: 'increase',
    },
    examples: ['Went to my room with headphones when it got loud', 'Showed {staff} my red card'],
    responsibility: 'Know the calm plan and give the quiet room when asked',
  },
  {
    domain: 'Holiday',
    words: [
      'I want to go to the seaside this summer',
      'I’d like to go on holiday with my {relative}',
    ],
    indicator: {
      description: 'Holiday booked and taken',
      measure: 'milestone',
      direction: 'achieve',
    },
    examples: ['Chose the caravan from the brochure', 'Saved for the holiday this month'],
    responsibility: 'Help save up and book it',
  },
  {
    domain: 'Medication',
    words: [
      'I want to take my tablets without being reminded',
      'I want to know what my tablets are for',
    ],
    indicator: {
      description: 'Reminders needed for morning tablets each week',
      measure: 'prompts',
      unit: 'reminders',
      baseline: 7,
      target: 1,
      direction: 'decrease',
    },
    examples: ['Took my tablets when the alarm went', 'Told the nurse what each tablet is for'],
    responsibility: 'Set up the dosette alarm and check the chart',
  },
];

/** Service-led aims, not the person's words: the weakness quality checks look for. */
export const GENERIC_OUTCOMES: readonly string[] = [
  'To increase independence',
  'Improve wellbeing',
  'To access the community',
  'Develop skills',
  'To be more confident',
  'Engage in meaningful activities',
  'Maintain independence',
  'Stay safe',
];

/** The kind of each activity in {@link ACTIVITIES}, by its words. */
export const ACTIVITY_KINDS: Readonly<Record<string, BuiltInActivityKind>> = {
  'Art group at the library': 'leisure',
  'Swimming at the leisure centre': 'sport',
  'Bowling with friends': 'social',
  'Coffee at the café on the high street': 'social',
  'Choir practice': 'leisure',
  'Volunteering at the charity shop': 'volunteering',
  'Football match': 'sport',
  'Cinema trip': 'leisure',
  'Walking group in the park': 'sport',
  Church: 'faith',
  'Shopping in town': 'social',
  'Gardening club at the allotment': 'leisure',
  'Disco night': 'social',
  'Visit to the market': 'social',
  'College class': 'education',
};

export const ACTIVITIES = [
  'Art group at the library',
  'Swimming at the leisure centre',
  'Bowling with friends',
  'Coffee at the café on the high street',
  'Choir practice',
  'Volunteering at the charity shop',
  'Football match',
  'Cinema trip',
  'Walking group in the park',
  'Church',
  'Shopping in town',
  'Gardening club at the allotment',
  'Disco night',
  'Visit to the market',
  'College class',
];

export const VIEWS = [
  'I like living here but the evenings are boring',
  'I want to go out more at weekends',
  'Staff keep changing and I don’t like it',
  'I’m happy, I like my room and my new job',
  'I want more say over my money',
  'I don’t like it when the house is noisy',
  'I liked going to the seaside, I want to go again',
  'I want to see my {relative} more',
  'Things are better since I started at the {club}',
  'I want to do more cooking',
];
export const IMPROVED = [
  'Goes to the {club} every week now',
  'Sleeping better',
  'Cooks tea on {day}s',
  'Sees their {relative} more often',
  'Fewer times feeling upset in the evenings',
];
export const DIFFICULT = [
  'Busy evenings in the house',
  'New staff not knowing the routine',
  'Buses on Sundays',
  'Money running out before the end of the month',
  'Missing my {relative}',
];
export const WANTS_TO_CHANGE = [
  'Have a say in who works with me',
  'Go out later at weekends',
  'Try a new club',
  'Change my bedtime',
  'Have my own key',
];
export const DECISIONS = [
  'Keep working on this outcome; it still matters to them',
  'Change the rota so the same staff support the evening routine',
  'Try a new approach for a month and check back',
  'Stop this outcome: they have chosen something else',
  'Ask the family to join the next review by phone',
];

/** "You said" words, with the action that answers them. */
export const FEEDBACK: readonly { readonly words: string; readonly action: string }[] = [
  {
    words: 'I want to choose when I go to bed',
    action: 'Move the evening rota so bedtime is their choice',
  },
  {
    words: 'The new staff don’t know how I like my tea',
    action: 'Add how they like their drinks to the one-page profile',
  },
  {
    words: 'I’d like to have my friends round on Saturdays',
    action: 'Agree Saturday visits with the house meeting',
  },
  {
    words: 'I want to go to the {club} but nobody can take me',
    action: 'Put support for the {club} on the weekly rota',
  },
  { words: 'I don’t like the new menu', action: 'Plan next month’s menu at the house meeting' },
  {
    words: 'I want my own key to the front door',
    action: 'Order a key and agree how it is kept safe',
  },
  { words: 'It’s too noisy at night', action: 'Talk to the neighbours and move the night checks' },
  {
    words: 'My {relative} says I should have more say over my money',
    action: 'Go through the money plan with them and their {relative}',
  },
  {
    words: 'I want to see {staff} more, they understand me',
    action: 'Match {staff} to their support on their key days',
  },
  {
    words: 'The bathroom light has been broken for two weeks',
    action: 'Report the light to the landlord and chase it',
  },
];

export const REVIEW_ACTIONS = [
  'Book a taster session at the {club}',
  'Update the support plan with the new routine',
  'Ask the GP for a medication review',
  'Arrange a visit to their {relative}',
  'Write the new bedtime plan with them',
  'Find a volunteer role at {place}',
];

export const DROPPED_REASON = [
  'They changed their mind',
  'Overtaken by the new plan',
  'The club closed',
];

/** Life events with realistic yearly rates per person, severities and summaries. */
export const EVENTS: readonly {
  readonly kind:
    | 'incident'
    | 'health_change'
    | 'medication_change'
    | 'behaviour_change'
    | 'family_contact_change'
    | 'hospital_admission_unplanned'
    | 'hospital_admission_planned'
    | 'safeguarding_concern'
    | 'complaint'
    | 'family_feedback'
    | 'new_personal_goal';
  readonly perYear: number;
  readonly severities: readonly ('low' | 'medium' | 'high' | 'critical')[];
  readonly summaries: readonly string[];
}[] = [
  {
    kind: 'incident',
    perYear: 1.2,
    severities: ['low', 'low', 'medium', 'medium', 'high'],
    summaries: [
      'Fell in the bathroom, no injury',
      'Shouted at a housemate during tea',
      'Left the house without saying where',
    ],
  },
  {
    kind: 'health_change',
    perYear: 0.5,
    severities: ['low', 'medium', 'medium', 'high'],
    summaries: [
      'Diagnosed with diabetes',
      'Losing weight over two months',
      'More seizures this month',
    ],
  },
  {
    kind: 'medication_change',
    perYear: 0.5,
    severities: ['low', 'medium'],
    summaries: ['New epilepsy medication; drowsy in the mornings', 'PRN stopped by the GP'],
  },
  {
    kind: 'behaviour_change',
    perYear: 0.3,
    severities: ['low', 'medium', 'high'],
    summaries: [
      'Withdrawn and staying in their room',
      'Upset most evenings since the rota changed',
    ],
  },
  {
    kind: 'family_contact_change',
    perYear: 0.15,
    severities: ['medium'],
    summaries: ['Mum moved away; visits now monthly', 'Back in touch with their brother'],
  },
  {
    kind: 'hospital_admission_unplanned',
    perYear: 0.2,
    severities: ['high', 'critical'],
    summaries: ['Admitted after a seizure', 'Admitted with a chest infection'],
  },
  {
    kind: 'hospital_admission_planned',
    perYear: 0.08,
    severities: ['medium'],
    summaries: ['Day surgery for a dental procedure', 'Planned admission for tests'],
  },
  {
    kind: 'safeguarding_concern',
    perYear: 0.08,
    severities: ['high', 'critical'],
    summaries: ['Money missing from their wallet', 'Disclosed being bullied at college'],
  },
  {
    kind: 'complaint',
    perYear: 0.12,
    severities: ['low', 'medium'],
    summaries: [
      'Family complained that a visit was cancelled',
      'Complained that staff were late for the swimming',
    ],
  },
  {
    kind: 'family_feedback',
    perYear: 0.25,
    severities: ['low'],
    summaries: [
      'Sister says they seem much happier',
      'Dad asked for more contact about appointments',
    ],
  },
  {
    kind: 'new_personal_goal',
    perYear: 0.2,
    severities: ['low'],
    summaries: ['Wants to learn to swim', 'Wants to find a girlfriend'],
  },
];

/**
 * Individual restriction templates: what is done, the risk and how likely and serious it is
 * (so that a well-run record is proportionate), the legal route it usually takes, the
 * decision a capacity assessment is about, the person's view, the alternatives, and for
 * reactive ones what happens before a use.
 */
export const RESTRICTIONS: readonly {
  readonly type:
    | 'physical'
    | 'mechanical'
    | 'chemical'
    | 'environmental'
    | 'surveillance'
    | 'psychological';
  readonly description: string;
  readonly risk: string;
  readonly toWhom: readonly ('person' | 'others' | 'staff' | 'public')[];
  readonly likelihood: 'possible' | 'likely' | 'almost-certain';
  readonly seriousness: 'moderate' | 'serious' | 'severe';
  /** How such a restriction is usually made lawful. */
  readonly basis: 'best-interests' | 'consent' | 'deprivation';
  /** The decision a capacity assessment for it is about. */
  readonly decision: string;
  readonly reactive: boolean;
  readonly view: string;
  readonly options: readonly string[];
  readonly antecedents: readonly string[];
  readonly medication?: {
    readonly name: string;
    readonly covert?: boolean;
    readonly prn?: boolean;
    readonly psychotropic?: boolean;
    readonly forBehaviour?: boolean;
  };
}[] = [
  {
    type: 'physical',
    description: 'Two-person hold (arm support) when they try to run into the road',
    risk: 'Being hit by traffic when very distressed',
    toWhom: ['person'],
    likelihood: 'likely',
    seriousness: 'severe',
    basis: 'best-interests',
    decision: 'being held when they run towards the road',
    reactive: true,
    view: 'I don’t like being held but I know the road is dangerous',
    options: ['Walk on the park side away from the road', 'Use the calm plan and wait'],
    antecedents: [
      'Bus was late and the route changed',
      'Loud noise from roadworks',
      'Told the shop was closed',
    ],
  },
  {
    type: 'chemical',
    description: 'PRN lorazepam when very distressed, as prescribed',
    risk: 'Harm to self when distress does not settle',
    toWhom: ['person'],
    likelihood: 'likely',
    seriousness: 'serious',
    basis: 'best-interests',
    decision: 'taking lorazepam when very distressed',
    reactive: true,
    view: 'The tablet makes me sleepy, I’d rather go for a walk',
    options: ['Sensory room and music first', 'A walk with a familiar member of staff'],
    antecedents: [
      'Argument with a housemate',
      'Visit from family cancelled',
      'Woke in the night frightened',
    ],
    medication: { name: 'Lorazepam 1 mg', prn: true, psychotropic: true, forBehaviour: true },
  },
  {
    type: 'chemical',
    description: 'Epilepsy medicine given hidden in yoghurt when the tablets are refused',
    risk: 'Seizures when doses are missed',
    toWhom: ['person'],
    likelihood: 'almost-certain',
    seriousness: 'severe',
    basis: 'best-interests',
    decision: 'taking or refusing their epilepsy medicine',
    reactive: false,
    view: 'The tablets taste horrible',
    options: [
      'Liquid medicine offered openly',
      'Tablets offered again later with a favourite drink',
    ],
    antecedents: [],
    medication: { name: 'Sodium valproate', covert: true },
  },
  {
    type: 'environmental',
    description: 'Kitchen knives kept in a locked drawer',
    risk: 'Cuts when using knives without support',
    toWhom: ['person'],
    likelihood: 'likely',
    seriousness: 'serious',
    basis: 'best-interests',
    decision: 'the kitchen knives being locked away',
    reactive: false,
    view: 'I want to use the knives when I cook',
    options: ['Safety knives left out', 'Knife skills sessions with staff'],
    antecedents: [],
  },
  {
    type: 'environmental',
    description: 'Front door locked with a keypad; goes out with staff every day',
    risk: 'Getting lost and coming to harm near the main road',
    toWhom: ['person'],
    likelihood: 'likely',
    seriousness: 'severe',
    basis: 'deprivation',
    decision: 'their care and residence arrangements, including the locked door',
    reactive: false,
    view: 'I want to go home. I like the walks.',
    options: ['Door alarm only', 'A GPS watch on walks'],
    antecedents: [],
  },
  {
    type: 'surveillance',
    description: 'Door sensor on the bedroom door at night',
    risk: 'Falls on the stairs at night',
    toWhom: ['person'],
    likelihood: 'possible',
    seriousness: 'serious',
    basis: 'consent',
    decision: 'the door sensor at night',
    reactive: false,
    view: 'It’s all right as long as staff knock',
    options: ['Night light and a handrail', 'A bedroom downstairs'],
    antecedents: [],
  },
  {
    type: 'mechanical',
    description: 'Lap belt on the wheelchair when travelling',
    risk: 'Sliding out of the wheelchair in the car',
    toWhom: ['person'],
    likelihood: 'likely',
    seriousness: 'serious',
    basis: 'consent',
    decision: 'the lap belt on the wheelchair',
    reactive: false,
    view: 'I feel safer with it on in the car',
    options: ['A different seat cushion', 'An occupational therapy review of the chair'],
    antecedents: [],
  },
  {
    type: 'psychological',
    description: 'Screen time limited after 11pm by agreement',
    risk: 'Not sleeping and missing work',
    toWhom: ['person'],
    likelihood: 'almost-certain',
    seriousness: 'moderate',
    basis: 'consent',
    decision: 'the screen time limit',
    reactive: false,
    view: 'I agreed it but I want it to be midnight at weekends',
    options: ['An alarm they set themselves', 'A later limit at weekends'],
    antecedents: [],
  },
];

/** Blanket restriction templates for a setting, with the individual plan that can replace each. */
export const BLANKETS: readonly {
  readonly description: string;
  readonly individual: string;
}[] = [
  {
    description: 'Kitchen locked at night for everyone',
    individual: 'Hob isolated at night for this person only; kitchen open to the others',
  },
  {
    description: 'Front door kept locked with a keypad',
    individual: 'Door alarm that tells staff when this person goes out; others have the code',
  },
  {
    description: 'Wi-Fi switched off at 11pm for the house',
    individual: 'Screen-time plan agreed with this person; Wi-Fi on for everyone else',
  },
  {
    description: 'Fixed bedtime of 10pm on weeknights',
    individual: 'Quiet-time plan for this person on work nights only',
  },
  {
    description: 'Sharp knives locked away for everyone',
    individual: 'Knives used with staff for this person; a knife block for the others',
  },
];

/**
 * Fills `{slot}`s in a template from the lists above. Pass the same `memo` for texts about
 * the same thing, so an outcome's words and its rating examples name the same club.
 */
export function fill(
  text: string,
  pick: <T>(items: readonly T[]) => T,
  memo: Record<string, string> = {},
): string {
  if (!text.includes('{')) return text;
  let parts = compiled.get(text);
  if (parts === undefined) {
    parts = text.split(/\{(\w+)\}/);
    compiled.set(text, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i] as string;
    let value = memo[slot];
    if (value === undefined) {
      value = pick(SLOTS[slot] ?? STAFF);
      memo[slot] = value;
    }
    out += value + (parts[i + 1] as string);
  }
  return out;
}

/** Templates split into text and slot names, alternately; the banks are fixed, so this stays small. */
const compiled = new Map<string, string[]>();

const SLOTS: Readonly<Record<string, readonly string[]>> = {
  day: DAYS,
  relative: RELATIVES,
  place: PLACES,
  club: CLUBS,
  meal: MEALS,
  staff: STAFF,
};
