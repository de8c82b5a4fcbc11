// The English vocabulary of the wording analyser: word classes, the words that carry no
// specific detail, and the words that do (places, activities, people, times). Lists are
// space-separated base forms; simple inflections (plurals, -s/-ed/-ing, comparatives, -ly,
// -ise/-ize) are generated, and irregular forms are given as `base:form,form`.
//
// Everything here is data. It is English only: the analyser says so and does not run on text
// in another language.

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/** Verbs that name a change or an effort without saying what will be different. */
export const CHANGE = words(`
  improve increase maximise promote maintain develop build gain boost enhance raise grow:grew,grown
  strengthen extend expand widen broaden achieve reach regain retain sustain keep:kept support
  encourage enable foster nurture empower facilitate ensure protect preserve reduce decrease lessen
  lower minimise manage address tackle overcome have:has,had,having learn:learnt work
  focus look:looked lead:led access engage participate involve integrate
  regulate restore rebuild better optimise establish explore identify want need prevent
  safeguard meet:met express experience cope discover rediscover find:found fulfil realise
  strive treat pursue flourish thrive
`);

/** Verbs of being or becoming that take a quality: "be more confident", "keep me safe". */
export const STATE = words(`
  be:am,is,are,was,were,been,being,m,re become:became,becoming feel:felt get:got,gotten,getting
  stay remain seem keep:kept grow:grew,grown cope live eat:ate
`);

/** Abstract nouns a generic aim is made of. */
export const ABSTRACT = words(`
  independence wellbeing confidence self-confidence self-esteem self-worth esteem quality-of-life
  health happiness safety security skill ability capability capacity engagement participation
  involvement inclusion integration interaction socialisation contact network relationship
  friendship choice control autonomy dignity respect privacy resilience recovery stability
  motivation mood emotion feeling anxiety stress distress isolation loneliness mobility strength
  fitness function functioning nutrition hydration hygiene communication strategy potential
  opportunity experience aspiration behaviour behavior aggression outburst incident risk
  presence routine structure purpose fulfilment fulfillment enjoyment satisfaction
  self-care self-management coping living lifestyle life:lives wellness welfare prospect
  development progress growth belonging acceptance voice empowerment self-determination
  self-advocacy decision-making understanding awareness knowledge competence competency
  self-belief self-image identity expression access self-reliance self-control self-respect
  sleep diet eating in-touch fall admission deterioration integrity continence fun transition
  change view wish need preference harm abuse neglect exploitation wellness resilience
  adjustment regulation hope happiness contentment peace comfort reassurance stimulation
  occupation pride self-expression self-awareness spirituality faith belonging connection
  dependence dependency reliance meaning purpose goal aim ambition dream worth value freedom
  flourishing fulfilment direction balance
`);

/** Qualities a generic aim asks for: "safe", "independent", "happy". */
export const QUALITY = words(`
  confident independent safe happy:happier,happiest,happily healthy:healthier,healthiest well
  better best good positive calm:calmer settled content relaxed secure comfortable motivated valued
  included involved empowered fulfilled active social sociable outgoing resilient stable
  organised self-reliant connected self-sufficient assertive hopeful optimistic listened
  fulfilled contented happy-go-lucky fit:fitter
  strong:stronger mobile in-control fulfilling meaningful purposeful
  anxious:anxiously lonely isolated stressed worried scared frightened upset low depressed bored
  frustrated angry withdrawn unhappy unwell vulnerable respected heard understood
  accepted loved cared-for normal ordinary full fuller rich:richer
`);

/** Qualities someone wants less of: negating them ("I don't want to feel lonely") is still an aim. */
export const NEGATIVE_QUALITY = words(`
  anxious lonely isolated stressed worried scared frightened upset low depressed bored frustrated
  angry withdrawn unhappy unwell vulnerable
`);

/** Words of degree: "more", "less", "as … as possible". */
export const DEGREE = words(`
  more less much lot lots bit little greater further even as so too really very fully totally
  increasingly slightly much better higher lower fewer most least extra
`);

/** Words that qualify an abstract noun without making it specific. */
export const MODIFIER = words(`
  more greater better improved increased good positive stable overall general emotional mental
  physical social personal own daily living independent independence life communication coping
  low full high higher new basic key core practical everyday meaningful purposeful local wider
  sense level feeling of quality wider long-term longer sustained continued challenging
  aggressive violent verbal sexualised self-injurious disruptive healthy happy safe positive
  number amount frequency hospital skin daily-living daily-life everyday-life daily-routine
  unplanned emergency avoidable
  appropriate suitable age-appropriate person-centred holistic wide range variety different
  community domestic self sensory emotional-regulation
`);

/** Care tasks a service delivers: "support with personal care". */
export const TASK = words(`
  personal-care washing wash dressing dress bathing bath showering shower continence toileting
  toilet meal-preparation meals meal medication medicine tablet meds shopping cleaning laundry
  housework hoisting hoist transfer eating drinking feeding catheter stoma dressings
  pressure-care skin-care oral-care hair-care grooming shaving cooking insulin injection
  cream eye-drops inhaler nebuliser stocking catheter-care repositioning
`);

/** Staff and service nouns. */
export const STAFF = words(`
  staff carer care-worker support-worker keyworker key-worker team worker nurse coordinator
  care-coordinator manager professional service provider agency we
`);

/** Nouns a service uses for the person. */
export const SERVICE_PERSON = words(`
  su service-user client resident patient individual customer tenant
`);

/**
 * Nouns an abstract noun can qualify ("mental health team", "wellbeing café"): then the
 * abstract noun is not the aim.
 */
export const HEAD_NOUN = words(`
  team service worker nurse coordinator plan course class session group club centre cafe café
  check assessment review meeting appointment clinic officer practitioner professional
`);

/** Words that measure something: "wellbeing rating", "level of confidence". */
export const MEASURE = words(
  `rating score scale level measure observation assessment questionnaire`,
);

/** Possessive and object pronouns, determiners and "own": the slot for whose aim it is. */
export const WHO = words(`
  my his her their your our its me him them you us the a an some this that these those own
  whose everyone everybody someone
`);

/** First-person words in the singular: the person speaking. */
export const FIRST_PERSON = words(`i me my mine myself`);

/** First-person plural: a couple or housemates speaking, or the service ("we will support"). */
export const WE = words(`we us our ours ourselves`);

/** Third-person pronouns. */
export const THIRD_PERSON = words(
  `he she him his her hers himself herself they them their theirs themselves`,
);

/** Prepositions that can sit between a change verb and its object. */
export const PREPOSITION = words(
  `with for on in of about after into at around within from towards toward through`,
);

/** Words that negate what follows. */
export const NEGATOR = words(`not never no`);

/** Titles before a surname. */
export const TITLE = words(`mr mrs ms miss mx dr`);

/** Verbs that follow a name or pronoun when someone else describes the person. */
export const PERSON_VERB = words(`
  want would will wish hope like:liked enjoy love need prefer say:said,says feel aim intend plan
  should must can could may might has had is to tell:told ask:asked
`);

/**
 * Verbs of the service's register at the start of an aim ("Encourage Tom to…", "Maintain her
 * independence"). The person, in plain words, says "go", "see", "cook".
 */
export const STAFF_VERB = words(`
  encourage support prompt assist enable ensure monitor promote facilitate provide offer remind
  supervise redirect reassure escort administer observe record maximise maintain increase improve
  reduce minimise develop enhance manage comply engage access attend participate gain achieve
  sustain regain widen broaden build empower foster nurture establish explore identify
  optimise strengthen boost deliver complete undertake continue receive accept tolerate adhere
  cooperate co-operate follow regulate integrate implement review remain prevent safeguard
  protect express experience strive
`);

/** Past participles of a passive directive: "to be encouraged", "will be prompted". */
export const DIRECTED = words(`
  encouraged prompted supported assisted helped reminded enabled offered given taken escorted
  supervised monitored observed redirected reassured provided kept allowed shown taught accompanied
  facilitated empowered involved transported driven collected seen visited checked hoisted
  treated washed dressed bathed showered fed turned repositioned
`);

/** Verbs a person uses in plain words, including easy-read aims with no pronoun. */
export const PLAIN_VERB = words(`
  go:went,gone,goes,going see:saw,seen visit cook bake make:made do:did,done,does,doing get:got
  play paint draw sing:sang dance walk swim:swam,swimming ride:rode,riding run:ran,running
  phone ring:rang call text email watch read write:wrote,written buy:bought pay:paid choose:chose
  wear:wore eat:ate drink:drank sleep:slept wash brush shower bath dress try learn help take:took
  have:has,had join meet:met find:found use work volunteer travel:travelled,travelling
  catch:caught pray listen shop clean tidy iron hoover garden feed:fed look sit:sat stand:stood
  stay spend:spent move keep:kept start stop:stopped,stopping carry open lock cross plan save
  book order bring:brought give:gave,given tell:told show send:sent invite decorate grow:grew
  fix mend build:built study pass drive:drove,driving cycle fish knit sew chat talk laugh relax
  rest enjoy celebrate
`);

/** Everyday words that carry no specific detail: function words, light verbs, vague nouns. */
export const VAGUE = words(`
  a an the this that these those some any all every each no not never none nothing something
  anything everything i me my mine myself you your yours yourself he him his himself she her hers
  herself it its itself we us our ours ourselves they them their theirs themselves who whom whose
  which what when where why how whether if so than then there here as at by for from in into of
  off on onto out over to up upon with within without about above after against along among around
  before behind below beside between beyond down during except inside near outside past since
  through throughout till toward towards under until via and or but nor yet also too very really
  quite just only even still already again ever more most less least much many few fewer lot lots
  bit little enough such same other another else both either neither per etc be am is are was were
  been being do does did done doing have has had having will would shall should can could may
  might must need want like love wish hope get go make take come:came give put let say tell know:knew
  think:thought seem look see try use help start continue able unable possible likely important
  matter mean plan aim goal outcome target objective staff carer care support assistance service
  user client resident patient individual person people team planning review assessment risk level
  area time way thing day-to-day everyday activity community home house society environment setting
  place situation opportunity experience relationship network friend other everyone someone
  somebody anyone life living live world future strength part role all-time best possible well
  properly appropriately regularly often sometimes always usually frequently
  occasionally generally overall general positive negative good bad great new different various
  range variety number amount lot kind sort type aspect element areas local wider whole full
  meaningful purposeful ordinary normal fulfilling enjoyable good-quality high-quality person-centred
  holistic appropriate suitable necessary relevant current ongoing existing continued consistent
  specific identified agreed required needed desired chosen preferred own alone together others
  family fall social sense feeling through
  encourage enable ensure promote facilitate provide offer monitor assist prompt remind maintain
  maximise improve increase reduce develop enhance manage sustain achieve gain build access engage
  participate attend continue receive deliver complete choice control wellbeing independence
  confidence would like wish will shall intend aim hope
  yes okay ok please thank thanks keen interested happen stuff loads bits everybody mostly
  almost nearly least usually lately soon now currently anymore any-more sometime someday
  change difference problem issue reason matter question answer idea chance choice decision
  task daily-living daily-life everyday-life daily-routine daily-task daily-activity
  achieve achievement ambition aspire attain attempt balance benefit boundary circumstance
  commitment concern connect consistency create crisis culture deal decide depend desire
  direction dream ease effect effective effort empathy energy equal equality expectation extent
  fair fairness flourish freedom guidance habit harmony impact influence input insight inspire
  interest journey joy kindness limit listen meaning mind mindset normality option passion path
  perspective pleasure power practice priority pursue realise recognise reflect relate rely
  responsibility right space standard status step strive succeed success talent thrive treat
  trust unlock value version whole worth towards wherever whenever however whatever whoever
  level-best best-interest
  support-plan care-plan plan as-possible note maybe perhaps probably definitely mix mingle
  inappropriate risky unsafe eliminate modify compliance compliant adherence concordance
  concordant reinforce reward apply reposition shift intervention package
  personal-care hygiene nutrition hydration mobility continence week day month year
`);

/** Places: a specific detail of where. */
export const PLACE = words(`
  pub shop supermarket cafe café library park gym pool leisure-centre college school university
  church mosque temple gurdwara synagogue chapel cinema theatre bowling beach seaside town city
  centre market station stop gp doctor dentist hospital surgery chemist pharmacy bank post-office
  hairdresser barber allotment garden kitchen bathroom bedroom room flat bungalow day-centre club
  group stadium ground restaurant takeaway zoo farm caravan airport train bus taxi car bike
  coach tram boat office job work workplace job-centre jobcentre museum gallery village
  street road field woods forest lake river canal seafront promenade arcade shops high-street
  fair festival concert match gig disco karaoke bingo lunch-club
`);

/** Activities and things a person does or uses: a specific detail of what. */
export const ACTIVITY = words(`
  swimming swim cooking cook baking bake painting paint drawing draw singing sing dancing dance
  football cricket rugby tennis darts snooker pool golf bowls dominoes chess cards bingo quiz
  guitar piano drum music film films movie tv television radio game games gaming xbox playstation
  minecraft lego walk walking running jog jogging cycling bike riding horse gardening knitting
  sewing fishing reading book books crossword puzzle jigsaw writing photography shopping laundry
  washing ironing hoovering tidying cleaning breakfast lunch dinner tea supper meal sandwich toast
  pizza curry pasta cake drink coffee cup kettle microwave toaster oven cooker hob washing-machine
  food snack chips chocolate
  phone tablet ipad computer laptop email text letter money card cash bus-pass ticket bills rent
  budget medication tablets bath shower hair teeth clothes ironing bed dog cat fish pet bird
  birds flowers plants holiday trip day-trip outing visit party birthday wedding christmas eid
  diwali prayer prayers bible quran choir church-service volunteering course class lesson lessons
  exam interview placement training apprenticeship job-interview cv application football-match
  smoking cigarettes alcohol diet weight exercise yoga pilates zumba boxing martial-arts karate
  climbing camping sailing kayaking skating gig concert show pantomime panto theatre art crafts
  woodwork pottery baking-club drama comedy magazine newspaper paper news
`);

/** People in the person's life: a specific detail of who. */
export const RELATION = words(`
  mum mom mother mam mummy dad father daddy nan nana nanna gran granny grandma grandmother grandad
  granddad grandpa grandfather grandparent grandchild grandchildren grandson granddaughter sister
  brother sibling son daughter child children baby aunt aunty auntie uncle cousin niece nephew
  husband wife partner boyfriend girlfriend fiance fiancee neighbour neighbor housemate flatmate
  friend bestfriend penpal godmother godfather stepmum stepdad parent parents family
  carer-friend vicar imam priest rabbi teacher tutor boss colleague
`);

/** Words of time: a specific detail of when. */
export const TIME = words(`
  monday tuesday wednesday thursday friday saturday sunday weekday weekend morning afternoon
  evening night tonight today tomorrow bedtime lunchtime teatime dinnertime breakfast-time
  january february march april may june july august september october november december
  spring summer autumn winter christmas easter eid diwali ramadan birthday anniversary o'clock am
  pm noon midday midnight
`);

/** Periods: a detail of how often only after "every", "a", "once", a number ("twice a week"). */
export const PERIOD = words(`day week month year fortnight hour minute night morning evening`);

/** Words of how often: a specific detail of frequency. */
export const FREQUENCY = words(
  `daily weekly fortnightly monthly nightly yearly annually twice once thrice`,
);

/** Number words: a specific detail of how many. */
export const NUMBER = words(`
  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
  hundred half quarter couple dozen first second third
`);

/** Compound expressions read as one word, written with a hyphen in the lists above. */
export const COMPOUNDS: readonly (readonly string[])[] = [
  ['well', 'being'],
  ['decision', 'making'],
  ['quality', 'of', 'life'],
  ['service', 'user'],
  ['service', 'users'],
  ['support', 'worker'],
  ['support', 'workers'],
  ['care', 'worker'],
  ['care', 'workers'],
  ['key', 'worker'],
  ['care', 'coordinator'],
  ['care', 'co', 'ordinator'],
  ['personal', 'care'],
  ['meal', 'preparation'],
  ['day', 'centre'],
  ['day', 'center'],
  ['leisure', 'centre'],
  ['job', 'centre'],
  ['post', 'office'],
  ['lunch', 'club'],
  ['high', 'street'],
  ['washing', 'machine'],
  ['bus', 'pass'],
  ['in', 'control'],
  ['pressure', 'care'],
  ['skin', 'care'],
  ['oral', 'care'],
  ['care', 'call'],
  ['care', 'calls'],
  ['welfare', 'check'],
  ['welfare', 'checks'],
  ['double', 'up'],
  ['co', 'operate'],
  ['person', 'centred'],
  ['day', 'to', 'day'],
  ['emotional', 'regulation'],
  ['cared', 'for'],
  ['in', 'touch'],
  ['daily', 'living'],
  ['daily', 'life'],
  ['everyday', 'life'],
  ['daily', 'routine'],
  ['daily', 'task'],
  ['daily', 'activity'],
  ['eye', 'drops'],
  ['as', 'possible'],
];

/** Words written without their apostrophe, or shortened, that stand for two words. */
export const CONTRACTED: ReadonlyMap<string, readonly string[]> = new Map([
  ["can't", ['can', 'not']],
  ['cant', ['can', 'not']],
  ["won't", ['will', 'not']],
  ['wont', ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["ain't", ['is', 'not']],
  ['dont', ['do', 'not']],
  ['doesnt', ['does', 'not']],
  ['didnt', ['did', 'not']],
  ['isnt', ['is', 'not']],
  ['arent', ['are', 'not']],
  ['wasnt', ['was', 'not']],
  ['im', ['i', 'am']],
  ['ive', ['i', 'have']],
  ["let's", ['let', 'us']],
]);

/** Irregular or unguessable forms not covered by `base:form` entries. */
export const IRREGULAR: Readonly<Record<string, string>> = {
  'well-being': 'wellbeing',
  'well-beings': 'wellbeing',
  better: 'better',
  best: 'best',
  children: 'child',
  grandchildren: 'grandchild',
  people: 'people',
  lives: 'life',
  activities: 'activity',
  opportunities: 'opportunity',
  abilities: 'ability',
  capabilities: 'capability',
  strategies: 'strategy',
  friendships: 'friendship',
  im: 'i',
  id: 'i',
  ive: 'i',
  behaviours: 'behaviour',
  behaviors: 'behaviour',
  behavior: 'behaviour',
  neighbor: 'neighbour',
  center: 'centre',
  socialize: 'socialise',
  socializing: 'socialise',
  socialized: 'socialise',
  socialising: 'socialise',
  socialised: 'socialise',
  socialise: 'socialise',
};
