// Word lists the extractors share, as data: the sentence splitter's abbreviations, the calendar's
// names, and the currencies a sum is written in (the tokenizer splits glued codes off; figures reads the unit).

// Words whose full stop or exclamation mark does not end a sentence: the English lists of the
// sentence-splitter package (v5), whose boundaries sentences.ts reproduces. Compared in lower case,
// as that package compares them.

/** Abbreviations that end a sentence only when the next word is capitalised ("Inc. The", "at 5 p.m. Oct."). */
export const ABBREVIATIONS = [
  'Adj.',
  'Adm.',
  'Adv.',
  'Al.',
  'Ala.',
  'Alta.',
  'Apr.',
  'Arc.',
  'Ariz.',
  'Ark.',
  'Art.',
  'Assn.',
  'Asst.',
  'Attys.',
  'Aug.',
  'Ave.',
  'Bart.',
  'Bld.',
  'Bldg.',
  'Blvd.',
  'Brig.',
  'Bros.',
  'Btw.',
  'Cal.',
  'Calif.',
  'Capt.',
  'Cl.',
  'Cmdr.',
  'Co.',
  'Col.',
  'Colo.',
  'Comdr.',
  'Con.',
  'Conn.',
  'Corp.',
  'Cpl.',
  'Cres.',
  'Ct.',
  'D.phil.',
  'Dak.',
  'Dec.',
  'Del.',
  'Dept.',
  'Det.',
  'Dist.',
  'Dr.',
  'Dr.phil.',
  'Dr.philos.',
  'Drs.',
  'E.g.',
  'Ens.',
  'Esp.',
  'Esq.',
  'Etc.',
  'Exp.',
  'Expy.',
  'Ext.',
  'Feb.',
  'Fed.',
  'Fla.',
  'Ft.',
  'Fwy.',
  'Fy.',
  'Ga.',
  'Gen.',
  'Gov.',
  'Hon.',
  'Hosp.',
  'Hr.',
  'Hway.',
  'Hwy.',
  'I.e.',
  'Ia.',
  'Id.',
  'Ida.',
  'Ill.',
  'Inc.',
  'Ind.',
  'Ing.',
  'Insp.',
  'Is.',
  'Jan.',
  'Jr.',
  'Jul.',
  'Jun.',
  'Kan.',
  'Kans.',
  'Ken.',
  'Ky.',
  'La.',
  'Lt.',
  'Ltd.',
  'Maj.',
  'Man.',
  'Mar.',
  'Mass.',
  'May.',
  'Md.',
  'Me.',
  'Med.',
  'Messrs.',
  'Mex.',
  'Mfg.',
  'Mich.',
  'Min.',
  'Minn.',
  'Miss.',
  'Mlle.',
  'Mm.',
  'Mme.',
  'Mo.',
  'Mont.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Msgr.',
  'Mssrs.',
  'Mt.',
  'Mtn.',
  'Neb.',
  'Nebr.',
  'Nev.',
  'No.',
  'Nos.',
  'Nov.',
  'Nr.',
  'Oct.',
  'Ok.',
  'Okla.',
  'Ont.',
  'Op.',
  'Ord.',
  'Ore.',
  'P.',
  'Pa.',
  'Pd.',
  'Pde.',
  'Penn.',
  'Penna.',
  'Pfc.',
  'Ph.',
  'Ph.d.',
  'Pl.',
  'Plz.',
  'Pp.',
  'Prof.',
  'Pvt.',
  'Que.',
  'Rd.',
  'Rs.',
  'Ref.',
  'Rep.',
  'Reps.',
  'Res.',
  'Rev.',
  'Rt.',
  'Sask.',
  'Sec.',
  'Sen.',
  'Sens.',
  'Sep.',
  'Sept.',
  'Sfc.',
  'Sgt.',
  'Sr.',
  'St.',
  'Supt.',
  'Surg.',
  'Tce.',
  'Tenn.',
  'Tex.',
  'Univ.',
  'Usafa.',
  'U.S.',
  'Ut.',
  'Va.',
  'V.',
  'Ver.',
  'Vs.',
  'Vt.',
  'Wash.',
  'Wis.',
  'Wisc.',
  'Wy.',
  'Wyo.',
  'Yuk.',
];

/** Titles before a name only in capitals: "President HE. Samia Suluhu Hassan" (His Excellency), not "… said he." */
export const CAPITALISED_TITLES = ['HE.'];

/** Titles that come before a name ("Mr. Fuji", "Gen. Ali"): never the end of a sentence. */
export const PREPOSITIVE_ABBREVIATIONS = [
  'Adm.',
  'Attys.',
  'Brig.',
  'Capt.',
  'Cmdr.',
  'Col.',
  'Cpl.',
  'Det.',
  'Dr.',
  'Gen.',
  'Gov.',
  'Ing.',
  'Lt.',
  'Maj.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Mt.',
  'Messrs.',
  'Mssrs.',
  'Prof.',
  'Ph.',
  'Rep.',
  'Reps.',
  'Rev.',
  'Sen.',
  'Sens.',
  'Sgt.',
  'St.',
  'Supt.',
  'V.',
  'Vs.',
];

/**
 * Titles before a name that news writes and the package's lists lack ("Coun. Jan Harder", "Insp. Ali
 * Musa"): never the end of a sentence either.
 */
export const NEWS_TITLE_ABBREVIATIONS = [
  'Ald.',
  'Amb.',
  'Atty.',
  'Cllr.',
  'Coun.',
  'Couns.',
  'Hon.',
  'Insp.',
  'Msgr.',
  'Pte.',
  'Pvt.',
  'Spc.',
];

/** Names written with an exclamation mark ("Yahoo!") or a click letter ("!Kung"): never the end of a sentence. */
export const EXCLAMATION_WORDS = [
  '!Xũ',
  '!Kung',
  'ǃʼOǃKung',
  '!Xuun',
  '!Kung-Ekoka',
  'ǃHu',
  'ǃKhung',
  'ǃKu',
  'ǃung',
  'ǃXo',
  'ǃXû',
  'ǃXung',
  'ǃXũ',
  '!Xun',
  'Yahoo!',
  'Y!J',
  'Yum!',
];

// ---------------------------------------------------------------------------------------------
// Currencies: what a sum is written in. Figures builds its pattern of what may stand before a sum
// from these tables, and the tokenizer splits off the glued codes, so the three cannot disagree.

/** Currency symbols written before a sum, and the unit each names. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₦': 'NGN',
  '₴': 'UAH',
  '₽': 'RUB',
  '₱': 'PHP',
  '৳': 'BDT',
  '₨': 'rupees',
  '₵': 'GHS',
};

/** Country letters written before "$" ("US$", "HK$"), and the dollar each names. */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD',
  A: 'AUD',
  AU: 'AUD',
  C: 'CAD',
  CA: 'CAD',
  HK: 'HKD',
  NZ: 'NZD',
  S: 'SGD',
};

/**
 * Currency codes and abbreviations written before a sum, exactly as written (case matters: "Sh" is a
 * shilling, "sh" is not), and the unit each names. The East African "Sh"/"KSh", the South Asian
 * "Tk"/"Rs" and the South African "R" included.
 */
export const CURRENCY_CODES = {
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  CHF: 'CHF',
  CAD: 'CAD',
  AUD: 'AUD',
  JPY: 'JPY',
  INR: 'INR',
  Rs: 'rupees',
  'Rs.': 'rupees',
  PKR: 'PKR',
  LKR: 'LKR',
  NPR: 'NPR',
  BDT: 'BDT',
  Tk: 'BDT',
  'Tk.': 'BDT',
  PHP: 'PHP',
  IDR: 'IDR',
  Rp: 'IDR',
  MYR: 'MYR',
  RM: 'MYR',
  KES: 'KES',
  Ksh: 'KES',
  KSh: 'KES',
  Kshs: 'KES',
  KShs: 'KES',
  Sh: 'shillings',
  Shs: 'shillings',
  TZS: 'TZS',
  TSh: 'TZS',
  UGX: 'UGX',
  USh: 'UGX',
  ETB: 'ETB',
  NGN: 'NGN',
  // One-letter signs, read as a currency only before a sum written as one (number-tokens.ts): Nigerian
  // copy writes the naira "N178.603 billion", Philippine copy the peso "P820 million", Zambian and
  // Malawian copy the kwacha "K500 million".
  N: 'NGN',
  P: 'PHP',
  K: 'kwacha',
  GHS: 'GHS',
  // Ghanaian copy writes the cedi "GH¢1.29", "GH₵5", and still the old code "GHC203 million".
  'GH¢': 'GHS',
  'GH₵': 'GHS',
  GHC: 'GHS',
  EGP: 'EGP',
  ZAR: 'ZAR',
  R: 'ZAR',
  AED: 'AED',
  Dh: 'AED',
  Dhs: 'AED',
} as const;

// English words that are also ISO 4217 codes: in capitals before a number they are more often the word
// ("TOP 10", "ALL 3") than the currency.
const WORD_LIKE_CODES = new Set(['ALL', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'TRY']);

/**
 * Every ISO 4217 code the runtime knows (ICU's list, through Intl), for sums written with one: "FJD84.5
 * million", "SAR 2 billion". The codes of CURRENCY_CODES keep their own units; any other is its own unit.
 */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(
  Intl.supportedValuesOf('currency').filter((code) => !WORD_LIKE_CODES.has(code)),
);

/** The unit of a currency code before a sum ("KSh" -> "KES", "Rs." -> "rupees", "FJD" -> "FJD"); undefined for none. */
export function currencyCodeUnit(code: string): string | undefined {
  if (Object.hasOwn(CURRENCY_CODES, code)) return CURRENCY_CODES[code as keyof typeof CURRENCY_CODES];
  return ISO_CURRENCY_CODES.has(code) ? code : undefined;
}

/**
 * The codes news writes glued to the sum ("Sh100,000", "Rs5,000", "Tk500", "R500"): the tokenizer splits
 * them off, unlike other letters before digits ("COVID19", "F16").
 */
export const GLUED_CURRENCY_CODES: ReadonlyArray<keyof typeof CURRENCY_CODES> = [
  'KShs',
  'Kshs',
  'KSh',
  'Ksh',
  'Shs',
  'Sh',
  'TSh',
  'Tk',
  'USh',
  'Rs',
  'Rp',
  'RM',
  'Dhs',
  'Dh',
  'GH¢',
  'GH₵',
  'GHC',
  'R',
  'N',
  'P',
  'K',
];

/** Currency words written after a number ("500 dollars", "20 million naira"), by word key, and the unit each names. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  // A currency's hundredth, as British and Commonwealth business copy writes a share's earnings or price.
  pence: 'pence',
  cents: 'cents',
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  rupees: 'rupees',
  rupee: 'rupees',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  pesos: 'pesos',
  shillings: 'shillings',
  naira: 'NGN',
  rand: 'ZAR',
  francs: 'francs',
  dinars: 'dinars',
  riyals: 'riyals',
  dirhams: 'AED',
  lira: 'TRY',
  liras: 'TRY',
  roubles: 'RUB',
  rubles: 'RUB',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  taka: 'BDT',
  kyat: 'MMK',
  birr: 'ETB',
  cedis: 'GHS',
  kwacha: 'kwacha',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
};

// ---------------------------------------------------------------------------------------------
// The calendar's names, as written in news copy (capitalised).

/** The months, January first: each name with the abbreviations news writes for it ("Sept", "Sep"). */
export const MONTHS: ReadonlyArray<readonly [name: string, ...abbreviations: string[]]> = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];

/** The days of the week, Sunday first (as Date.prototype.getDay counts them), each with its abbreviations. */
export const WEEKDAYS: ReadonlyArray<readonly [name: string, ...abbreviations: string[]]> = [
  ['Sunday', 'Sun'],
  ['Monday', 'Mon'],
  ['Tuesday', 'Tue', 'Tues'],
  ['Wednesday', 'Wed'],
  ['Thursday', 'Thu', 'Thur', 'Thurs'],
  ['Friday', 'Fri'],
  ['Saturday', 'Sat'],
];

// ---------------------------------------------------------------------------------------------
// Closed classes of English words, lower case.

/**
 * The auxiliary verbs: forms of "be", "have" and "do", and the modals. An extractor that steps over
 * them ("were killed", "has also said") adds the words of its own rule to these.
 */
export const AUXILIARY_VERBS = [
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
];

/** The personal pronouns in subject form: a speaker or source of only one of these names no one yet. */
export const PERSONAL_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i', 'you'];

/** Articles and demonstratives: no name goes on with one, so a capitalised one opens a new phrase. */
export const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those'];

// ---------------------------------------------------------------------------------------------
// Numbers written in words, and the words and letters that scale a number.

/** Number words, by what they add: units, teens and tens ("twenty-five", "one hundred and twelve"). */
export const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
export const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words after a number: "1.5 million", "40 thousand", "2 lakh" (South Asian English). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7, // "Rs 3500 cr", as Indian papers shorten it
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  bln: 1e9,
};
/**
 * Words after "100m" that make the "m" metres, not millions: races, swims and distances in sport and
 * building ("the 100m butterfly", "a 400m relay", "a 30m drop"); money and counts keep "m" as millions.
 */
export const METRE_CONTEXT = new Set([
  'butterfly',
  'freestyle',
  'medley',
  'backstroke',
  'breaststroke',
  'relay',
  'relays',
  'hurdles',
  'sprint',
  'dash',
  'steeplechase',
  'individual',
  'race',
  'races',
  'final',
  'finals',
  'heat',
  'heats',
  'semi-final',
  'semifinal',
  'title',
  'record',
  'freestyler',
  'specialist',
  'champion',
  'gold',
  'silver',
  'bronze',
  'tall',
  'high',
  'long',
  'wide',
  'deep',
  'drop',
  'fall',
  'above',
  'below',
  'away',
  'radius',
]);
/** Units of time a half is said of: "six and a half years", "two and a half hours". */
export const HALVED_UNITS = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'decade',
  'decades',
]);
/** Scale words that multiply a number already read ("two million", "three lakh"), unlike "hundred" within one. */
export const BIG_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
};
/** Letters glued to digits that scale them: "1.2m", "5bn", "10k", and whole scale words ("$54.8billion"). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  k: 1e3,
  tn: 1e12,
  ...BIG_WORDS,
};
