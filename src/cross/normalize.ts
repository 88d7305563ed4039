// Text normalisation shared by the cross-document modules: comparable word sets, names, groups and
// URL slugs. Pure and deterministic (no locale-dependent case mapping beyond toLowerCase on NFKD text).

/** Function words and hedges that say nothing about which event or figure a phrase is about. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to from by for with without into onto over under after before during since until ' +
    'as than then that this these those there here it its it’s is are was were be been being has have had do does did ' +
    'will would shall should can could may might must not no so such he she they them their his her we our you your i ' +
    'who whom whose which what when where why how said says say told according also more most less least about nearly ' +
    'some any all each other another up down out off again further once just only very least'
  ).split(' '),
);

/** Date words: events are only compared when their dates already agree, so these add nothing. */
const DATE_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning evening night ' +
    'week month year day days weeks months years last next earlier later ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, accents removed, typographic apostrophes made plain. */
export function foldText(text: string): string {
  // Most words are plain ASCII, which has no accents to decompose: the cross-document views fold
  // every word of every event, so the Unicode passes are kept for the text that needs them.
  if (!NON_ASCII.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`]/g, "'")
    .toLowerCase();
}

/** A light stem so "killing", "killed" and "kills" meet; short words are left alone. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ing') && word.length >= 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length >= 5) return word.slice(0, -2);
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A word token as written (case kept), numbers included ("6.8", "1,700"). */
const TOKEN = /\p{L}[\p{L}\p{N}'’-]*|\d[\d,.]*\d|\d/gu;

/** A token as compared: folded, without apostrophes and hyphens; empty for stop and date words. */
function comparable(token: string): string {
  const word = foldText(token).replace(/['-]/g, '');
  return STOPWORDS.has(word) || DATE_WORDS.has(word) ? '' : word;
}

/** What describeWords keeps of a token; null for a stop or date word. */
interface TokenWords {
  stemmed: string;
  word: boolean; // a content word: a number, or three letters or more
  name: boolean; // a number, or capitalised (a name when it is not the first word of a sentence)
  first: boolean; // a number: distinctive even first in its sentence
}

// Every view folds the words of every event and lead of every document, and news repeats its words:
// each distinct token is read once ("1,700" -> "1700", "Valley’s" -> "valley"), within a bounded memory.
const tokens = new Map<string, TokenWords | null>();
const TOKENS_KEPT = 200_000;

function tokenWords(raw: string): TokenWords | null {
  let found = tokens.get(raw);
  if (found !== undefined) return found;
  const token = raw.replace(/(?<=\d),(?=\d)/g, '').replace(/['’]s$/, '');
  const word = comparable(token);
  const digits = /\d/.test(word);
  found = word ? { stemmed: stem(word), word: digits || word.length >= 3, name: digits || /^\p{Lu}/u.test(token), first: digits } : null;
  if (tokens.size < TOKENS_KEPT) tokens.set(raw, found);
  return found;
}

/**
 * What a description says, for comparing it with others, from one pass over its words:
 * - `words`: content words, stemmed, which two descriptions of the same event should share;
 * - `names`: distinctive words, numbers and capitalised names not at the start of a sentence ("Lenne",
 *   "212"); two reports sharing several of these are very likely about the same thing even when worded apart.
 */
export function describeWords(text: string): { words: Set<string>; names: Set<string> } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?…])\s+/)) {
    let i = 0;
    for (const [raw] of (NON_ASCII.test(sentence) ? sentence.normalize('NFC') : sentence).matchAll(TOKEN)) {
      const found = tokenWords(raw);
      if (found) {
        if (found.word) words.add(found.stemmed);
        if (found.first || (found.name && i > 0)) names.add(found.stemmed);
      }
      i++;
    }
  }
  return { words, names };
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

/** Singular of the last word of a group: "Palestinians" -> "palestinian", "casualties" -> "casualty". */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|sis|xis)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Irregular plurals news copy uses for people. */
const IRREGULAR: Record<string, string> = {
  people: 'people',
  persons: 'people',
  person: 'people',
  children: 'child',
  men: 'man',
  women: 'woman',
};

/**
 * Whom a figure counts, comparable across documents: lower case, trimmed, inner spaces collapsed,
 * a leading article dropped, the last word made singular. Null or empty counts "people".
 */
export function normalizeGroup(subject: string | null): string {
  const folded = foldText(subject ?? '')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|some|about|all) /, '');
  if (!folded) return 'people';
  const words = folded.split(' ');
  const last = words.at(-1)!;
  words[words.length - 1] = IRREGULAR[last] ?? singular(last);
  return words.join(' ');
}

/**
 * A speaker's name, comparable across documents: accents and case folded, punctuation dropped, a leading
 * "the" dropped ("the State Department" and "State Department" are one body).
 */
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
