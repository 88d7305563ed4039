// Figures: numbers that count people or impact (killed, injured, displaced…), damage, money and
// durations. Each number found by text/numbers.ts is first ruled out if it is a date, time, age, year,
// measurement or code; then its neighbours decide what it counts: a verb before it ("killing 12"),
// a tally before it ("the death toll rose to 375"), its noun and predicate after it ("40,000
// Palestinians have been killed"), or a coordinated number ("64 children and 57 women were killed").
import type { Figure, Measure, ParsedDocument, Qualifier } from '../../schema/document.ts';
import { foldDigits } from '../text/normalize.ts';
import { positionIn } from '../text/paragraphs.ts';
import { findNumbers, tokenize, type NumberMention, type Token } from '../text/numbers.ts';
import {
  ASIDE_OPENERS,
  CLAUSE_STOPS,
  DAMAGE_WORDS,
  DURATION_UNITS,
  EVENT_NOUNS,
  FILLERS,
  LEFT_CUES,
  MONTH_NAMES,
  PERSON_NOUNS,
  POPULATION_WORDS,
  PREDICATE_FILLERS,
  PROPERTY_NOUNS,
  QUALIFIERS,
  RESPONDER_NOUNS,
  PREDICATE_ONLY_CUES,
  RIGHT_CUES,
  SHORT_TIME_UNITS,
  SKIP_NOUNS,
  SPEECH_VERBS,
  TALLY_CUES,
  TALLY_LINKS,
  VERB_CUES,
  type Phrase,
} from './lexicon.ts';
import { findAttribution } from './attribution.ts';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from '../text/lexicon.ts';
import { alternation, escapeRegExp } from '../text/patterns.ts';

type Kind = 'count' | 'duration' | 'money' | 'percent';
type NounClass = 'person' | 'property' | 'skip' | 'unknown' | 'none';
type CueSource = 'left' | 'near' | 'right' | 'tally' | 'inherited';

interface Candidate {
  mention: NumberMention;
  sentence: { start: number; end: number };
  kind: Kind;
  unit: string;
  spanStart: number;
  spanEnd: number;
  qualifier: Qualifier;
  measure: Measure | null;
  source: CueSource | null;
  leftStrength: 'strong' | 'weak' | null;
  noun: NounClass;
  head: string | null;
  subject: string | null;
  damage: boolean;
  speaker: boolean; // the number is the subject of a speech verb: "two aid workers said"
  population: boolean; // "a town of 50,000 people"
  responder: boolean;
  leftWord: string; // the word before the number and its hedge ("including", "killing")
  fromRight: boolean; // the measure was read after the number (its predicate), so subjects before it may share it
  careCue: boolean; // the measure came from medical care ("hospitalised", "in critical condition"), not from a wound
}

/** Every number that counts people or impact, and durations, in document order. */
export function extractFigures(doc: ParsedDocument): Figure[] {
  const figures: Figure[] = [];
  // In an epidemic report nobody is wounded: "hospitalised" patients are cases of the disease.
  const sick = isDiseaseReport(doc);
  doc.paragraphs.forEach((paragraph, index) => {
    const tokensByWindow = new Map<string, Token[]>();
    // Numbers are read in the digit-folded text ("４０,０００" as "40,000"); `text` quotes the original.
    const readable = foldDigits(paragraph.text);
    const { candidates, tokens } = paragraphCandidates(readable, paragraph.sentences);
    for (const c of candidates) {
      if (!keep(c)) continue;
      // The source is named near its figure: an ordinary sentence is read whole (and tokenized once),
      // a pathological megabyte-long one only around the figure.
      const long = c.sentence.end - c.sentence.start > 1200;
      let windowStart = long ? Math.max(c.sentence.start, c.spanStart - 250) : c.sentence.start;
      let windowEnd = long ? Math.min(c.sentence.end, c.spanEnd + 250) : c.sentence.end;
      const key = `${windowStart}:${windowEnd}`;
      let windowTokens = tokensByWindow.get(key);
      if (!windowTokens) {
        // The paragraph's own tokens, re-based on the window (no second tokenizing pass).
        const first = firstTokenAt(tokens, windowStart);
        let last = first;
        while (last < tokens.length && tokens[last].end <= windowEnd) last++;
        if (last > first) {
          windowStart = Math.min(windowStart, tokens[first].start);
          windowEnd = Math.max(windowEnd, tokens[last - 1].end);
        }
        const base = windowStart;
        windowTokens = tokens.slice(first, last).map((t) => ({ ...t, start: t.start - base, end: t.end - base }));
        if (!long) tokensByWindow.set(key, windowTokens);
      }
      const sentenceText = readable.slice(windowStart, windowEnd);
      figures.push({
        id: `figure-${figures.length + 1}`,
        value: c.mention.value,
        qualifier: c.qualifier,
        // A percentage is kept for its impact context but counts no one itself.
        measure: c.kind === 'percent' ? 'other' : c.measure === 'injured' && c.careCue && sick ? 'affected' : (c.measure ?? 'other'),
        subject: c.subject,
        unit: c.unit,
        text: paragraph.text.slice(c.spanStart, c.spanEnd),
        attribution: findAttribution(sentenceText, c.spanStart - windowStart, c.spanEnd - windowStart, windowTokens),
        position: positionIn(doc.paragraphs, index, c.spanStart, c.spanEnd),
      });
    }
  });
  return figures;
}

// Disease words that make a document an epidemic report; bounded scan of the first 20,000 characters.
const DISEASE =
  /\b(?:outbreak|epidemic|pandemic|infected|infections?|virus|viral|disease|cholera|dengue|measles|ebola|mpox|monkeypox|malaria|covid|influenza|diphtheria|typhoid|meningitis|marburg|polio|yellow fever|lassa)\b/i;
const WOUNDS = /\b(?:injur(?:y|ies|ed|ing)|wound(?:s|ed|ing)?|hurt|burns|trauma)\b/i;

function isDiseaseReport(doc: ParsedDocument): boolean {
  const text = doc.paragraphs
    .map((p) => p.text)
    .join('\n')
    .slice(0, 20_000);
  return DISEASE.test(`${doc.title}\n${text}`) && !WOUNDS.test(text);
}

function keep(c: Candidate): boolean {
  if (c.kind === 'duration' || c.kind === 'money') return true;
  // Shares are figures in their own right ("61% of cases", "prices rose by 40 percent").
  if (c.kind === 'percent') return true;
  // "a dozen" is a vague amount, like "dozens": never a figure.
  if (c.mention.article && c.mention.value === 12) return false;
  if (c.noun === 'skip') return false;
  if (c.speaker && c.source !== 'left' && c.source !== 'tally') return false;
  // "one of the…", "a dozen teams": only a figure when the text itself says what happened to them.
  if (c.mention.article && (c.source === null || c.source === 'inherited' || c.measure === 'other')) return false;
  if (c.measure && c.measure !== 'other') return true;
  if (c.population) return false;
  if (c.measure === 'other') return c.noun === 'person' || c.noun === 'none' || c.noun === 'unknown' || (c.noun === 'property' && c.damage);
  if (c.noun === 'person') return !c.responder && c.mention.value >= 2;
  if (c.noun === 'property') return c.damage;
  // A count of things the lists do not know ("96 rescues", "3 million doses", "37 safety violations").
  if (c.noun === 'unknown')
    return c.mention.value >= 2 && c.subject !== null && /^(?:\p{Ll}[\p{Ll}-]*\s)?\p{Ll}[\p{Ll}-]*[^s\s]s(?:\s|$)/u.test(c.subject);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Candidates in one paragraph

/** Index of the first token that starts at or after `offset`. */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function paragraphCandidates(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
): { candidates: Candidate[]; tokens: Token[] } {
  const tokens = tokenize(text);
  const mentions = findNumbers(text, tokens);
  const mentionAtToken = new Map<number, number>();
  mentions.forEach((m, i) => {
    for (let t = m.first; t <= m.last; t++) mentionAtToken.set(t, i);
  });
  const sentenceOf = (offset: number): { start: number; end: number } => {
    // Binary search: sentences are in order and do not overlap.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < sentences[mid].start) hi = mid - 1;
      else if (offset >= sentences[mid].end) lo = mid + 1;
      else return sentences[mid];
    }
    return { start: lo > 0 ? sentences[lo - 1].end : 0, end: lo < sentences.length ? sentences[lo].start : text.length };
  };

  const candidates: Candidate[] = [];
  for (const mention of mentions) {
    const sentence = sentenceOf(mention.start);
    const c = analyse(text, tokens, mention, sentence, mentionAtToken);
    if (c) candidates.push(c);
  }
  inherit(text, candidates);
  return { candidates, tokens };
}

/** Phrase lists indexed by their last (or first) word, so each token is checked against a handful. */
function indexBy<T extends readonly [Phrase, ...unknown[]]>(list: readonly T[], pick: (p: Phrase) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of list) {
    const key = pick(entry[0]);
    const bucket = index.get(key) ?? [];
    bucket.push(entry); // the lists are sorted longest first, and buckets keep that order
    index.set(key, bucket);
  }
  return index;
}
const lastWord = (p: Phrase): string => p[p.length - 1];
const QUALIFIERS_BY_LAST = indexBy(QUALIFIERS, lastWord);
const LEFT_CUES_BY_LAST = indexBy(LEFT_CUES, lastWord);
const TALLY_CUES_BY_LAST = indexBy(TALLY_CUES, lastWord);
const RIGHT_CUES_BY_FIRST = indexBy(RIGHT_CUES, (p) => p[0]);
const FILLERS_BY_LAST = indexBy(
  FILLERS.map((f) => [f] as const),
  lastWord,
);

const endsWithPhrase = (tokens: readonly Token[], at: number, phrase: Phrase): boolean => {
  if (at - phrase.length + 1 < 0) return false;
  for (let p = 0; p < phrase.length; p++) if (tokens[at - phrase.length + 1 + p].lower !== phrase[p]) return false;
  return true;
};
const startsWithPhrase = (tokens: readonly Token[], at: number, phrase: Phrase): boolean => {
  if (at + phrase.length > tokens.length) return false;
  for (let p = 0; p < phrase.length; p++) if (tokens[at + p].lower !== phrase[p]) return false;
  return true;
};

// A currency symbol ("$", "US$", "€") or code ("KSh", "Rs.", "R") right before the sum, from the currency lexicon.
const CURRENCY_BEFORE = new RegExp(
  `(?:\\b(${alternation(Object.keys(DOLLAR_PREFIXES))}))?([${Object.keys(CURRENCY_SYMBOLS).map(escapeRegExp).join('')}])\\s?$|` +
    `\\b(${alternation(Object.keys(CURRENCY_CODES))})\\s?$`,
);
type CurrencyCode = keyof typeof CURRENCY_CODES;

function analyse(
  text: string,
  tokens: readonly Token[],
  m: NumberMention,
  sentence: { start: number; end: number },
  mentionAtToken: ReadonlyMap<number, number>,
): Candidate | null {
  if (m.value <= 0) return null;
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(text.length, m.end + 60));
  // Bounded: a comparative ("the deadliest in 30 years") is written close to its number.
  const sentenceBefore = text.slice(Math.max(sentence.start, m.start - 300), m.start);
  if (isExcluded(m, before, after)) return null;

  // --- What kind of quantity: money, percent, duration or a count -------------------------------
  let kind: Kind = 'count';
  let unit = 'people';
  let spanStart = m.start;
  let spanEnd = m.end;
  let afterIndex = m.last + 1; // first token after the number and its unit

  const currencyBefore = CURRENCY_BEFORE.exec(before);
  const next = tokens[m.last + 1];
  if (currencyBefore) {
    kind = 'money';
    const [written, prefix, symbol, code] = currencyBefore;
    unit = symbol
      ? (symbol === '$' && prefix && DOLLAR_PREFIXES[prefix]) || CURRENCY_SYMBOLS[symbol]
      : CURRENCY_CODES[code as CurrencyCode];
    spanStart = m.start - written.length;
  } else if (next && next.kind === 'word' && Object.hasOwn(CURRENCY_WORDS, next.lower)) {
    kind = 'money';
    unit = CURRENCY_WORDS[next.lower];
    spanEnd = next.end;
    afterIndex = m.last + 2;
  } else {
    const percent = /^\s?(?:%|percent\b|per\s?cent\b|pc\b|percentage points?\b)/i.exec(after);
    if (percent) {
      // Votes and odds are not impact: "52 percent of the vote", "a 30% chance of rain".
      if (
        /^\s*(?:of\s+(?:the\s+)?(?:votes?|ballots?|seats?|electorate)\b|chance|probability|likelihood|odds)/i.test(
          after.slice(percent[0].length),
        )
      )
        return null;
      kind = 'percent';
      unit = 'percent';
      spanEnd = m.end + percent[0].length;
      while (afterIndex < tokens.length && tokens[afterIndex].start < spanEnd) afterIndex++;
    }
  }
  if (kind === 'count') {
    const duration = /^(?:\s|-)(years?|months?|weeks?|days?|decades?)\b/i.exec(after);
    if (duration) {
      if (m.article) return null; // "one day", "one year": too often a manner of speaking
      const unitWord = duration[1].toLowerCase();
      const rest = after.slice(duration[0].length);
      if (/^(?:\s|-)old\b/i.test(rest)) {
        // "the eight-month-old war" is a duration; "a 32-year-old nurse" is an age.
        const noun = /^(?:\s|-)old\s+([\p{L}']+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
        if (!EVENT_NOUNS.has(noun)) return null;
      }
      if (
        /^\s*(?:ago|later|earlier|hence|from now|on\s*(?:[,.;]|$)|high|low|record|peak|in (?:jail|prison))\b/i.test(rest) ||
        /^\s*on\s*(?:[,.;]|$)/.test(rest)
      )
        return null;
      if (/\bevery\s+$/i.test(before)) return null;
      // Comparative periods: "the deadliest in two decades", "for the first time in 20 years".
      if (
        /\bin\s+(?:the\s+)?(?:(?:past|last|nearly|almost|more than|over)\s+)?$/i.test(before) &&
        /\b(?:\p{L}+est|first|worst|most|only|record)\b/iu.test(sentenceBefore)
      )
        return null;
      kind = 'duration';
      unit = DURATION_UNITS[unitWord] ?? unitWord;
      spanEnd = m.end + duration[0].length;
      while (afterIndex < tokens.length && tokens[afterIndex].start < spanEnd) afterIndex++;
    }
  }

  // --- Hedge before the number ---------------------------------------------------------------
  let k = m.first - 1;
  const skipFillers = (): void => {
    for (let round = 0; round < 2; round++) {
      const filler =
        k >= 0
          ? FILLERS_BY_LAST.get(tokens[k].lower)?.find(
              ([f]) => endsWithPhrase(tokens, k, f) && tokens[k - f.length + 1].start >= sentence.start,
            )
          : undefined;
      if (!filler) return;
      k -= filler[0].length;
    }
  };
  if (kind === 'money' && currencyBefore) while (k >= 0 && tokens[k].start >= spanStart) k--;
  let qualifier: Qualifier = 'exact';
  const fillerFree = k;
  skipFillers();
  const hedgeAt = (at: number): [Phrase, Qualifier] | undefined =>
    at >= 0
      ? QUALIFIERS_BY_LAST.get(tokens[at].lower)?.find(
          ([p]) => endsWithPhrase(tokens, at, p) && tokens[at - p.length + 1].start >= sentence.start,
        )
      : undefined;
  let hedge = hedgeAt(k);
  if (!hedge) {
    k = fillerFree;
    hedge = hedgeAt(k);
  }
  if (hedge) {
    qualifier = hedge[1];
    const first = k - hedge[0].length + 1;
    spanStart = Math.min(spanStart, tokens[first].start);
    k = first - 1;
  }
  skipFillers();
  if (qualifier === 'exact') {
    if (/^\s*(?:or more|-?plus\b|\+)/i.test(after)) qualifier = 'at least';
    else if (/^\s*or so\b/i.test(after)) qualifier = 'about';
    else if (k >= 0 && tokens[k].lower === 'between') qualifier = 'at least';
    else if (k >= 2 && tokens[k].lower === 'and' && tokens[k - 2]?.lower === 'between') qualifier = 'up to';
  }
  // Ages by comparison ("children under five") were excluded above; here "under" is a hedge.
  const leftIndex = k >= 0 && tokens[k].start >= sentence.start ? k : -1;

  // --- Cues before the number ----------------------------------------------------------------
  let measure: Measure | null = null;
  let source: CueSource | null = null;
  let leftStrength: 'strong' | 'weak' | null = null;
  let leftCueStart = spanStart;
  let leftCueWord = '';
  let damage = false;
  let population = false;
  if (leftIndex >= 0) {
    // 'it had "neutralised" 20 assailants': a verb in scare quotes still governs the number.
    const cueIndex =
      /^['"’”]$/.test(tokens[leftIndex].text) &&
      leftIndex > 0 &&
      tokens[leftIndex - 1].kind === 'word' &&
      tokens[leftIndex - 1].start >= sentence.start
        ? leftIndex - 1
        : leftIndex;
    const cue = LEFT_CUES_BY_LAST.get(tokens[cueIndex].lower)?.find(([p]) => endsWithPhrase(tokens, cueIndex, p));
    if (cue) {
      measure = cue[1];
      source = 'left';
      leftStrength = cue[2];
      leftCueStart = tokens[cueIndex - cue[0].length + 1].start;
      leftCueWord = cue[0].join(' ');
    }
    for (let d = leftIndex; d >= Math.max(0, leftIndex - 3) && tokens[d].start >= sentence.start; d--) {
      if (DAMAGE_WORDS.has(tokens[d].lower)) damage = true;
      if (mentionAtToken.has(d)) break;
    }
    const prevWord = tokens[leftIndex].lower;
    if ((prevWord === 'of' || prevWord === 'with') && leftIndex > 0 && POPULATION_WORDS.has(tokens[leftIndex - 1].lower)) population = true;
    if (!measure) {
      // "Of the dead, six were children": a part of the group named at the head of the sentence.
      const group = PART_OF_GROUP.exec(text.slice(sentence.start, spanStart));
      const groupMeasure = group ? GROUP_MEASURES.find(([re]) => re.test(group[1]))?.[1] : undefined;
      if (groupMeasure) {
        measure = groupMeasure;
        source = 'tally';
      }
    }
    if (!measure) {
      const tally = tallyBefore(tokens, leftIndex, sentence.start, mentionAtToken);
      if (tally) {
        measure = tally.measure;
        source = 'tally';
        leftCueStart = tally.start;
      }
    }
  }

  // --- Noun and predicate after the number ---------------------------------------------------
  const scan = scanRight(tokens, afterIndex, sentence.end, mentionAtToken);
  if (scan.damage) damage = true;
  const nounInfo = classifyNoun(text, tokens, scan.npFrom, scan.npTo);
  // "…families from two villages have been shifted": a number inside a prepositional phrase is not
  // the subject of the predicate after it.
  if (scan.measure && !scan.near && leftIndex >= 0 && IN_NOUN_PREPOSITIONS.has(tokens[leftIndex].lower)) {
    scan.measure = null;
    if (nounInfo.noun === 'unknown' || nounInfo.noun === 'none') return null;
  }
  if (scan.describesPlace) return null;
  // "None of the 40 passengers were injured": the predicate is denied for the whole group.
  if (scan.measure && /\b(?:none|neither|not one|no one)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i.test(before))
    scan.measure = 'other';
  if (scan.measure) {
    const useRight = !measure || (scan.near && leftStrength === 'weak') || (scan.near && source === 'tally');
    if (useRight) {
      measure = scan.measure;
      source = scan.near ? 'near' : 'right';
      leftStrength = null;
    }
  }
  if (kind === 'duration' || kind === 'money') {
    // A duration or a sum is never a head count, whatever verb stands near it.
    measure = 'other';
    source = null;
  }

  // --- Text span -------------------------------------------------------------------------------
  if (source === 'left' || source === 'tally') spanStart = Math.min(spanStart, leftCueStart);
  let subject = kind === 'count' ? nounInfo.subject : null;
  if (kind === 'count' || kind === 'percent') {
    if (nounInfo.subjectEnd > spanEnd && nounInfo.subjectEnd - m.end < 80) spanEnd = nounInfo.subjectEnd;
    const cueCounts = source === 'near' || source === 'right' || scan.near || scan.damage;
    if (cueCounts && scan.cueEnd > spanEnd && scan.cueEnd - m.end < 90) spanEnd = scan.cueEnd;
    // "the four missing people": the noun after an adjectival cue.
    if (scan.nounAfterCue >= 0 && !subject) {
      subject = tokens[scan.nounAfterCue].text;
      spanEnd = Math.max(spanEnd, tokens[scan.nounAfterCue].end);
    }
  }

  // A bare year ("the 2021 coup", "in 2008") unless it plainly counts something ("2000 people").
  const yearLike = !m.grouped && !m.scaled && !m.decimal && m.form === 'digits' && m.value >= 1000 && m.value <= 2100;
  if (
    kind === 'count' &&
    yearLike &&
    qualifier === 'exact' &&
    source !== 'near' &&
    source !== 'left' &&
    source !== 'tally' &&
    nounInfo.noun !== 'person' &&
    nounInfo.noun !== 'property'
  )
    return null;
  if (kind === 'count' && m.decimal) return null;

  let finalUnit = unit;
  if (kind === 'count' && nounInfo.noun === 'property' && nounInfo.head) finalUnit = nounInfo.head.toLowerCase();

  return {
    mention: m,
    sentence,
    kind,
    unit: finalUnit,
    spanStart,
    spanEnd,
    qualifier,
    measure,
    source,
    leftStrength,
    noun: nounInfo.noun,
    head: nounInfo.head,
    subject,
    damage,
    speaker: scan.speech,
    population,
    responder: nounInfo.head !== null && RESPONDER_NOUNS.has(nounInfo.head.toLowerCase()),
    leftWord: leftIndex >= 0 ? tokens[leftIndex].lower : '',
    fromRight: source === 'near' || source === 'right',
    careCue: source === 'near' || source === 'right' ? CARE_CUE.test(scan.cue) : source === 'left' && /^treat/.test(leftCueWord),
  };
}

// ---------------------------------------------------------------------------------------------
// Exclusions: what looks like a number but is not a count

const LABELS =
  /\b(?:no|nos|number|flight|route|article|resolution|chapter|category|cat|level|phase|section|page|room|gate|platform|highway|interstate|apollo|channel|tier|stage|grade|class|model|version|line|bus|division|brigade|battalion|ward|block|sector|zone|act|item|vol|volume|paragraph|clause|verse|psalm|figure|fig|table|day|week|season|episode|game|match|exit|terminal|pier|magnitude|measuring|size|type|code|decree|covid|sars|group|team|unit|camp|district|station|street|avenue|road|lane|gaza|term)\.?\s*[-–#]?\s*$/i;
const MEASUREMENT_AFTER =
  /^\s?-?\s?(?:km|kms|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|cm|mm|yards?|kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|barrels?|mph|kph|km\/h|knots?|nautical|volts?|watts?|megawatts?|mw|kw|gw|square|sq|cubic|calibre|caliber|storeys?|stories|floors?|degrees?|deg|°|º|bytes?|mb|gb|magnitude|on the richter|point|points|[ap]\.?\s?m\b|o'clock|gmt|utc|bst|cet|eet|edt|est|pdt|pst|ist|local time|hrs?\b|h\b|hours?|minutes?|mins?|seconds?|secs?|-?(?:half|halves|thirds?|quarters?|fifths?|sixths?|tenths?))(?!\p{L})/iu;
const GLUED_UNITS = new Set([
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
const AGE_GROUP =
  /\b(?:children|kids|people|adults|those|persons|men|women|girls|boys|babies|infants|minors|anyone|residents|patients|population|citizens|everyone)\s+(?:aged\s+)?(?:under|over|above|below|older than|younger than|between)\s+$/i;

function isExcluded(m: NumberMention, before: string, after: string): boolean {
  if (m.suffix && GLUED_UNITS.has(m.suffix)) return true; // "15th", "1990s", "6pm", "46.9C", "10km"
  if (m.suffix && m.form === 'digits' && !/^(?:m|bn|k)$/.test(m.suffix)) return true;
  if (m.form === 'digits' && /^0\d/.test(m.text)) return true; // "0800": a code or a clock time
  if (/\d\s*[:.]\s*$/.test(before) || /^\s*:\s*\d/.test(after)) return true; // "4:00", "10.30"
  if (/(?:^|[^\d\s])\.$/.test(before) || (/^\.$/.test(before.slice(-1)) && !/\d\.$/.test(before))) return true; // ".45-caliber"
  if (/\p{L}-$/u.test(before)) return true; // "COVID-19", "F-16", "Su-25"
  if (LABELS.test(before)) return true;
  if (/\b(?:aged?|ages|age of|aging|ageing)\s+$/i.test(before)) return true;
  // The upper end of an age range: "children aged 6 weeks to 14 years", "people aged 18-59".
  if (/\b(?:aged?|ages)\s+\d{1,3}\s*(?:(?:days?|weeks?|months?|years?)\s*)?(?:to|-|–|and)\s*$/i.test(before)) return true;
  if (AGE_GROUP.test(before)) return true;
  if (
    /(?:\s|-)(?:years?|months?)(?:\s|-)old\b/i.test(after.slice(0, 20)) &&
    !/^(?:\s|-)(?:years?|months?|weeks?|days?|decades?)(?:\s|-)old\s+/i.test(after)
  ) {
    // "a 12-year-old" with no noun after "old" is an age; with a noun it is checked as a duration.
    return true;
  }
  if (/^\s*-\s*year-old/i.test(after)) return true;
  // "Abdullah Sharif, 45," and "John Smith (45)" are ages.
  if (
    !m.grouped &&
    m.value < 120 &&
    ((/\p{Lu}[\p{L}'’]+,\s$/u.test(before) && /^,/.test(after)) || (/\p{Lu}[\p{L}'’]+\s\($/u.test(before) && /^\)/.test(after)))
  )
    return true;
  if (MEASUREMENT_AFTER.test(after)) return true;
  if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+$/i.test(before)) return true; // "1 in 5"
  if (
    /^\s?(?:in|out of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!(?:[\d,]*)\s*(?:hours?|days?|weeks?|months?|years?|minutes?|attacks?|strikes?|raids?|incidents?|villages?|towns?|cities|provinces?|districts?|regions?|states?|countries))/i.test(
      after,
    ) &&
    !/^\s?in\s+\d{4}\b/.test(after)
  )
    return true; // "one in five"
  // Dates: "May 6", "Oct. 7", "6 May", "31st Jan"
  if (!m.grouped && !m.scaled && m.form === 'digits' && (m.value <= 31 || (m.value >= 1000 && m.value <= 2100))) {
    if (MONTH_NAMES.test(before.trimEnd()) && /\s$|\.$/.test(before)) return true;
    if (
      /^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/.test(
        after,
      )
    )
      return true;
  }
  return false;
}

const RISE_VERBS = /^(?:rose|risen|climbed|jumped|increased|grown|grew|swelled|swollen|soared|surged|mounted)$/;

// "Of the dead,", "Among those injured,", "Of the victims,": the group a following number is part of.
const PART_OF_GROUP = /^\s*(?:of|among|amongst)\s+(?:the|those|all\s+the|all\s+those)\s+([\p{L}' -]{2,30}?)\s*,\s*$/iu;
const GROUP_MEASURES: ReadonlyArray<[RegExp, Measure]> = [
  [/^(?:dead|deaths|victims|fatalities|bodies|deceased|(?:people |who )?(?:killed|died|who died|who were killed))$/i, 'killed'],
  [/^(?:injured|wounded|(?:people )?(?:hurt|injured|wounded)|casualties treated)$/i, 'injured'],
  [/^(?:missing|(?:people )?still missing)$/i, 'missing'],
  [/^(?:displaced|evacuees|evacuated)$/i, 'displaced'],
  [/^(?:arrested|detained|detainees)$/i, 'detained'],
  [/^(?:hostages|abducted|kidnapped|captives)$/i, 'hostages'],
];

// ---------------------------------------------------------------------------------------------
// Tallies: "the death toll had climbed to 375", "the number of injured stood at 40"

function tallyBefore(
  tokens: readonly Token[],
  leftIndex: number,
  sentenceStart: number,
  mentionAtToken: ReadonlyMap<number, number>,
): { measure: Measure; start: number } | null {
  const link = tokens[leftIndex];
  if (!TALLY_LINKS.has(link.lower)) return null;
  if (link.lower === 'of' && !(leftIndex > 0 && /^(?:toll|total|count|tally)$/.test(tokens[leftIndex - 1].lower))) return null;
  // "The death toll from the capsizing of a ferry off the central Philippines rose to 38": a toll's
  // subject may carry a long modifier, so "toll" is looked for further back than other tally words.
  // "The number of people who died after the dam burst … has risen to 27": after a verb of rising,
  // the tally may sit before a clause of its own, but only a toll or a "number of …" reaches that far.
  const rising = link.lower === 'to' && leftIndex > 0 && RISE_VERBS.test(tokens[leftIndex - 1].lower);
  let crossed = false;
  for (let j = leftIndex - (link.lower === 'of' ? 1 : 0); j >= 0 && leftIndex - j <= 20; j--) {
    const t = tokens[j];
    if (t.start < sentenceStart) break;
    if (mentionAtToken.has(j) || t.text === ';') break;
    if (t.kind === 'word' && CLAUSE_STOPS.has(t.lower) && t.lower !== 'since') {
      if (!rising) break;
      crossed = true;
      continue;
    }
    const cue = TALLY_CUES_BY_LAST.get(t.lower)?.find(([p]) => endsWithPhrase(tokens, j, p));
    const longReach = cue !== undefined && (t.lower === 'toll' || cue[0][0] === 'number');
    if (cue && (longReach || (!crossed && leftIndex - j <= 12))) return { measure: cue[1], start: tokens[j - cue[0].length + 1].start };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Right of the number: noun phrase, then predicate

interface RightScan {
  measure: Measure | null;
  describesPlace: boolean; // an adjectival cue before a place: "the 12 affected counties"
  near: boolean; // the cue is in the noun phrase itself ("12 dead", "68 bodies", "four missing people")
  cueEnd: number;
  speech: boolean;
  damage: boolean;
  npFrom: number; // token range of the noun phrase, inclusive; npTo < npFrom when empty
  npTo: number;
  nounAfterCue: number; // token index of a person noun right after an adjectival cue, or -1
  cue: string; // the cue phrase found, words joined by spaces
}

const AUXILIARIES = new Set([
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'remain',
  'remained',
  'remains',
  'got',
  'reportedly',
]);
const NORM_WORDS = /^(?:usual|normal|expected|average|anticipated|predicted|forecast)$/;
const IN_NOUN_PREPOSITIONS = new Set(['from', 'in', 'across']);
/** Places an adjectival cue can describe: "the 12 affected counties" counts no one. */
const PLACE_NOUNS = new Set(
  'counties|county|areas|area|municipalities|localities|communities|villages|towns|cities|districts|provinces|regions|states|countries|zones|sectors|upazilas|parishes|wards|islands|neighbourhoods|neighborhoods|hamlets|camps'.split(
    '|',
  ),
);
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'none', 'nobody']);
/** Cues that say someone is in medical care rather than how they were hurt. */
const CARE_CUE =
  /^(?:hospitali[sz]ed|in hospital|treated|treated for|admitted|(?:admitted|taken|rushed) to (?:a |the )?hospitals?|in (?:a )?(?:critical|serious|stable) condition|(?:in|required|needed) intensive care)$/;

function scanRight(
  tokens: readonly Token[],
  from: number,
  sentenceEnd: number,
  mentionAtToken: ReadonlyMap<number, number>,
  nested = false,
): RightScan {
  const result: RightScan = {
    describesPlace: false,
    measure: null,
    near: false,
    cueEnd: 0,
    speech: false,
    damage: false,
    npFrom: from,
    npTo: from - 1,
    nounAfterCue: -1,
    cue: '',
  };
  let phase: 'np' | 'pred' = 'np';
  let words = 0;
  let npWords = 0;
  let j = from;
  while (j < tokens.length && words < 16) {
    const t = tokens[j];
    if (t.start >= sentenceEnd) break;
    if (mentionAtToken.has(j)) {
      // "40 families from two villages have been shifted": a number inside the noun's prepositional
      // phrase belongs to the noun phrase; any other number starts a new count.
      if (phase !== 'np' || !IN_NOUN_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) break;
      while (j < tokens.length && mentionAtToken.has(j)) j++;
      words++;
      continue;
    }
    if (t.kind !== 'word') {
      if (t.text === ',') {
        const n = tokens[j + 1];
        if (!n || n.kind !== 'word') break;
        if (ASIDE_OPENERS.has(n.lower) || (n.lower === 'as' && tokens[j + 2]?.lower === 'well')) {
          // The aside may hold its own number ("…people, or 85 percent of the population, have…").
          const close = findComma(tokens, j + 1, 12, sentenceEnd, null);
          if (close < 0) break;
          j = close + 1;
          phase = 'pred';
          continue;
        }
        if (AUXILIARIES.has(n.lower) || cueAt(tokens, j + 1)) {
          phase = 'pred';
          j++;
          continue;
        }
        const close = findComma(tokens, j + 1, 5, sentenceEnd, mentionAtToken);
        if (close > 0 && (AUXILIARIES.has(tokens[close + 1]?.lower ?? '') || cueAt(tokens, close + 1))) {
          j = close + 1;
          phase = 'pred';
          continue;
        }
        break;
      }
      if (t.text === "'" || t.text === '’' || (t.text === '-' && tokens[j - 1]?.end === t.start)) {
        j++;
        continue;
      }
      if (t.text === '.' && t.end < sentenceEnd && tokens[j - 1]?.end === t.start) {
        j++; // an abbreviation inside the sentence: "U.S."
        continue;
      }
      break;
    }
    words++;
    const predicateCue = phase === 'pred' ? PREDICATE_ONLY_CUES.get(t.lower) : undefined;
    const cue = cueAt(tokens, j) ?? (predicateCue ? ([[t.lower], predicateCue] as [Phrase, Measure]) : undefined);
    if (cue) {
      const [phrase, measure] = cue;
      const afterCue = j + phrase.length;
      // "three gunmen killed 12 people": the verb governs the next number, not this one.
      if (VERB_CUES.has(phrase[0]) && nextIsNumber(tokens, afterCue, mentionAtToken)) break;
      if (NEGATIONS.has(tokens[j - 1]?.lower ?? '') || NEGATIONS.has(tokens[j - 2]?.lower ?? '')) break;
      // "the three affected regions": an adjectival cue before a place or thing counts no one.
      if (
        phase === 'np' &&
        tokens[afterCue]?.kind === 'word' &&
        (SKIP_NOUNS.has(tokens[afterCue].lower) || PLACE_NOUNS.has(tokens[afterCue].lower))
      ) {
        result.npTo = afterCue;
        result.describesPlace = true;
        return result;
      }
      result.measure = measure;
      result.cue = phrase.join(' ');
      result.near = phase === 'np' && npWords <= 3;
      result.cueEnd = tokens[afterCue - 1].end;
      if (phase === 'np' && PERSON_NOUNS.has(phrase[0])) {
        result.npTo = j; // "passengers", "contacts" are the noun itself
        // "Nine passengers were killed": the noun only says who; a predicate may still say what happened.
        if (measure === 'other' && !nested) {
          const later = scanRight(tokens, afterCue, sentenceEnd, mentionAtToken, true);
          if (later.measure && later.measure !== 'other') {
            return { ...later, near: false, npFrom: result.npFrom, npTo: j, nounAfterCue: -1 };
          }
        }
      }
      if (result.near && tokens[afterCue]?.kind === 'word' && PERSON_NOUNS.has(tokens[afterCue].lower)) result.nounAfterCue = afterCue;
      return result;
    }
    if (DAMAGE_WORDS.has(t.lower) && (phase === 'pred' || npWords > 0)) {
      result.damage = true;
      result.cueEnd = t.end;
      return result;
    }
    // "48,212 suspected and confirmed cases", "300 reported deaths": a participle before its noun.
    const nextWord = tokens[j + 1];
    const adjectival =
      phase === 'np' &&
      nextWord?.kind === 'word' &&
      nextWord.start < sentenceEnd &&
      (cueAt(tokens, j + 1) !== undefined || PERSON_NOUNS.has(nextWord.lower));
    if (SPEECH_VERBS.has(t.lower) && !adjectival) {
      if (phase === 'np') result.speech = true;
      break;
    }
    // "620 more people than usual died": an excess over the norm, not a new clause.
    if (
      t.lower === 'than' &&
      phase === 'np' &&
      NORM_WORDS.test(tokens[j + 1]?.lower ?? '') &&
      tokens.slice(Math.max(from, j - 4), j).some((w) => /^(?:more|fewer|less)$/.test(w.lower))
    ) {
      j += 2;
      continue;
    }
    if (CLAUSE_STOPS.has(t.lower) && !(t.lower === 'since' && phase === 'pred')) break;
    if (t.lower === 'as' && !(tokens[j + 1]?.lower === 'well')) break;
    if (
      (t.lower === 'that' || t.lower === 'who') &&
      phase === 'np' &&
      npWords >= 1 &&
      !cueAt(tokens, j + 1) &&
      predicateAfterRelative(tokens, j, sentenceEnd, mentionAtToken) !== j + 1
    ) {
      // "Eight fishermen who went out to sea on Friday are still missing": skip the relative clause
      // to the main verb, if one within reach says what happened to them.
      const mainVerb = predicateAfterRelative(tokens, j + 1, sentenceEnd, mentionAtToken);
      if (mainVerb > 0) {
        j = mainVerb;
        phase = 'pred';
        continue;
      }
    }
    if ((t.lower === 'that' || t.lower === 'who') && npWords >= 3) break;
    if (phase === 'np') {
      if (AUXILIARIES.has(t.lower)) {
        phase = 'pred';
      } else {
        npWords++;
        result.npTo = j;
        if (npWords > 7) break;
      }
    } else if (!PREDICATE_FILLERS.has(t.lower) && !/ly$/.test(t.lower)) {
      break;
    }
    j++;
  }
  return result;
}

/** The auxiliary that opens the main predicate after a relative clause, when a cue follows it; -1 if none. */
function predicateAfterRelative(
  tokens: readonly Token[],
  from: number,
  sentenceEnd: number,
  mentionAtToken: ReadonlyMap<number, number>,
): number {
  for (let a = from + 1; a < tokens.length && a - from <= 14; a++) {
    const t = tokens[a];
    if (t.start >= sentenceEnd || mentionAtToken.has(a) || t.kind !== 'word') return -1;
    if (!AUXILIARIES.has(t.lower)) continue;
    let b = a + 1;
    while (b < tokens.length && b - a <= 3 && tokens[b].kind === 'word' && !cueAt(tokens, b) && PREDICATE_FILLERS.has(tokens[b].lower)) b++;
    if (cueAt(tokens, b)) return a;
  }
  return -1;
}

function cueAt(tokens: readonly Token[], j: number): [Phrase, Measure] | undefined {
  if (!tokens[j] || tokens[j].kind !== 'word') return undefined;
  return RIGHT_CUES_BY_FIRST.get(tokens[j].lower)?.find(([p]) => startsWithPhrase(tokens, j, p));
}

function nextIsNumber(tokens: readonly Token[], j: number, mentionAtToken: ReadonlyMap<number, number>): boolean {
  for (let s = 0; s < 4 && j < tokens.length; s++, j++) {
    if (mentionAtToken.has(j)) return true;
    if (
      tokens[j].kind !== 'word' ||
      !/^(?:at|least|more|than|about|around|some|nearly|almost|over|up|to|another|a|an|the|all|further|estimated|roughly|approximately)$/.test(
        tokens[j].lower,
      )
    )
      return false;
  }
  return false;
}

/** The next comma within `limit` tokens, stopping at sentence ends and numbers; -1 if none. */
function findComma(
  tokens: readonly Token[],
  from: number,
  limit: number,
  sentenceEnd: number,
  mentionAtToken: ReadonlyMap<number, number> | null,
): number {
  for (let j = from; j < tokens.length && j - from <= limit; j++) {
    if (tokens[j].start >= sentenceEnd || mentionAtToken?.has(j)) return -1;
    if (tokens[j].text === ',') return j;
    if (tokens[j].kind === 'punct' && /^[;:()"“”]$/.test(tokens[j].text)) return -1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// The counted noun: "40,000 Palestinians", "53 of the passengers", "1,320 houses"

const NP_LEADERS = new Set([
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
const NP_BREAKS = new Set([
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

function classifyNoun(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { noun: NounClass; head: string | null; subject: string | null; subjectEnd: number } {
  let start = from;
  while (start <= to && (NP_LEADERS.has(tokens[start].lower) || tokens[start].kind !== 'word')) start++;
  let head = -1;
  let noun: NounClass = to < from ? 'none' : 'unknown';
  for (let j = start; j <= to; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') continue;
    if (NP_BREAKS.has(t.lower)) break;
    if (SKIP_NOUNS.has(t.lower) || SHORT_TIME_UNITS.has(t.lower)) {
      head = j;
      noun = 'skip';
    } else if (PERSON_NOUNS.has(t.lower) || isDemonym(t) || (j === start && isInvariantDemonym(tokens, j))) {
      head = j;
      noun = 'person';
    } else if (PROPERTY_NOUNS.has(t.lower)) {
      head = j;
      noun = 'property';
    }
  }
  if (start > to) return { noun: to < from ? 'none' : noun, head: null, subject: null, subjectEnd: 0 };
  if (head < 0) {
    // An unlisted noun ("276 schoolgirls"): its first words, kept only if a cue says what happened to it.
    let last = start - 1;
    while (last + 1 <= to && last + 1 - start < 3 && tokens[last + 1].kind === 'word' && !NP_BREAKS.has(tokens[last + 1].lower)) last++;
    if (last < start) return { noun, head: null, subject: null, subjectEnd: 0 };
    return { noun, head: null, subject: text.slice(tokens[start].start, tokens[last].end), subjectEnd: tokens[last].end };
  }
  return { noun, head: tokens[head].text, subject: text.slice(tokens[start].start, tokens[head].end), subjectEnd: tokens[head].end };
}

const NOT_DEMONYMS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|News|Times|Nations|States|Forces|Services|Affairs|Sciences|Industries|Airlines|Airways|Systems)$/;

/** "Palestinians", "Israelis", "Nepalese", "Britons": a capitalised plural of people. */
function isDemonym(t: Token): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ans|ians|is|ese|ons|ks|ds|os|ys|ts|es)$/u.test(t.text) && !NOT_DEMONYMS.test(t.text);
}

// Verbs that only people do, after a capitalised noun: "3,000 Rohingya attempted…", "a million Uyghur live…".
const HUMAN_VERB =
  /^(?:live|lived|living|fled|flee|attempted|tried|crossed|arrived|remain|remained|returned|sought|waited|walked|marched|protested|voted|worked|died|survived)$/;

/** A people's name with no plural ending ("Rohingya", "Yazidi", "Maasai"), known by the verb that follows it. */
function isInvariantDemonym(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !NOT_DEMONYMS.test(t.text) && next?.kind === 'word' && HUMAN_VERB.test(next.lower);
}

// ---------------------------------------------------------------------------------------------
// Coordination: a number without a cue of its own takes its neighbour's

const CONNECTOR_END = /(?:\band|\bor|\bincluding|\bplus|\bas well as|\bamong|\bof|\bto|\bwith|,|–|—|&)$/;

function connectorGap(text: string, a: Candidate, b: Candidate, maxWords: number): boolean {
  if (a.sentence.start !== b.sentence.start) return false;
  const gapText = text.slice(a.mention.end, b.spanStart).trim().toLowerCase();
  if (gapText.length > 90 || /[;:()"“”]/.test(gapText)) return false;
  const gapWords = gapText.split(/\s+/).filter(Boolean);
  if (gapWords.length > maxWords) return false;
  if (gapWords.some((w) => SPEECH_VERBS.has(w.replace(/[^\p{L}]/gu, '')) || CLAUSE_STOPS.has(w))) return false;
  const trimmed = gapText.replace(/(?:\s+(?:the|a|an|another|more|some|them|whom|which))+$/, '');
  return CONNECTOR_END.test(trimmed) || trimmed === '';
}

// "rose to 23 from 14", "up from 41", "from an earlier toll of 9": the revised figure's old value.
const REVISED_FROM =
  /^\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:(?:a|an|the)\s+)?(?:(?:previous|earlier|initial|preliminary|prior)\s+)?(?:(?:toll|count|figure|tally|estimate)\s+(?:of\s+)?)?$/i;
// "140 to 150 people", "30-40 houses": the first end of a range counts what the second counts.
const RANGE_GAP = /^\s*(?:to|-|–|or)\s*$/i;

function inherit(text: string, candidates: Candidate[]): void {
  const counts = candidates.filter((c) => c.kind === 'count');
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.measure || p.sentence.start !== c.sentence.start) continue;
    if (p.measure && p.measure !== 'other' && REVISED_FROM.test(text.slice(p.mention.end, c.spanStart))) {
      c.measure = p.measure;
      c.source = 'inherited';
    } else if (
      /(?:,|\s)\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+$/i.test(
        text.slice(Math.max(c.sentence.start, c.spanStart - 16), c.spanStart),
      )
    ) {
      // "…compared with 1,450 in the whole of last year": the number it is compared with counts the same.
      // "15,664 cases had been recorded since January, up from 14,901": the tally named earlier in the sentence.
      // Bounded look-back: a megabyte of "up from 1" stays linear.
      const tally = counts
        .slice(Math.max(0, i - 20), i)
        .reverse()
        .find((q) => q.sentence.start === c.sentence.start && q.measure && q.measure !== 'other');
      if (tally) {
        c.measure = tally.measure;
        c.source = 'inherited';
      }
    }
  }
  for (let i = counts.length - 2; i >= 0; i--) {
    const c = counts[i];
    const n = counts[i + 1];
    if (c.measure || c.sentence.start !== n.sentence.start || !RANGE_GAP.test(text.slice(c.mention.end, n.spanStart))) continue;
    if (!n.measure && n.noun !== 'person' && !(n.noun === 'property' && n.damage)) continue;
    c.measure = n.measure;
    c.source = n.source === null ? null : 'inherited';
    c.noun = n.noun;
    c.damage = n.damage;
    c.unit = n.unit;
    c.subject = n.subject;
    c.fromRight = n.fromRight;
  }
  // "Of the 42 cases, 37 were in unvaccinated children and five in adults": the parts of a tally
  // named at the head of the sentence count what it counts.
  for (let i = 0; i < counts.length; i++) {
    const head = counts[i];
    if (!head.measure || head.measure === 'other') continue;
    if (!/^\s*of\s+(?:the|these|those|all)\s*$/i.test(text.slice(head.sentence.start, head.spanStart))) continue;
    if (!/^[\s\p{L}'’-]{0,40},\s*$/u.test(text.slice(head.mention.end, counts[i + 1]?.spanStart ?? head.mention.end))) continue;
    for (let j = i + 1; j < counts.length && counts[j].sentence.start === head.sentence.start; j++) {
      const part = counts[j];
      if (part.measure && part.source !== 'right' && part.source !== 'inherited') continue;
      part.measure = head.measure;
      part.source = 'inherited';
      part.careCue = head.careCue;
    }
  }
  // "More than 1,400 homes were damaged and about 300 were left uninhabitable": a bare number after
  // damaged property counts the same things.
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.noun !== 'none' || !c.damage || p.noun !== 'property' || !p.damage || p.sentence.start !== c.sentence.start) continue;
    c.noun = 'property';
    c.unit = p.unit;
  }
  // A part of the previous count: "killed 40 people, including three children".
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.measure || !/^(?:including|whom|them)$/.test(c.leftWord) || p.sentence.start !== c.sentence.start) continue;
    if (p.measure && p.measure !== 'other') {
      c.measure = p.measure;
      c.source = 'inherited';
    }
  }
  // "19 of the victims were women and 11 of them children", "36 were hurt, and 9 of them were
  // referred": a part of the count before it, when nothing else says what happened to it.
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if ((c.measure && c.measure !== 'other') || c.source === 'left' || p.sentence.start !== c.sentence.start) continue;
    if (c.measure === 'other' && c.source !== null) continue;
    if (
      !p.measure ||
      p.measure === 'other' ||
      !/^\s{1,2}of\s{1,2}(?:them|whom|those)\b/i.test(text.slice(c.mention.end, c.mention.end + 16))
    )
      continue;
    c.measure = p.measure;
    c.source = 'inherited';
    c.careCue = p.careCue;
  }
  // Subjects coordinated before one predicate: "64 children and 57 women were killed".
  for (let i = counts.length - 2; i >= 0; i--) {
    const c = counts[i];
    const n = counts[i + 1];
    // A number inside a prepositional phrase ("families from three hamlets") is no subject.
    if (c.measure || c.speaker || IN_NOUN_PREPOSITIONS.has(c.leftWord)) continue;
    if (n.fromRight && n.measure && n.measure !== 'other' && connectorGap(text, c, n, 9)) {
      c.measure = n.measure;
      c.source = 'inherited';
      c.fromRight = true;
    } else if (n.damage && c.noun === 'property' && connectorGap(text, c, n, 9)) {
      c.damage = true;
    }
  }
  // Objects coordinated after one verb: "set fire to 45 houses and 34 vehicles", "killing 5 and wounding…".
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.measure) continue;
    const coordinated = connectorGap(text, p, c, 5);
    if (coordinated && p.source === 'left' && p.measure && p.measure !== 'other') {
      c.measure = p.measure;
      c.source = 'inherited';
    }
    if (coordinated && p.damage && c.noun === 'property') c.damage = true;
    // "94 – 20 more than he reported": an increment of the previous tally.
    if (
      !c.measure &&
      p.measure &&
      p.measure !== 'other' &&
      p.sentence.start === c.sentence.start &&
      /^\s*(?:more|fewer|less|additional|extra)\b/i.test(text.slice(c.mention.end, c.mention.end + 20))
    ) {
      c.measure = p.measure;
      c.source = 'inherited';
    }
  }
}
