// Word lists for the figures extractor: what a number's neighbours say about what it counts.
// Phrases are lists of lower-case words as the tokenizer produces them ("lost their lives").
import type { Measure, Qualifier } from '../../schema/document.ts';
import { AUXILIARY_VERBS, PERSONAL_PRONOUNS, UNITS } from '../text/lexicon.ts';

export type Phrase = readonly string[];
export type ImpactMeasure = Exclude<Measure, 'other'>;

const words = (s: string): Phrase[] => s.split('|').map((p) => p.trim().split(/\s+/));

// Medical care rather than a wound, as a right cue (CARE_CUES below adds the predicate-only "admitted").
const CARE =
  'hospitalised|hospitalized|in hospital|treated for|treated|' +
  'in critical condition|in a critical condition|in serious condition|in a serious condition|in intensive care|' +
  'required intensive care|needed intensive care|in stable condition|in a stable condition|' +
  'taken to hospital|taken to a hospital|taken to the hospital|taken to hospitals|rushed to hospital|rushed to a hospital|' +
  'rushed to the hospital|admitted to hospital|admitted to a hospital|admitted to the hospital|admitted to hospitals|' +
  'attended hospital|attended hospitals|went to hospital|sought treatment|sought medical treatment|' +
  'sent to hospital|sent to hospitals|sent to a hospital|sent to the hospital|sent to health facilities|' +
  'hospitalisation|hospitalisations|hospitalization|hospitalizations|hospital admissions|' +
  'undergo surgery|undergo treatment|receive treatment|receive medical treatment|receive medical care|' +
  'receive hospital treatment|receive hospital care|receive medical attention|need hospital treatment|need medical attention|' +
  'require hospital treatment|require medical attention|seek medical attention|sought medical attention|' +
  'take medical care|get treatment|under treatment';

/** Hedges written before a number, longest first so "no fewer than" wins over "fewer than". */
export const QUALIFIERS: ReadonlyArray<[Phrase, Qualifier]> = (
  [
    ['no fewer than|no less than|a minimum of|at least|at the very least', 'at least'],
    ['more than|upwards of|in excess of', 'more than'],
    ['well over|just over|over', 'over'],
    ['up to|as many as|as much as|at most|a maximum of|no more than|not more than', 'up to'],
    ['fewer than|less than|just under|under|below', 'fewer than'],
    ['nearly|almost|close to|nigh on|just shy of|approaching', 'nearly'],
    ['about|around|some|roughly|approximately|approx|an estimated|estimated|circa|an approximate|a reported', 'about'],
  ] as const
)
  .flatMap(([list, q]) => words(list).map((p): [Phrase, Qualifier] => [p, q]))
  .sort((a, b) => b[0].length - a[0].length);

/** Words between a hedge and its number that change nothing: "at least another 16", "a total of 58". */
export const FILLERS: readonly Phrase[] = words('another|a further|an additional|additional|a total of|a combined|the|all|a|some of the');

/**
 * Words after a number (or after its noun) that say what it counts: nouns, adjectives and phrases. A word
 * matches by its form or its lemma ("lose their life" matches "lost their lives"); verbs are read by lemma
 * from DONE_TO and UNDERGONE. Passive and adjectival forms only: an active verb after a number ("three
 * gunmen killed …") makes the number the agent.
 */
export const RIGHT_CUES: ReadonlyArray<[Phrase, Measure]> = (
  [
    [
      'dead|dying|death|deaths|death toll|bodies|body|corpses|fatalities|fatality|' +
        'lost their lives|lose their life|lost his life|lost her life|lives|passed away|fatal injuries|fatal injury|fatally injured|' +
        'casualties|shot dead|lifeless|deceased|burned to death|burnt to death|crushed to death|were lost|of the victims|of the deceased|' +
        'among the dead|among the victims|among the deceased|among those killed|among those who died|among the fatalities|' +
        // People laid in a grave are the dead: "put 40 people in a mass grave", "60 were buried in common graves".
        'in a grave|in graves|in a mass grave|in mass graves|in a common grave|in common graves|buried in a grave|buried in graves|' +
        'buried in a mass grave|buried in mass graves|buried in a common grave|buried in common graves',
      'killed',
    ],
    ['injuries|injury|wounds|among the injured|among the wounded|among those injured|among those wounded|' + CARE, 'injured'],
    [
      'missing|among the missing|unaccounted for|unaccounted|yet to be accounted for|not been accounted for|not accounted for|' +
        'not yet been accounted for|not yet accounted for|buried under|buried beneath|buried in the rubble|buried by|' +
        'not been found|not yet been found|yet to be found|not been located|not been traced|yet to be traced|yet to be located|' +
        'feared buried|feared trapped|swept away|washed away|' +
        'whose fate is unknown|whose fate remains unknown|whose fate is unclear|whose fate is not known|' +
        'whose whereabouts are unknown|whose whereabouts remain unknown|fate unknown|whereabouts unknown',
      'missing',
    ],
    [
      'displacement|homeless|rendered homeless|seek refuge|sought refuge|seeking refuge|taken refuge|took refuge|' +
        'seek shelter|sought shelter|sheltering|refugees|lost their homes|forced from their homes|driven from their homes|' +
        'flee their homes|flee their villages|flee the fighting|flee the violence|' +
        'internally displaced|in shelters|in tents|relief camps|displacement camps|temporary shelters|in the camps|in camps|' +
        'refugee camps|in refugee camps|from their homes|from their villages|without a home|without homes|without shelter|' +
        'without a roof|without a place to call home|without a place to live|without a place to stay|' +
        'left the country|left their country|left the nation|left their homeland|fled the country',
      'displaced',
    ],
    ['arrests|detention|detainees|in custody|into custody|rounded up', 'detained'],
    ['hostage|hostages|captive|captives|captivity|taken captive|held captive|still being held|still held', 'hostages'],
    [
      'evacuation|evacuations|evacuees|evacuation centres|evacuation centers|evacuation centre|evacuation center|' +
        'advised to evacuate|ordered to evacuate|told to evacuate|forced to evacuate|to relocate|relocated|' +
        'pulled out alive|pulled alive|pulled from the rubble alive|located alive|found alive|brought out alive|' +
        'rescued unharmed|made it out|got out alive|get out of|managed to come out|came out alive|come out alive|' +
        'managed to escape|managed to get out|' +
        // Those who came out alive, as blind annotators of three rounds counted them (a harm said of them
        // later, "survivors … were rushed to hospital", still wins: right-cues.ts).
        'survivors|survived|survive',
      'evacuated',
    ],
    [
      'infections|infection|cases|ill|sick|fell ill|tested positive|contracted|became infected|become infected|living with hiv|' +
        // Conditions of health: "2 billion people are overweight or obese", "suffering from diabetes".
        'overweight|obese|undernourished|stunted|infected|suffering from|suffer from|suffered from|diagnosed with|' +
        'without power|without electricity|without water|lost power|lost electricity|lose power|losing power|in need of|need aid|need assistance|need help|in need|' +
        // Cut off by water or by a closed road: "1.2 million families stranded".
        'stranded|marooned|' +
        // Under a warning of the hazard: "90 million people are under heat advisories".
        'under heat advisories|under heat alerts|under heat warnings|under a heat advisory|under flood warnings|' +
        'hungry|malnourished|starving|food insecure|facing hunger|face hunger|faced hunger|facing starvation|face starvation|facing famine|face famine|in danger|at risk',
      'affected',
    ],
    // People on board or accounted for are neither moved away nor harmed.
    ['on board|aboard|accounted for|passengers|contacts', 'other'],
  ] as const
)
  .flatMap(([list, m]) => words(list).map((p): [Phrase, Measure] => [p, m]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Participles that say what happened to a number only after an auxiliary ("had been moved", "remain
 * admitted"): right after the number they mean something else ("two officials admitted…").
 */
export const PREDICATE_ONLY_CUES: ReadonlyMap<string, Measure> = new Map<string, Measure>([
  ['moved', 'evacuated'],
  ['shifted', 'evacuated'],
  ['admitted', 'injured'],
]);

/**
 * Cues that say someone is in medical care rather than how they were hurt: in an epidemic report, such
 * "injured" people are the sick.
 */
export const CARE_CUES: ReadonlySet<string> = new Set([...CARE.split('|'), 'admitted']);

/**
 * Verbs by lemma that say what was done to the people they govern: the object of an active form
 * ("rescued 50", "killing 12", "lost 27 campers") or the subject of a passive one ("50 were rescued",
 * "12 killed in the blast"); an active subject is the agent ("three gunmen killed…"). One entry covers
 * every form (the linguistic layer gives the lemma). A weak verb gives way to a measure the counted noun
 * carries itself ("freed 12 hostages"), and is read only before people ("lost 300 homes" is damage).
 */
export const DONE_TO: ReadonlyMap<string, readonly [ImpactMeasure, 'strong' | 'weak']> = new Map(
  (
    [
      ['kill|massacre|murder|execute|slay|slaughter|butcher|assassinate|behead|lynch|neutralise|neutralize|martyr', 'killed', 'strong'],
      ['lose', 'killed', 'weak'],
      ['injure|wound|hurt|maim|hospitalise|hospitalize', 'injured', 'strong'],
      ['treat|discharge', 'injured', 'weak'],
      // "burying at least 23 miners": those buried by a collapse are missing until found; weak, so the dead
      // buried by mourners stay the dead ("buried 40 bodies", "buried in a mass grave").
      ['trap', 'missing', 'strong'],
      ['bury', 'missing', 'weak'],
      ['displace|uproot|evict', 'displaced', 'strong'],
      ['arrest|detain|jail|imprison|apprehend|incarcerate', 'detained', 'strong'],
      ['abduct|kidnap', 'hostages', 'strong'],
      ['seize', 'hostages', 'weak'],
      ['evacuate|relocate|airlift|rescue|pluck', 'evacuated', 'strong'],
      ['free|release|pull', 'evacuated', 'weak'],
      ['infect|sicken|affect|poison|strand|maroon', 'affected', 'strong'],
    ] as const
  ).flatMap(([list, m, s]) => list.split('|').map((lemma): [string, readonly [ImpactMeasure, 'strong' | 'weak']] => [lemma, [m, s]])),
);

/** Verbs by lemma that say what happened to their subject, in any form: "12 drowned", "3,000 fled", "two are dying". */
export const UNDERGONE: ReadonlyMap<string, ImpactMeasure> = new Map(
  (
    [
      ['die|drown|perish|succumb', 'killed'],
      ['flee', 'displaced'],
      ['disappear|vanish', 'missing'],
    ] as const
  ).flatMap(([list, m]) => list.split('|').map((lemma): [string, ImpactMeasure] => [lemma, m])),
);

/**
 * People who do harm: counted near a verb of harm they are its agents, not its victims ("gunmen numbering
 * about 20 stormed the village, killing 18"); only a predicate said of them makes them victims ("20
 * attackers were killed").
 */
export const ATTACKER_NOUNS = new Set(
  'gunmen|gunman|attackers|attacker|assailants|assailant|bandits|terrorists|shooters|raiders|kidnappers|abductors|perpetrators|hijackers|bombers|looters|rioters'.split(
    '|',
  ),
);

/**
 * Phrases (and nouns + "of") right before a number that say what it counts: "the deaths of ten", "claimed
 * the lives of 12"; a word matches by form or lemma. Single verbs ("killing 12", "rescue about 50") are
 * read by lemma from DONE_TO.
 */
export const LEFT_CUES: ReadonlyArray<[Phrase, Measure, 'strong' | 'weak']> = (
  [
    [
      'claim the life of|claimed the lives of|take the life of|took the lives of|death of|deaths of|killing of|killings of|' +
        'lives of|life of|bodies of|body of|corpses of|corpse of|remains of|massacre of|murder of|execution of|claim|claimed|claiming|' +
        'martyrdom of|burial of|burials of|funeral of|funerals of',
      'killed',
      'strong',
    ],
    ['injuries to', 'injured', 'strong'],
    ['displacement of', 'displaced', 'strong'],
    ['arrest of|arrests of|detention of|rounded up|round up', 'detained', 'strong'],
    [
      'abduction of|kidnapping of|took hostage|take hostage|taking hostage|taken hostage|held hostage|holding hostage',
      'hostages',
      'strong',
    ],
    ['evacuation of|rescue of', 'evacuated', 'strong'],
    ['release of', 'evacuated', 'weak'],
    [
      'knocked out power to|cut power to|cut off power to|power outages for|restoring power to|restore power to|restored power to|' +
        // "Power connection to more than 5 million households have been snapped", "Power was restored to 5,828 homes".
        'power connection to|power connections to|power supply to|electricity supply to|electricity to|power was restored to|power restored to',
      'affected',
      'strong',
    ],
    ['save|saved|saving|capacity of|capacity for|a capacity of', 'other', 'strong'],
  ] as const
)
  .flatMap(([list, m, s]) => words(list).map((p): [Phrase, Measure, 'strong' | 'weak'] => [p, m, s]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * "The fate of another 35 residents is unknown": people whose fate or whereabouts the sentence then says
 * nobody knows are missing (figures/left-cues.ts). Without that ("decide the fate of 300 jobs") nothing.
 */
export const FATE_WORDS = ['fate', 'whereabouts'];
export const UNKNOWN_WORDS = ['unknown', 'unclear', 'not known', 'not yet known', 'uncertain', 'still unknown'];

/**
 * Forms of "search" that make the people searched for missing: "the search for 40 fishermen", "a search is
 * underway for the remaining 12 passengers" (figures/left-cues.ts reads them before "for").
 */
export const SEARCH_WORDS: ReadonlySet<string> = new Set(['search', 'searches', 'searched', 'searching']);

/** Words before a number that carry a tally: "the death toll rose to 375", "the number of injured stood at 40". */
export const TALLY_CUES: ReadonlyArray<[Phrase, ImpactMeasure]> = (
  [
    [
      'toll|death toll|dead|deaths|killed|those killed|fatalities|casualties|fatality count|body count|number of dead|number of deaths|' +
        'number of people who died|number of people who have died|number of people killed|number of those killed|' +
        'number of people who were killed|number of people who have been killed|number of victims|number of bodies',
      'killed',
    ],
    ['injured|wounded|injuries|number of injured|number of wounded', 'injured'],
    ['missing|number of missing', 'missing'],
    ['displaced|number of displaced|number of refugees', 'displaced'],
    ['arrests|detainees|number of arrests', 'detained'],
    ['hostages|kidnapped|abducted|number of hostages', 'hostages'],
    ['evacuees|evacuated|evacuations|number of evacuees|number of evacuations', 'evacuated'],
    ['cases|infections|caseload|case count|number of cases|number of infections', 'affected'],
  ] as const
)
  .flatMap(([list, m]) => words(list).map((p): [Phrase, ImpactMeasure] => [p, m]))
  .sort((a, b) => b[0].length - a[0].length);

/** Verbs of counting between a noun and its number: "gunmen numbering about 20", "a crowd totalling 5,000". */
export const COUNT_VERBS = new Set(['numbering', 'numbered', 'number', 'totalling', 'totaling', 'totalled', 'totaled']);

/**
 * Words before "to" that make it no link of a tally but set a second group beside the first: "60 patients
 * wounded, in addition to 10 who were dead", "injured 40, compared to 12 last year".
 */
export const BESIDE_TO = new Set(['addition', 'compared', 'contrast', 'opposed', 'relative']);

/** The word right before a tallied number: "rose to", "stood at", "reached", "is", ":" … */
export const TALLY_LINKS = new Set([
  'to',
  'at',
  'reached',
  'hit',
  'passed',
  'surpassed',
  'topped',
  'exceeded',
  'crossed',
  'is',
  'was',
  'are',
  'were',
  'be', // "could be", "should not be more than"
  'stands',
  'stood',
  'now',
  'totalled',
  'totaled',
  'numbered',
  'included',
  'include',
  'includes',
  'rose',
  'climbed',
  'jumped',
  'reaching',
  'hitting',
  'nearing',
  'approaching',
  'neared',
  ':',
  '–',
  '—',
  'of',
  'past',
  'above',
  'beyond',
  'as',
  'reach',
  'hit',
  'pass',
  'surpass',
  'top',
  'exceed',
  'cross',
  'rise',
  'climb',
  'jump',
  'near',
  'approach',
  'total',
  'number',
  'stand',
]);

/** Damage done to things: what makes "45 houses" a figure. */
export const DAMAGE_WORDS = new Set([
  'destroyed',
  'destroying',
  'destroy',
  'destruction',
  'damaged',
  'damaging',
  'damage',
  'burned',
  'burnt',
  'burning',
  'torched',
  'fire',
  'ablaze',
  'flattened',
  'razed',
  'levelled',
  'leveled',
  'flooded',
  'submerged',
  'swept',
  'washed',
  'demolished',
  'collapsed',
  'hit',
  'struck',
  'rocketed',
  'shelled',
  'bombed',
  'looted',
  'gutted',
  'wrecked',
  'ruined',
  'inundated',
  'affected',
  'lost',
  'buried',
  'sweeping',
  'washing',
  'burying',
  'flattening',
  'razing',
  'gutting',
  'torching',
  'submerging',
  'levelling',
  'leveling',
  'engulfing',
  'wrecking',
  'ruining',
  'demolishing',
  'collapsing',
  'shattered',
  'scorched',
  'charred',
  'consumed',
  'engulfed',
  'blackened',
  'uninhabitable',
  'torn',
  'blown',
  'cut',
  'sank',
  'sunk',
  'capsized',
  'crashed',
  'overturned',
]);

/**
 * People counted by the office they hold: "just eight MPs", "lost 26 lawmakers". A party or a chamber that
 * loses them loses seats, not lives, so a weak verb of harm ("lose") says nothing of them (analyse.ts).
 */
export const OFFICE_HOLDERS = new Set(
  'mps|meps|mlas|mpps|tds|lawmakers|legislators|parliamentarians|senators|congressmen|congresswomen|councillors|councilors|deputies|representatives|delegates|ministers|mayors|governors'.split(
    '|',
  ),
);

/** People a figure can count. Singular forms are for "one person" style counts. */
export const PERSON_NOUNS = new Set(
  (
    'people|persons|person|civilians|civilian|children|child|kids|schoolchildren|schoolgirls|schoolboys|toddlers|' +
    'women|woman|men|man|adults|babies|baby|infants|minors|girls|boys|' +
    'residents|villagers|inhabitants|locals|passengers|passenger|travellers|travelers|traveller|traveler|tourists|visitors|crew|' +
    'staff|staffers|workers|employees|personnel|members|soldiers|soldier|troops|servicemen|fighters|militants|rebels|insurgents|' +
    'combatants|officers|policemen|police|students|pupils|patients|migrants|refugees|victims|victim|survivors|pilgrims|' +
    'worshippers|worshipers|miners|farmers|fishermen|journalists|reporters|doctors|nurses|medics|paramedics|volunteers|' +
    'protesters|protestors|demonstrators|prisoners|detainees|inmates|hostages|hostage|captives|families|households|individuals|' +
    'nationals|citizens|foreigners|contacts|cases|evacuees|guards|teachers|officials|sources|witnesses|bodies|' +
    'others|americans|palestinians|israelis|gazans|residents|peacekeepers|firefighters|rescuers|responders|teenagers|' +
    'youths|elderly|pensioners|shoppers|spectators|fans|climbers|hikers|divers|swimmers|sailors|seafarers|pilots|' +
    'labourers|laborers|peasants|herders|' +
    [...OFFICE_HOLDERS].join('|')
  )
    .split('|')
    .filter(Boolean),
);

/**
 * People counted as sources of the news: only figures when something happened to them ("two officials were
 * killed"), not "two officials said". Responders are counted ("6,000 doctors", "24,000 volunteers"), as blind
 * annotators of two rounds counted them.
 */
export const SOURCE_NOUNS = new Set('officials|sources|witnesses|journalists|reporters|experts|analysts|diplomats'.split('|'));

/**
 * What is said of the responders' means (ships, aircraft, vehicles): "19 ships are involved in the search",
 * "40 ambulances were deployed". Like the rescuers themselves, such counts are no figures of the event.
 * DEPLOYED_WORDS say it alone; JOINING_WORDS with a search or rescue after them ("taking part in the rescue").
 */
export const DEPLOYED_WORDS = ['deployed', 'dispatched', 'mobilised', 'mobilized'];
export const JOINING_WORDS = [
  'involved in',
  'taking part in',
  'took part in',
  'take part in',
  'joined',
  'joining',
  'engaged in',
  'assisting',
];
/**
 * Verbs of sending the responders' means ahead of them: "the state rushed four units of its disaster force
 * and 60 ambulances". What is sent to help is no figure of the event, whatever follows the count.
 */
// ("sent" is left out: donors send doses and money, which are figures.)
export const SENT_WORDS = ['rushed', 'deployed', 'dispatched', 'mobilised', 'mobilized', 'pressed into service'];
/** A purpose that makes a count of means the responders' own: "60 ambulances for relief and rescue work". */
export const RELIEF_PURPOSES = ['relief', 'rescue', 'search', 'evacuation', 'recovery'];
export const SEARCH_EFFORTS = [
  'search',
  'searches',
  'rescue',
  'rescue operation',
  'rescue operations',
  'operation',
  'operations',
  'effort',
];

/** Things whose loss is an impact figure when the text says they were damaged. */
export const PROPERTY_NOUNS = new Set(
  (
    'houses|house|homes|home|buildings|building|structures|dwellings|apartments|flats|shelters|tents|vehicles|cars|trucks|ambulances|' +
    'lorries|buses|boats|ships|vessels|shops|stores|businesses|schools|hospitals|clinics|mosques|churches|temples|warehouses|' +
    'bridges|roads|villages|farms|livestock|cattle|animals|huts|shacks|properties|premises|factories|offices|markets|' +
    'classrooms|wells|crops|acres|hectares|facilities|health facilities|warehouse|home|residences|units'
  ).split('|'),
);

/**
 * Counted things that are never figures: weapons and shocks (a count of the attack, not of its harm),
 * floors, teams deployed, occasions and parts of a text.
 */
export const SKIP_NOUNS = new Set(
  (
    'bombs|bomb|missiles|missile|rockets|rocket|drones|drone|shells|shots|rounds|bullets|grenades|mines|aftershocks|tremors|' +
    'quakes|earthquakes|floors|storeys|stories|laboratories|labs|teams|helicopters|aircraft|planes|jets|' +
    'times|occasions|sessions|languages|pages|reports|questions|steps|ways|parts|kilometres|kilometers|miles|' +
    'metres|meters|feet|ft|km|storms|typhoons|hurricanes|waves|stages|phases|' +
    "percent|degrees|people's|hours|minutes|seconds"
  ).split('|'),
);

/**
 * Nouns of SKIP_NOUNS that are counted things after a word that says which sense they have: "668 news
 * stories" are articles, "a building of 30 stories" floors.
 */
export const THINGS_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['stories', new Set(['news', 'press', 'media', 'newspaper', 'feature', 'front-page'])],
]);

/**
 * Things a news report counts for their own sake, though nothing happened to them: seats, votes, parties,
 * tickets, jobs, places. A figure of measure "other" whose unit is the noun ("330 seats", "16.2 million votes").
 */
export const COUNTED_THINGS = new Set(
  (
    'votes|ballots|seats|points|goals|candidates|parties|tickets|jobs|districts|provinces|states|countries|nations|' +
    'regions|cities|towns|counties|municipalities|constituencies|flights|laws|bills|articles|attacks|strikes|airstrikes|' +
    'raids|incidents|shootings|companies|agencies|organisations|organizations|groups|ministries|departments|' +
    'titles|trophies|medals|wins|victories|games|matches|runs|wickets|shares|contracts|orders|sales|' +
    // A hospital's size: "a 26-bed surgical ward", "300 beds".
    'beds|' +
    // Places people are put up in: "53 makeshift relief camps" counts camps, not the displaced in them.
    'camps|centres|centers|shelters|tents'
  ).split('|'),
);

/** What a year before them is the base of ("below 2005 levels", "above 2019 figures"): no count of them. */
export const YEAR_BASES = new Set(['levels', 'figures', 'prices', 'rates', 'values', 'standards', 'numbers', 'totals', 'highs', 'lows']);

/** Time units: a number before them is a duration. */
export const DURATION_UNITS: Record<string, string> = {
  year: 'years',
  years: 'years',
  month: 'months',
  months: 'months',
  week: 'weeks',
  weeks: 'weeks',
  day: 'days',
  days: 'days',
  decade: 'decades',
  decades: 'decades',
  seconds: 'seconds',
};
/** Short spans (reporting windows like "the past 24 hours") are not figures. */
export const SHORT_TIME_UNITS = new Set(['hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'secs']);

/** Nouns a "14-month" or "eight-month-old" duration can describe (otherwise "-old" is an age). */
export const EVENT_NOUNS = new Set(
  (
    'war|conflict|crisis|siege|blockade|occupation|campaign|insurgency|dispute|ceasefire|truce|lockdown|outbreak|strike|' +
    'standoff|offensive|operation|invasion|drought|famine|epidemic|pandemic|fighting|battle|clashes|civil|uprising|revolt|' +
    "rebellion|revolution|war's|curfew|emergency|shutdown|protest|protests|search|hunt|closure|ban|deal|agreement|" +
    'investigation|inquiry|trial|process|effort|struggle|crackdown|regime|rule|reign|presidency|tenure|term|mission'
  ).split('|'),
);

/** Words that open a new clause: what follows them belongs to another subject. */
export const CLAUSE_STOPS = new Set([
  'while',
  'whereas',
  'but',
  'after',
  'before',
  'when',
  'because',
  'although',
  'though',
  'until',
  'where',
  'which',
  'if',
  'whether',
  'than',
  'since',
  'unless',
  'whom',
  'whose',
  'so',
  'yet',
  'then',
  'amid',
  'despite',
]);

/**
 * Participles of belief before "to": "are feared to have drowned", "are estimated to have died", and as a
 * reduced relative clause after a noun, "Fifty people believed to have been in the hotel remained missing".
 */
export const BELIEF_PARTICIPLES = [
  'believed',
  'feared',
  'thought',
  'presumed',
  'considered',
  'deemed',
  'estimated',
  'known',
  'reported',
  'said',
  'understood',
];

/** Words in "-ing" that open no reduced relative clause after a noun: a list ("including"), a source ("according"). */
export const NOT_PARTICIPLE_WORDS = ['including', 'according', 'during', 'nothing', 'something', 'anything', 'everything'];

/** Verbs of bearing a harm named after them: "Two officers suffered minor injuries", "sustained burns". */
export const BEARING_VERBS = new Set(['suffered', 'sustained', 'received', 'suffer', 'sustain', 'suffering', 'sustaining']);
/** How bad a harm is, between the verb and the harm: "had minor injuries", "life-threatening wounds". */
// ("life-threatening" comes as its parts: the tokens split at hyphens.)
const SEVERITY_WORDS = ['minor', 'major', 'serious', 'critical', 'severe', 'grievous', 'non', 'life', 'threatening', 'slight', 'multiple'];
/** How badly: "seriously injured", "critically wounded", before a cue or in a predicate. */
export const SEVERITY_ADVERBS = new Set([
  'seriously',
  'critically',
  'severely',
  'badly',
  'slightly',
  'lightly',
  'fatally',
  'mortally',
  'gravely',
]);

/** Words that may sit between a counted noun and its participle: "have been", "were reportedly", "are feared". */
export const PREDICATE_FILLERS = new Set([
  ...AUXILIARY_VERBS,
  ...BEARING_VERBS,
  ...SEVERITY_WORDS,
  'reportedly',
  'also',
  'all',
  'both',
  'now',
  'still',
  'far',
  'later',
  'already',
  ...BELIEF_PARTICIPLES,
  'confirmed',
  'to',
  // "were forced to flee their homes", "were compelled to seek refuge".
  'forced',
  'compelled',
  'who',
  'left',
  'found',
  'declared',
  'listed',
  'remain',
  'remained',
  'remains',
  // "are staying in 53 relief camps", "were being housed in schools".
  'staying',
  'living',
  'housed',
  'being',
  ...SEVERITY_ADVERBS,
  'either',
  'each',
  'altogether',
  'in',
  'total',
  'got',
  'get',
  'so',
  'officially',
  'allegedly',
  'since',
  'then',
  'likely',
  'probably',
  'taken',
  'held',
  'kept',
  'staying',
  'living',
  'housed',
  'sleeping',
  'completely',
  'partially',
  'partly',
  'totally',
  'entirely',
  'pronounced',
  'forecast',
  'expected',
  'projected',
  'predicted',
  'set',
  'managed',
  'able',
  'as',
  'them',
  'of',
  'whom',
]);

/** Words that open an aside after a comma ("…Palestinians, including dozens of children, were killed"). */
export const ASIDE_OPENERS = new Set([
  'who',
  'whose',
  'including',
  'or',
  'roughly',
  'about',
  'around',
  'mostly',
  'mainly',
  'many',
  'most',
  'among',
  'both',
  'all',
  'of',
  'some',
  'largely',
  'nearly',
  'almost',
  'predominantly',
  'primarily',
  'half',
  'among',
  'majority',
  'the',
]);

/** Words before a number that make it the people living in a place: "home to 12,000", "inhabited by 300". */
export const POPULATION_LEADS = new Set(['home to', 'inhabited by', 'populated by']);

/** Before these words, a leading "in/of" number is a population, not a figure: "a town of 50,000 people". */
export const POPULATION_WORDS = new Set([
  'town',
  'city',
  'village',
  'population',
  'country',
  'nation',
  'community',
  'district',
  'region',
  'area',
  'island',
  'province',
  'state',
  'capital',
  'home',
  'camp',
  'neighbourhood',
  'neighborhood',
]);

// ---------------------------------------------------------------------------------------------
// Rules of reading, by the part of the figures extractor that uses them.

/** Disease words that make a document an epidemic report (unless it also speaks of wounds). */
export const DISEASE_WORDS = [
  'outbreak',
  'epidemic',
  'pandemic',
  'infected',
  'infection',
  'infections',
  'virus',
  'viral',
  'disease',
  'cholera',
  'dengue',
  'measles',
  'ebola',
  'mpox',
  'monkeypox',
  'malaria',
  'covid',
  'influenza',
  'diphtheria',
  'typhoid',
  'meningitis',
  'marburg',
  'polio',
  'yellow fever',
  'lassa',
];
/** Words of wounds: a report that has them is not (only) an epidemic report. */
export const WOUND_WORDS = [
  'injury',
  'injuries',
  'injured',
  'injuring',
  'wound',
  'wounds',
  'wounded',
  'wounding',
  'hurt',
  'burns',
  'trauma',
];

/** Labels a number names rather than counts: "flight 370", "Category 5", "Resolution 2334", "No. 10". */
export const LABEL_WORDS = [
  'no',
  'nos',
  'number',
  'flight',
  'route',
  'article',
  'resolution',
  'chapter',
  'category',
  'cat',
  'level',
  'phase',
  'section',
  'page',
  'room',
  'gate',
  'platform',
  'highway',
  'interstate',
  'apollo',
  'channel',
  'tier',
  'stage',
  'grade',
  'class',
  'model',
  'version',
  'line',
  'bus',
  'division',
  'brigade',
  'battalion',
  'ward',
  'block',
  'sector',
  'zone',
  'act',
  'item',
  'vol',
  'volume',
  'paragraph',
  'clause',
  'verse',
  'psalm',
  'figure',
  'fig',
  'table',
  'day',
  'week',
  'season',
  'episode',
  'game',
  'match',
  'exit',
  'terminal',
  'pier',
  'magnitude',
  'measuring',
  'size',
  'type',
  'code',
  'decree',
  'covid',
  'sars',
  'group',
  'team',
  'unit',
  'camp',
  'district',
  'station',
  'street',
  'avenue',
  'road',
  'lane',
  'gaza',
  'term',
];

/** Units of measurement, clock and time words after a number: "5 km", "7.8 magnitude", "10 o'clock", "3 hours". */
export const MEASUREMENT_UNITS = [
  'km',
  'kms',
  'kilometer',
  'kilometers',
  'kilometre',
  'kilometres',
  'mile',
  'miles',
  'mi',
  'meter',
  'meters',
  'metre',
  'metres',
  'feet',
  'foot',
  'ft',
  'inch',
  'inches',
  'cm',
  'mm',
  'yard',
  'yards',
  'mph',
  'kph',
  'kmph',
  'km/h',
  'knot',
  'knots',
  'nautical',
  'volt',
  'volts',
  'watt',
  'watts',
  'megawatt',
  'megawatts',
  'mw',
  'kw',
  'gw',
  'square',
  'sq',
  'cubic',
  'cusec', // cubic feet per second, a river's flow in South Asian copy
  'cusecs',
  'cumec',
  'cumecs',
  'calibre',
  'caliber',
  'storey',
  'storeys',
  'stories',
  'floor',
  'floors',
  'degree',
  'degrees',
  'deg',
  '°',
  'º',
  'byte',
  'bytes',
  'mb',
  'gb',
  'magnitude',
  'on the richter',
  'point',
  "o'clock",
  'gmt',
  'utc',
  'bst',
  'cet',
  'eet',
  'edt',
  'est',
  'pdt',
  'pst',
  'ist',
  'local time',
  'hour',
  'hours',
  'minute',
  'minutes',
  'min',
  'mins',
  'second',
  'seconds',
  'sec',
  'secs',
];
/**
 * Weights and volumes: what aid, harvests and spills are counted in. A number before them is a figure of
 * measure "other" in that unit ("1,500 tonnes of rice", "2 million barrels"), unlike a distance or a speed.
 */
export const WEIGHT_UNITS: Readonly<Record<string, string>> = {
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilogrammes: 'kg',
  gram: 'grams',
  grams: 'grams',
  tonne: 'tonnes',
  tonnes: 'tonnes',
  ton: 'tons',
  tons: 'tons',
  lb: 'pounds',
  lbs: 'pounds',
  litre: 'litres',
  litres: 'litres',
  liter: 'litres',
  liters: 'litres',
  gallon: 'gallons',
  gallons: 'gallons',
  barrel: 'barrels',
  barrels: 'barrels',
};

/** Fractions after a number ("two-thirds", "one half"): a share, not a count. */
export const FRACTION_WORDS = [
  'half',
  'halves',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'tenth',
  'tenths',
];

/** Letters glued to a number that make it no count: ordinals, decades, clock times and units ("15th", "1990s", "6pm", "10km"). */
export const GLUED_UNITS = new Set([
  'm', // left glued only when it is metres ("the 100m butterfly": text/numbers.ts); millions are scaled
  'st',
  'nd',
  'rd',
  'th',
  's',
  'am',
  'pm',
  'h',
  'hrs',
  'gmt',
  'utc',
  'km',
  'kg',
  'ft',
  'cm',
  'mm',
  'mph',
  'kph',
  'kmh',
  'mw',
  'kw',
  'gw',
  'g',
  'lb',
  'lbs',
  'mi',
  'c',
  'f',
  'x',
  't',
  'ha',
  'sq',
  'mb',
  'gb',
  'hz',
  'v',
  'w',
  'd',
  'p',
]);

/** Groups of people an age limit describes: "children under five", "people aged over 60". */
export const AGE_GROUP_NOUNS = [
  'children',
  'kids',
  'people',
  'adults',
  'those',
  'persons',
  'men',
  'women',
  'girls',
  'boys',
  'babies',
  'infants',
  'minors',
  'anyone',
  'residents',
  'patients',
  'population',
  'citizens',
  'everyone',
];
/** Comparisons that make the number after such a group an age. */
export const AGE_COMPARISONS = ['under', 'over', 'above', 'below', 'older than', 'younger than', 'between'];

/** The number words "one in five" is written with. */
export const SMALL_NUMBER_WORDS = [...Object.keys(UNITS), 'ten'];
/** What "in N" may count that makes "3 in 2 attacks" a count, not a proportion ("one in five"); matched as word starts. */
export const RATE_NOUNS = [
  'hour',
  'day',
  'week',
  'month',
  'year',
  'minute',
  'attack',
  'strike',
  'raid',
  'incident',
  'village',
  'town',
  'cities',
  'province',
  'district',
  'region',
  'state',
  'countries',
];

/** Institutions' plural names that look like a people's ("News", "Nations"): no demonym. */
export const INSTITUTION_PLURALS = [
  'News',
  'Times',
  'Nations',
  'States',
  'Forces',
  'Services',
  'Affairs',
  'Sciences',
  'Industries',
  'Airlines',
  'Airways',
  'Systems',
];
/** Verbs that only people do, after a capitalised noun: "3,000 Rohingya attempted…", "a million Uyghur live…". */
export const HUMAN_VERBS = new Set([
  'live',
  'lived',
  'living',
  'fled',
  'flee',
  'attempted',
  'tried',
  'crossed',
  'arrived',
  'remain',
  'remained',
  'returned',
  'sought',
  'waited',
  'walked',
  'marched',
  'protested',
  'voted',
  'worked',
  'died',
  'survived',
]);
/** Words before the counted noun that are not it: "53 of the passengers", "12 more people", "300 mostly elderly residents". */
/** Pronouns after "N of" that stand for people already named: "Nine of them testified". */
export const PEOPLE_PRONOUNS = new Set(['them', 'those', 'these', 'us', 'whom']);

export const NP_LEADERS = new Set([
  ...SEVERITY_ADVERBS, // "three seriously injured victims"
  'them',
  'more',
  'other',
  'additional',
  'further',
  'of',
  'the',
  'our',
  'their',
  'its',
  'his',
  'her',
  'these',
  'those',
  'mostly',
  'mainly',
  'largely',
  'new',
  'extra',
]);
/** Words that end the counted noun phrase: prepositions, conjunctions and relatives ("houses in", "people who"). */
export const NP_BREAKS = new Set([
  'in',
  'on',
  'at',
  'from',
  'near',
  'across',
  'throughout',
  'during',
  'after',
  'since',
  'by',
  'with',
  'for',
  'into',
  'under',
  'over',
  'and',
  'or',
  'of',
  'to',
  'who',
  'that',
  'including',
  'so',
  'as',
  'amid',
  'while',
]);

/**
 * What follows "N times" when it is a multiple, not a count of occasions ("stabbed 12 times"): a comparison
 * ("five times the amount", "three times more likely", "twice as many") or, after a verb of change
 * (RISE_VERBS, FALL_VERBS), the base it changed from ("surged more than 15 times from a year earlier").
 */
export const MULTIPLE_NEXT = [
  'the',
  'more',
  'higher',
  'larger',
  'bigger',
  'greater',
  'faster',
  'lower',
  'smaller',
  'that of',
  'as many',
  'as much',
  'as high',
  'as large',
  'as likely',
];
export const CHANGE_BASES = ['from', 'over', 'on-year', 'year-on-year', 'compared', 'on the year', 'in a year'];
export const FALL_VERBS = ['fell', 'fallen', 'dropped', 'declined', 'shrank', 'plunged', 'multiplied', 'expanded', 'tripled', 'doubled'];

/** Verbs after "to" that make the number a tally's new value: "the toll rose to 27". */
export const RISE_VERBS = new Set([
  'rose',
  'risen',
  'climbed',
  'jumped',
  'increased',
  'grown',
  'grew',
  'swelled',
  'swollen',
  'soared',
  'surged',
  'mounted',
]);
/** Groups named at the head of a sentence ("Of the dead, six were children"), and what their parts count. */
export const GROUP_MEASURES: ReadonlyArray<[string, ImpactMeasure]> = (
  [
    [
      'dead|deaths|victims|fatalities|bodies|deceased|killed|died|who died|who were killed|who killed|' +
        'people killed|people died|people who died|people who were killed',
      'killed',
    ],
    ['injured|wounded|hurt|people hurt|people injured|people wounded|casualties treated', 'injured'],
    ['missing|still missing|people still missing', 'missing'],
    ['displaced|evacuees|evacuated', 'displaced'],
    ['arrested|detained|detainees', 'detained'],
    ['hostages|abducted|kidnapped|captives', 'hostages'],
  ] as const
).flatMap(([list, m]) => list.split('|').map((g): [string, ImpactMeasure] => [g, m]));

/**
 * The auxiliaries and adverbs that open a predicate after the counted noun ("were", "have", "remain",
 * "reportedly"): the scan moves from the noun phrase to the predicate.
 */
export const AUXILIARIES = new Set([...AUXILIARY_VERBS, 'remain', 'remained', 'remains', 'got', 'reportedly']);
/** The norm an excess is measured over: "620 more people than usual died". */
export const NORM_WORDS = new Set(['usual', 'normal', 'expected', 'average', 'anticipated', 'predicted', 'forecast']);
/** Prepositions inside a noun phrase: a number after them is no subject ("families from two villages"). */
export const IN_NOUN_PREPOSITIONS = new Set(['from', 'in', 'across']);
/** Places an adjectival cue can describe: "the 12 affected counties" counts no one. */
export const PLACE_NOUNS = new Set([
  'counties',
  'county',
  'areas',
  'area',
  'municipalities',
  'localities',
  'communities',
  'villages',
  'towns',
  'cities',
  'districts',
  'provinces',
  'regions',
  'states',
  'countries',
  'zones',
  'sectors',
  'upazilas',
  'parishes',
  'wards',
  'islands',
  'neighbourhoods',
  'neighborhoods',
  'hamlets',
  'camps',
]);
/** Negations right before a cue: "were not injured". */
export const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'none', 'nobody']);
/** Words between a verb cue and the number it governs: "killed at least 12", "wounded another 30". */
export const WORDS_BEFORE_NUMBER = new Set([
  'at',
  'least',
  'more',
  'than',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'over',
  'up',
  'to',
  'another',
  'a',
  'an',
  'the',
  'all',
  'further',
  'estimated',
  'roughly',
  'approximately',
]);

/** Words and marks that end the gap between coordinated numbers: "64 children and 57 women", "killing 5, wounding 9". */
export const CONNECTOR_WORDS = ['and', 'or', 'including', 'plus', 'as well as', 'among', 'of', 'to', 'with'];
export const CONNECTOR_MARKS = [',', '–', '—', '&'];

// ---------------------------------------------------------------------------------------------
// Attribution: who reported a figure.

/** Quotation marks: a source ends at one (unless it is a possessive apostrophe). */
export const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
/** Punctuation that always ends a source. */
export const HARD_STOPS = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '!', '?']);
/** Words that refer to a source rather than name it: a source of only these is none. */
export const SOURCE_PRONOUNS = new Set([...PERSONAL_PRONOUNS, 'this', 'that', 'these', 'those', 'who', 'which', 'one', 'there']);
/** Words after an inverted speech verb ("…, said on Monday") that are not its subject. */
export const TIME_WORDS = new Set([
  'on',
  'in',
  'at',
  'last',
  'late',
  'early',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
  'this',
  'that',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'overnight',
  'recently',
  'previously',
  'separately',
  'by',
  'after',
  'before',
  'during',
  'when',
  'while',
  'as',
  'citing',
  'adding',
  'in',
  'via',
  'of',
  'to',
  'it',
  'he',
  'she',
  'they',
  'we',
  'there',
  'the',
  'its',
  'his',
  'her',
  'their',
]);
/** Tail words of an "X said" subject that are not part of X: "the ministry has also said". */
export const SUBJECT_TAIL = new Set([
  ...AUXILIARY_VERBS,
  'also',
  'later',
  'earlier',
  'previously',
  'reportedly',
  'separately',
  'again',
  'further',
  'then',
  'first',
  'initially',
  'officially',
  'publicly',
  'subsequently',
  'since',
  'already',
  'once',
  'both',
  'all',
]);
/** Words that begin a clause: the source of "…, with some outlets saying …" starts after them. */
export const SUBJECT_OPENERS = new Set([
  'that',
  'but',
  'with',
  'as',
  'while',
  'after',
  'because',
  'when',
  'since',
  'although',
  'though',
  'so',
  'where',
  'which',
  'whereas',
  'meanwhile',
]);
/** Words that end a source named after "according to" or an inverted verb: "according to X, which…". */
export const AFTER_SOURCE_STOPS = new Set([
  'which',
  'who',
  'that',
  'as',
  'while',
  'but',
  'when',
  'after',
  'on',
  'in',
  'since',
  'with',
  'citing',
  'adding',
  'at',
  'during',
  'late',
  'early',
  'earlier',
  'last',
  'yesterday',
  'today',
  'and',
  'told',
]);
/** Words that may open the subject of an inverted speech verb: "…, said the ministry", "…, said police". */
export const INVERTED_SOURCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'police',
  'officials',
  'authorities',
  'rescuers',
  'witnesses',
  'residents',
  'doctors',
  'medics',
  'sources',
  'state',
  'local',
]);
/** Heads of a role description set off by commas ("Mario Ngavho, the president of the council, told…"). */
export const DESCRIPTIVE_HEADS = new Set([
  'chief',
  'head',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director',
  'minister',
  'president',
  'governor',
  'mayor',
  'commander',
  'leader',
]);
/** Lower-case particles inside a source's name ("Bashar al-Assad", "Ursula von der Leyen"). */
export const SOURCE_NAME_PARTICLES = new Set(['al', 'bin', 'de', 'van', 'von', 'el', 'da', 'der', 'du']);
