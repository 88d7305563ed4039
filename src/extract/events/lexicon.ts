// Word lists for the events extractor, as data: what makes a number a year or a count, a month or
// weekday a date or part of a name, and what a full stop after a word means.
import { TEENS, UNITS } from '../text/lexicon.ts';
import { alternation } from '../text/patterns.ts';

/** Number words a count of days, weeks, months or years is written with ("three weeks ago", "a day later"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries({ ...UNITS, ...TEENS }).filter(([, n]) => n <= 12)),
};

/** The seasons, each with its first month (northern hemisphere, as the wires write them): "this autumn" is dated by its year. */
export const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** Words after "this fall" or "the quarter" that make the word something else ("this fall in prices", "the quarter of a century"). */
export const NOT_A_PERIOD_AFTER = new Set(['in', 'of', 'century', 'final', 'finals', 'mile', 'hour', 'point', 'points', 'per', 'percent']);

/** Words after "the quarter" that lead to its own end date ("the quarter that ended June 26", "the quarter to March"). */
export const QUARTER_END_AFTER = new Set(['that', 'which', 'ended', 'ending', 'to', 'through', 'ends']);

/**
 * Words before "quarter" that place it against publication: "last quarter" is the one before publication's.
 * "this quarter" and "the latest quarter" are left out: in a results story they mean the quarter reported,
 * which may be the one before.
 */
export const QUARTER_WHICH: Readonly<Record<string, number>> = { last: -1, past: -1, next: 1, coming: 1 };

/** The units a count of time is written in ("three weeks ago", "a fortnight later"): the unit counted and how many of it one is. */
export const COUNT_UNITS: Readonly<Record<string, readonly [unit: 'day' | 'week' | 'month' | 'year', times: number]>> = {
  day: ['day', 1],
  week: ['week', 1],
  fortnight: ['week', 2],
  month: ['month', 1],
  year: ['year', 1],
};

/** Words before a month name that make it a date, not part of a name ("on", "since", "mid"). */
export const DATE_PREPOSITIONS = new Set([
  'on',
  'since',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'of',
  'in',
  'between',
  'and',
  'to',
  'through',
  'as',
  'at',
  'until',
  'during',
  'late',
  'early',
  'mid',
]);
/** Words after "March 23" that make it a name ("the March 23 Movement") rather than a date. */
export const NAME_HEADS = new Set([
  'movement',
  'group',
  'brigade',
  'brigades',
  'street',
  'road',
  'avenue',
  'square',
  'stadium',
  'bridge',
  'party',
  'alliance',
  'front',
  'coalition',
  'revolution',
  'uprising',
  'memorial',
  'agreement',
  'accord',
  'accords',
  'declaration',
  'manifesto',
  'club',
  'battalion',
  'regiment',
  'division',
  'park',
  'hospital',
  'university',
  'college',
  'school',
  'airport',
  'station',
  'dam',
  'building',
  'tower',
  'market',
  'mosque',
  'church',
  'camp',
  'district',
  'avenida',
  'rue',
  'initiative',
  'committee',
]);
/** Newspapers and named days, not dates: "the Sunday Times", "Black Friday", "Bloody Sunday". */
export const WEEKDAY_NAME_AFTER = new Set([
  'times',
  'telegraph',
  'mail',
  'express',
  'herald',
  'post',
  'mirror',
  'independent',
  'tribune',
  'star',
  'observer',
  'age',
  'nation',
  'standard',
  'monitor',
  'club',
  'prayers',
  'prayer',
  'sermon',
  'mass',
  'school',
  'service',
  'services',
  'market',
]);
/** Words before a weekday that make it a named day, not a date: "Black Friday", "Good Friday". */
export const WEEKDAY_NAME_BEFORE = new Set([
  'black',
  'good',
  'bloody',
  'super',
  'ash',
  'holy',
  'easter',
  'palm',
  'maundy',
  'cyber',
  'shrove',
  'giving',
  'low',
  'whit',
  'trinity',
  'blue',
  'mad',
  'casual',
]);
/** Words before a four-digit number that make it a quantity ("about 2000", "more than 1500"). */
export const QUANTITY_BEFORE = new Set([
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'over',
  'than',
  'least',
  'approximately',
  'roughly',
  'estimated',
  'only',
  'just',
  'total',
  'another',
  'additional',
  'extra',
  'all',
  'those',
  'these',
  'up',
  'to',
  'with',
  'killed',
  'killing',
  'injured',
  'injuring',
  'wounded',
  'wounding',
  'displaced',
  'evacuated',
  'rescued',
  'housed',
  'hosted',
  'employs',
  'employed',
  'number',
  'numbered',
  'reached',
  'hit',
  'exceeded',
  'topped',
  'surpassed',
  'of',
  'and',
  'or',
  'by',
  'nearly',
  'under',
  'below',
  'above',
  'no',
]);
/** Words that may stand before a year: "in 2019", "since 2015", "the 2021 coup", "early 2020". */
export const YEAR_BEFORE = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'before',
  'after',
  'between',
  'through',
  'the',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
  'of',
  'and',
  'to',
  'as',
]);
/** Plural nouns that a year never qualifies; a number before them is a count ("2000 homes"). */
export const COUNTED = new Set([
  'people',
  'persons',
  'residents',
  'civilians',
  'homes',
  'houses',
  'households',
  'families',
  'children',
  'soldiers',
  'troops',
  'fighters',
  'patients',
  'cases',
  'deaths',
  'dead',
  'bodies',
  'victims',
  'refugees',
  'migrants',
  'workers',
  'students',
  'passengers',
  'buildings',
  'villages',
  'acres',
  'hectares',
  'tons',
  'tonnes',
  'metres',
  'meters',
  'feet',
  'miles',
  'km',
  'kilometres',
  'kilometers',
  'dollars',
  'euros',
  'pounds',
  'rupees',
  'times',
  'rockets',
  'missiles',
  'shells',
  'trucks',
  'vehicles',
  'cars',
  'beds',
  'doses',
  'tests',
  'animals',
  'cattle',
  'men',
  'women',
  'babies',
  'infants',
  'members',
  'staff',
  'officers',
  'police',
  'personnel',
  'prisoners',
  'detainees',
  'hostages',
  'others',
  'more',
  'new',
  'confirmed',
  'suspected',
]);
/** Words ending in "s" that are not plural nouns, so a following year is still a year ("2019 was"). */
export const NOT_PLURAL = new Set([
  'was',
  'has',
  'is',
  'as',
  'this',
  'its',
  'his',
  'hers',
  'always',
  'across',
  'towards',
  'afterwards',
  'besides',
  'unless',
  'whereas',
  'thus',
  'perhaps',
  'plus',
  'does',
  'goes',
  'comes',
  'marks',
  'sees',
  'saw',
  'elections',
  'polls',
  'games',
  'olympics',
  'floods',
  'protests',
  'riots',
  'attacks',
  'talks',
  'accords',
  'riots',
  'hostilities',
  'clashes',
  'hearings',
  'negotiations',
  'sanctions',
  'rules',
  'figures',
  'statistics',
  'data',
  'levels',
  'rates',
  'results',
]);

/**
 * Abbreviations whose full stop does not end the sentence around a date (lower case, without the stop);
 * the calendar's own abbreviations come from text/lexicon.ts.
 */
export const SENTENCE_ABBREVIATIONS = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cpl',
  'gov',
  'sen',
  'rep',
  'prof',
  'rev',
  'hon',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'approx',
  'jr',
  'sr',
  'ft',
  'mt',
  'fig',
  'vol',
];

/** Words a label must not end with: conjunctions, articles, prepositions and possessives left by a cut. */
export const DANGLING_WORDS = [
  'and',
  'or',
  'but',
  'that',
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'as',
  'its',
  'their',
  'his',
  'her',
  'since',
  'until',
  'till',
  'before',
  'after',
  'during',
  'between',
  'next',
  'such',
  'than',
];

/**
 * Words a whole label never ends on (label.ts, readsWhole): a verb group or a clause left open ("they are
 * no longer", "could cause", "has done"), beyond what DANGLING_WORDS already trims.
 */
export const OPEN_ENDINGS = [
  'is',
  'are',
  'am',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'shall',
  'do',
  'does',
  'did',
  'done',
  'not',
  'no',
  'longer',
  'if',
  'whether',
  'which',
  'who',
  'whom',
  'whose',
  'about',
  'into',
  // "spoke to the victims shortly [before the sentence]": an adverb cut from what it is short of.
  'shortly',
  'too',
  'soon',
  'just',
  'immediately',
  // "None of the runners could secure more [than 50 percent]": a comparison cut before its term.
  'more',
  'less',
  'fewer',
  'than',
];
/** Subjects no reader can place without the sentence before: "He and other locals", "They reached". */
export const UNPLACED_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them'];
/** Possessives whose owner was named in a sentence a timeline does not show: "Its main markets", "His term". */
export const POSSESSIVE_PRONOUNS = ['its', 'their', 'his', 'our', 'my', 'your'];
/** Active verbs of saying that never end a statement: "Official data showed", "Police said". */
export const REPORTING_ENDINGS = ['said', 'says', 'told', 'showed', 'shows', 'stated', 'added', 'noted', 'reported', 'announced'];
/** Participles of vouching that end a statement only with what they vouch for: "were confirmed [dead]". */
export const VOUCHING_ENDINGS = ['confirmed', 'reported', 'feared', 'believed', 'thought', 'presumed', 'said'];
/** Words that point at something named before: "That outbreak", "said those Venezuelans". */
export const DEMONSTRATIVES = ['that', 'this', 'these', 'those'];
/** Words that stand for people or things named before when a verb follows them: "All were", "Events transpired". */
export const UNPLACED_HEADS = ['all', 'both', 'others', 'many', 'most', 'some', 'none', ...DEMONSTRATIVES, 'events'];
/** Words that point back to an earlier sentence: a label holding them cannot be read alone ("another 16 people"). */
export const POINTING_BACK_WORDS = ['another', 'also', 'still', 'others'];
/**
 * Words after a holiday's name that leave it a day ("Halloween night", "on Christmas in Paris", "Easter
 * was quiet"); any other lower-case word after it is a noun it qualifies ("Halloween partygoers").
 */
export const HOLIDAY_KEEPS = new Set([
  ...[
    'morning',
    'afternoon',
    'evening',
    'night',
    'eve',
    'weekend',
    'day',
    'week',
    'celebrations',
    'festivities',
    'holiday',
    'parade',
    'fireworks',
  ],
  ...['in', 'on', 'at', 'of', 'for', 'to', 'and', 'or', 'but', 'nor', 'when', 'as', 'with', 'by', 'from', 'into', 'near', 'over'],
  ...['after', 'before', 'since', 'until', 'while', 'during', 'because', 'if', 'than', 'so', 'then', 'this', 'last', 'next'],
  ...['is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'can'],
  ...['did', 'does', 'do', 'the', 'a', 'an', 'that', 'which', 'who', 'where', 'its', 'their', 'his', 'her', 'our', 'there', 'here'],
]);
/** Words before "over" that make it say something ended: "the outbreak was declared over", "the war is over". */
export const ENDED_BEFORE_OVER = ['declared', 'pronounced', 'announced', 'called', 'is', 'was', 'were', 'are', 'be', 'been'];
/** Lemmas of tallies and of verbs that report them: a figure with one of them for a month is the month's statistic. */
export const TALLY_WORDS = new Set([
  'toll',
  'total',
  'tally',
  'case',
  'hospitalisation',
  'hospitalization',
  'turnout',
  'profit',
  'revenue',
  'price',
  'rate',
  'hospitalise',
  'hospitalize',
  'record',
  'register',
  'reach',
  'stand',
  'earn',
  'witness',
  'lockdown',
]);
/** Adverbs that change what a verb claims: "accidentally killed" is not "killed", "reportedly fled" not "fled". */
export const CLAIM_ADVERBS = [
  'accidentally',
  'mistakenly',
  'inadvertently',
  'unintentionally',
  'wrongly',
  'allegedly',
  'reportedly',
  'apparently',
  'possibly',
  'probably',
  'nearly',
  'almost',
  'partly',
  'partially',
  'little',
  'barely',
  'hardly',
  'scarcely',
  'only',
];
/** Verbs that need their object: a label ending on one in the active voice has lost what was done ("Parliament approved"). */
export const OBJECT_VERBS = [
  'approve',
  'adopt',
  'pass',
  'sign',
  'ratify',
  'reject',
  'announce',
  'unveil',
  'reveal',
  'release',
  'launch',
  'publish',
  'make',
  'issue',
  'declare',
  'introduce',
];
/** Verbs that say only that something took place or how long: "The explosion occurred", "An outbreak lasted four months". */
// ("took place" is read as a phrase in label.ts.)
export const OCCURRENCE_VERBS = ['occur', 'happen', 'last', 'unfold', 'transpire'];
/** Verbs whose point is what a preposition takes them to: "sentenced [to 12 years]", "convicted [of fraud]". */
export const COMPLEMENT_PREPOSITIONS: Record<string, string> = {
  ...Object.fromEntries(
    [
      'sentence',
      'condemn',
      'elect',
      'appoint',
      'promote',
      'raise',
      'cut',
      'lower',
      'increase',
      'reduce',
      'lift',
      'rise',
      'fall',
      'climb',
      'drop',
      'jump',
    ].map((verb) => [verb, 'to']),
  ),
  convict: 'of',
  acquit: 'of',
  accuse: 'of',
  suspect: 'of',
  charge: 'with',
};
/** Verbs of a court's verdict: "was convicted", "has been sentenced" say little before they say of what, to what. */
export const VERDICT_VERBS = ['sentence', 'convict', 'acquit', 'condemn', 'accuse', 'charge', 'suspect'];
/** Nouns whose content follows as a "that" clause: "made a big revelation [that 1.25 million fans attended]". */
export const CONTENT_NOUNS = [
  'revelation',
  'announcement',
  'claim',
  'statement',
  'warning',
  'confirmation',
  'admission',
  'assurance',
  'promise',
  'pledge',
  'decision',
  'news',
  'allegation',
  'assertion',
];
/** Adjectives that make a role another person's: "the former prime minister" is not "the minister". */
export const ROLE_QUALIFIERS = ['former', 'ex', 'acting', 'interim', 'deputy', 'vice', 'prime', 'outgoing', 'incoming', 'late', 'retired'];
/** Adjectives that hedge a claim: a label that drops them states as fact what the text only supposes. */
export const HEDGE_ADJECTIVES = [
  'possible',
  'probable',
  'alleged',
  'suspected',
  'apparent',
  'presumed',
  'likely',
  'reported',
  'unconfirmed',
  'potential',
  'estimated',
  'purported',
  'so-called',
];
/** Verbs that need their preposition and what follows it: "resulted [in]", "called [for]", "amounted [to]". */
export const PREPOSITIONAL_VERBS = [
  'result',
  'consist',
  'amount',
  'account',
  'depend',
  'rely',
  'refer',
  'belong',
  'lead',
  'call',
  'point',
  'contribute',
];

// The clause reader's words (grammar.ts). Parts of speech come from the linguistic layer; these lists
// say what a few function words do in a clause.

/** Auxiliaries that put their verb group in the future: "will resume", "would meet", "won't reopen". */
export const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", 'wo', 'would', "'d", 'going']);
/** Auxiliaries that put their verb group in the past: "was killed", "had left", "did not say". */
export const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'been']);
/** A copula before "to" and a verb makes an arrangement: "is to visit", "are to meet". */
export const COPULA_FUTURE = new Set(['is', 'are', 'am']);
/** Words that open a relative clause after a noun: "the avalanche that hit", "Goma, which fell". */
export const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);
/** Words that open an adverbial clause when a verb follows them: "after police arrived", "as they fled". */
export const SUBORDINATORS = new Set([
  'after',
  'before',
  'because',
  'while',
  'whilst',
  'although',
  'though',
  'whereas',
  'if',
  'unless',
  'once',
  'since',
  'until',
  'till',
  'as',
  'whenever',
  'than',
]);
/** Pronouns that are a subject: "and they fled", a clause of its own. */
export const NOMINATIVE_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** Words in "-ing" that work as prepositions: ", including children" opens no clause, "following the attack" is no verb. */
export const PREPOSITION_LIKE = new Set([
  'including',
  'according',
  'following',
  'regarding',
  'concerning',
  'excluding',
  'during',
  'notwithstanding',
]);
/** Possessive determiners: "its meeting" is a noun phrase they open, as an article would. */
export const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Participles and adjectives that make an arrangement of the verb after them: "is expected to", "was due to". */
export const FUTURE_PARTICIPLES = new Set(['expected', 'scheduled', 'due', 'set', 'slated', 'planned', 'poised', 'likely', 'going']);
/** Nouns before "to" that look ahead: "plans to acquire", "a deadline to respond". */
export const FUTURE_NOUNS_BEFORE_TO = new Set(['plans', 'plan', 'bid', 'deadline', 'agreement', 'offer', 'pledge', 'promise', 'intention']);
/** Verbs whose point is the infinitive after them, which also look ahead: "decided [to keep the rate]". */
const PLANS_BY_INFINITIVE = ['agree', 'decide', 'plan', 'promise', 'pledge', 'vow', 'aim', 'seek', 'intend', 'hope', 'threaten', 'want'];
/** Verbs whose infinitive looks ahead even in the past: "agreed to buy … in February", "voted to close". */
export const PLANNING_VERBS = new Set([
  ...PLANS_BY_INFINITIVE,
  'vote',
  'expect',
  'prepare',
  'move',
  'schedule',
  'offer',
  'ask',
  'order',
  'urge',
  'call',
  'arrange',
  'announce',
]);
/** Verbs whose point is the infinitive after them: "decided [to keep the rate]", "vowed [to rebuild]". */
export const INFINITIVE_VERBS = new Set([...PLANS_BY_INFINITIVE, 'refuse', 'fail', 'try', 'choose', 'opt']);
/** Listeners after "told" that a label skips: "told reporters", "told journalists on Sunday that". */
export const LISTENER_WORDS = ['reporters', 'journalists', 'media', 'press', 'parliament', 'lawmakers', 'the', 'a'];

// Kinds of events (kind.ts).

/** Words before "since" that make its date the base of a comparison: "the lowest since 1973". */
export const SUPERLATIVE_WORDS = [
  'first',
  // ("its second landfall since late February": a count since a date, like "the first time since".)
  'second',
  'third',
  'fourth',
  'fifth',
  'lowest',
  'highest',
  'worst',
  'best',
  'biggest',
  'largest',
  'smallest',
  'deadliest',
  'most',
  'least',
  'fewest',
  'strongest',
  'weakest',
  'longest',
  'shortest',
  'record',
  'heaviest',
  'hottest',
  'coldest',
  'wettest',
  'driest',
  'fastest',
  'slowest',
  'sharpest',
  'steepest',
  'greatest',
  'only',
];
/** Any superlative as a whole word: one pattern, built once (not one per word at every date). */
export const ANY_SUPERLATIVE = new RegExp(`\\b(?:${alternation(SUPERLATIVE_WORDS)})\\b`, 'u');
/**
 * What stands before the base of a comparison: "compared with (in) 2020", "than (in) 2019", "from $1.2
 * billion in 2022", "versus a year earlier". Tested on the 40 characters before the date, lower case.
 */
export const COMPARISON_BEFORE = new RegExp(
  [
    '\\b(?:compared\\s+(?:with|to)|in\\s+comparison\\s+(?:with|to)|versus|vs\\.?)\\s[^,;]{0,30}$',
    '\\bthan\\s(?:[a-z]+\\s){0,3}(?:(?:in|on|at|during|the\\s+same\\s+\\w+\\s+(?:in|of))\\s)?$',
    '\\bfrom\\s+(?:about\\s+|around\\s+|nearly\\s+)?(?:[$€£¥]|[a-z]{1,3}\\$)?\\d[\\d.,]*\\s*(?:%|percent|billion|million|bn|m|cents?|a\\s+share|\\w+)?[^,;]{0,25}$',
    '\\b(?:up|down|rose|fell|increased|decreased|declined|dropped|jumped|grew)\\s+[\\d.,]+\\s*(?:%|percent)\\s+from\\s[^,;]{0,25}$',
  ].join('|'),
  'u',
);
/** Nouns after a date that make it a period qualifying a figure: "the 1988 period", "the 2016 average". */
export const PERIOD_NOUNS = new Set(['period', 'quarter', 'quarters', 'average', 'half', 'season', 'level', 'levels', 'figures']);
/** Verbs that make a period's bound an event: "three days before the quarter ended", "a week after the season began". */
export const PERIOD_BOUNDS = new Set(['end', 'begin', 'start', 'close', 'open', 'finish']);
/** Verbs that project a figure forward: "are forecast to die this year". */
export const FORECAST_VERBS = new Set(['forecast', 'project', 'predict', 'anticipate']);
/**
 * Nouns that name an event, so that "after the eruption on Monday" labels Monday by the eruption. Nouns
 * made from verbs ("-tion", "-ment", "-ing", "-al": "election", "announcement", "bombing", "arrival") count
 * without being listed.
 */
export const EVENT_NOUNS = [
  'attack',
  'war',
  'coup',
  'storm',
  'quake',
  'earthquake',
  'vote',
  'poll',
  'raid',
  'crash',
  'fire',
  'blaze',
  'flood',
  'strike',
  'riot',
  'protest',
  'talks',
  'visit',
  'summit',
  'death',
  'blast',
  'explosion',
  'ruling',
  'verdict',
  'end',
  'start',
  'fall',
  'collapse',
  'massacre',
  'offensive',
  'ceasefire',
  'truce',
  'deal',
  'accident',
  'outbreak',
  'hurricane',
  'typhoon',
  'cyclone',
  'landslide',
  'avalanche',
  'tsunami',
  'eruption',
  'tornado',
  'drought',
  'famine',
  'invasion',
  'takeover',
  'crackdown',
  'clash',
  'clashes',
  'fighting',
  'assault',
  'ambush',
  'siege',
  'defeat',
  'victory',
  'win',
  'final',
  'match',
  'game',
  'race',
  'launch',
  'release',
  'arrest',
  'trial',
  'hearing',
  'meeting',
  'conference',
  'referendum',
  'budget',
  'speech',
  'address',
  'debate',
  'shutdown',
  'lockdown',
  'derailment',
  'sinking',
  'surge',
  'spike',
  'crisis',
  'pandemic',
  'epidemic',
];
/** Words of a title before a person's name: "Interior Minister Suleyman Soylu", "Secretary of State Antony Blinken". */
export const TITLES = [
  'president',
  'minister',
  'secretary',
  'state',
  'prime',
  'premier',
  'chancellor',
  'governor',
  'mayor',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'chief',
  'director',
  'commissioner',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'general',
  'gen.',
  'colonel',
  'col.',
  'captain',
  'ambassador',
  'chairman',
  'chairwoman',
  'chair',
  'judge',
  'justice',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheriff',
  'officer',
  'official',
  'head',
  'coach',
  'ceo',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'defense',
  'defence',
  'interior',
  'foreign',
  'health',
  'finance',
  'treasurer',
  'vice',
  'deputy',
  'acting',
  'county',
  'city',
  'national',
  'federal',
];
/**
 * Nouns after "overnight" that make it a kind of thing, not the night just gone: "an overnight trip", "an
 * overnight curfew", "an overnight success". ("an overnight attack" stays: the attack was last night.)
 */
export const OVERNIGHT_KINDS = new Set(
  'trip|trips|stay|stays|flight|flights|train|trains|bus|buses|ferry|ferries|journey|shift|shifts|curfew|curfews|bag|bags|camp|camps|guest|guests|parking|delivery|deliveries|shipping|success|sensation|rate|rates|market|markets|lending|borrowing|balances|deposits|funds|repo|interbank|oats|visit|visits'.split(
    '|',
  ),
);

/** Nouns of a body of people that "they" may stand for: "the team … when they lost". */
export const COLLECTIVE_NOUNS = new Set([
  ...['team', 'side', 'squad', 'club', 'government', 'police', 'army', 'military', 'party', 'family', 'group', 'crew'],
  ...['committee', 'council', 'board', 'jury', 'panel', 'union', 'company', 'firm', 'staff', 'public', 'opposition'],
  ...['campaign', 'administration', 'ministry', 'department', 'agency', 'media', 'community', 'crowd', 'couple'],
]);
/** Verbs a clause of their own may follow with no "that": "believed the leader of the gang fled". */
export const COMPLEMENT_VERBS = new Set([
  'think',
  'believe',
  'know',
  'expect',
  'hope',
  'fear',
  'suspect',
  'feel',
  'find',
  'learn',
  'hear',
  'see',
  'show',
  'mean',
  'suggest',
  'indicate',
  'confirm',
  'insist',
  'ensure',
  'realise',
  'realize',
]);
/** Verbs whose object is an event: "the election … held", "the vote conducted", "the talks postponed". */
export const HOLDING_VERBS = new Set([
  'hold',
  'stage',
  'conduct',
  'organise',
  'organize',
  'host',
  'schedule',
  'postpone',
  'cancel',
  'call',
]);
/** Words that open a clause fronted before the sentence's subject: "After he cast his vote, Mr Jammeh said". */
export const FRONTED_OPENERS = new Set([
  'after',
  'when',
  'as',
  'before',
  'while',
  'once',
  'although',
  'though',
  'because',
  'since',
  'if',
  'upon',
]);
/** Verbs whose "in" is a particle, no date's preposition: "the plan will kick in from January". */
export const IN_PARTICLE_VERBS = new Set([
  'kick',
  'set',
  'step',
  'cave',
  'give',
  'sink',
  'phase',
  'weigh',
  'chip',
  'rein',
  'break',
  'check',
  'move',
]);
/** Plurals of people without an "-s": no "it" stands for them ("Police told PTI … when it fell"). */
export const PLURAL_PEOPLE = new Set(['police', 'people', 'personnel', 'children', 'men', 'women', 'folk', 'cattle']);
/** A present perfect in the words after a date: "By early Friday, 44,400 people have been evacuated". */
export const PRESENT_PERFECT_AFTER =
  /^[^.;:]{0,80}?\b(?:has|have)\s+(?:(?:\p{Ll}+ly|already|now|so\s+far)\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn)\b/u;
/** Adjectives before a date that put it ahead: "before the looming Aug. 31 deadline", "the upcoming May 3 vote". */
export const UPCOMING_WORDS = ['looming', 'upcoming', 'forthcoming', 'approaching', 'impending'];
/**
 * Nouns a date names the term of: "the Aug. 31 troop withdrawal deadline". A deadline may have passed, so
 * the date is the nearer of its two years, not always the past one.
 */
export const DEADLINE_NOUNS = ['deadline', 'deadlines', 'cutoff', 'cut-off', 'due date', 'target date', 'expiry', 'ultimatum'];

/** Verbs that move or set a deadline: "extended to Nov. 16", "gave Merieux until mid-November". */
export const DEADLINE_VERBS = new Set([
  'extend',
  'postpone',
  'delay',
  'defer',
  'push',
  'move',
  'adjourn',
  'reschedule',
  'give',
  'grant',
  'set',
  'allow',
]);
/** Names of events that take their year after them: "ODI World Cup 2023", "the Games 2024", "Expo 2020". */
export const YEAR_NAMED_EVENTS = new Set([
  'cup',
  'trophy',
  'games',
  'olympics',
  'championship',
  'championships',
  'expo',
  'euro',
  'summit',
  'open',
  'tour',
  'festival',
  'awards',
  'conference',
  'series',
  'election',
  'elections',
  'census',
  'budget',
]);
/** Nouns for the report itself: "The news came a day after the Labor Department said …". */
export const REPORT_NOUNS = new Set(['news', 'report', 'announcement', 'data', 'figures', 'release', 'statement']);
/** Verbs that put an event on the calendar when it is their object: "planned a demonstration on Saturday". */
export const PLANNING_OBJECT_VERBS = new Set(['plan', 'schedule', 'call', 'announce', 'organise', 'organize', 'set', 'arrange', 'book']);
/**
 * Nouns that end like an event made from a verb ("-al", "-ing", "-ment", "-tion", "-ure") but name a place,
 * a body, a thing or a time: "the centre of the capital on 7 March" dates no capital.
 */
export const NOT_EVENT_NOUNS = new Set([
  'edition',
  'decoration', // "clothes hanging from trees like Christmas decorations"
  'decorations',
  'capital',
  'hospital',
  'official',
  'general',
  'local',
  'animal',
  'total',
  'rival',
  'signal',
  'journal',
  'criminal',
  'principal',
  'terminal',
  'canal',
  'tribunal',
  'individual',
  'material',
  'professional',
  'building',
  'evening',
  'morning',
  'king',
  'ring',
  'thing',
  'ceiling',
  'wing',
  'spring',
  'housing',
  'government',
  'parliament',
  'department',
  'apartment',
  'document',
  'equipment',
  'environment',
  'element',
  'segment',
  'instrument',
  'monument',
  'nation',
  'station',
  'population',
  'institution',
  'organization',
  'organisation',
  'administration',
  'position',
  'location',
  'coalition',
  'federation',
  'association',
  'corporation',
  'foundation',
  'generation',
  'section',
  'portion',
  'option',
  'condition',
  'question',
  'jurisdiction',
  'commission',
  'structure',
  'infrastructure',
  'culture',
  'future',
  'nature',
  'picture',
  'figure',
  'temperature',
  'legislature',
  'procedure',
  'feature',
  'creature',
]);

/**
 * Named days on the same date every year, whatever the country ("Bastille Day" is 14 July): month and
 * day. Holidays that move (Thanksgiving, Easter) or differ by country (Independence Day, Labour Day) are
 * not here; find.ts computes the moving ones it knows.
 */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'Bastille Day': [7, 14],
  'Fourth of July': [7, 4],
  'Anzac Day': [4, 25],
  'Australia Day': [1, 26],
  'Canada Day': [7, 1],
  'Waitangi Day': [2, 6],
  'Boxing Day': [12, 26],
  "St Patrick's Day": [3, 17],
  "St. Patrick's Day": [3, 17],
  'Armistice Day': [11, 11],
  'Remembrance Day': [11, 11],
  'Guy Fawkes Night': [11, 5],
  'Bonfire Night': [11, 5],
  "International Women's Day": [3, 8],
  Juneteenth: [6, 19],
  Hogmanay: [12, 31],
  'Earth Day': [4, 22],
  'World AIDS Day': [12, 1],
};

const EVENT_NOUN_SET = new Set(EVENT_NOUNS);
/** A noun that names an event: listed ("quake", "coup", "vote") or made from a verb ("eruption", "bombing"). */
export function isEventNoun(word: string): boolean {
  const singular = word.replace(/(?<=[^s])s$/u, '');
  if (EVENT_NOUN_SET.has(word) || EVENT_NOUN_SET.has(singular)) return true;
  return !NOT_EVENT_NOUNS.has(singular) && !NOT_EVENT_NOUNS.has(word) && /(?:tion|sion|ment|ing|ure|al)s?$/u.test(word);
}
