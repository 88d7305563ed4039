// Who reported a figure, from the sentence that holds it: "according to the health ministry",
// "…, the UN said", "said Abdul Rahman", "Police said …". Pronouns ("he said") give null:
// resolving them is the quotes extractor's job, not this one's.
import { tokenize, type Token } from '../text/number-tokens.ts';
import { IRREGULAR_FORMS } from '../quotes/lexicon.ts';
import { isSayingVerb } from '../quotes/verbs.ts';
import { MONTHS, PERSONAL_PRONOUNS, TEENS, TENS, UNITS } from '../text/lexicon.ts';
import {
  AFTER_SOURCE_STOPS,
  DESCRIPTIVE_HEADS,
  HARD_STOPS,
  INVERTED_SOURCE_OPENERS,
  QUOTE_MARKS,
  SOURCE_NAME_PARTICLES,
  SOURCE_PRONOUNS,
  SUBJECT_OPENERS,
  SUBJECT_TAIL,
  TIME_WORDS,
} from './lexicon.ts';

const TELL_FORMS = new Set(IRREGULAR_FORMS.tell);
// A word that starts like a month ("Jan", "Sept.", "Mayor" too): no name of a source.
const MONTH_START = new RegExp(`^(?:${MONTHS.map(([name]) => name.slice(0, 3)).join('|')})`);

/** Punctuation that ends a source; an apostrophe glued to a word ("Nations' Human Rights Office") does not. */
function isStop(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== 'punct') return false;
  if (HARD_STOPS.has(t.text)) return true;
  if (!QUOTE_MARKS.has(t.text)) return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  const possessive =
    (t.text === "'" || t.text === '’') && prev?.end === t.start && /s$/i.test(prev.text) && next?.kind === 'word' && next.start > t.end;
  return !possessive;
}
const isCapitalised = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/**
 * The source named for a figure at [figureStart, figureEnd) inside `sentence` (offsets into it),
 * or null when the sentence names none.
 */
export function findAttribution(
  sentence: string,
  figureStart: number,
  figureEnd: number,
  tokens: readonly Token[] = tokenize(sentence),
): string | null {
  const clean = (from: number, to: number): string | null => tidy(sentence, tokens, from, to, figureStart, figureEnd);

  // "according to X" is the most explicit form: it wins wherever it sits in the sentence.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') {
      let j = i + 2;
      const first = j;
      while (
        j < tokens.length &&
        j - first < 12 &&
        !isStop(tokens, j) &&
        !AFTER_SOURCE_STOPS.has(tokens[j].lower) &&
        !endsSentence(sentence, tokens, j)
      )
        j++;
      const found = clean(first, j - 1);
      if (found) return found;
    }
  }

  // Otherwise the speech verb nearest the figure.
  const verbs = tokens
    .map((t, i) => [t, i] as const)
    .filter(([t]) => t.kind === 'word' && isSayingVerb(t.lower) && (t.end <= figureStart || t.start >= figureEnd))
    // "an estimated 3,000", "the reported toll": a participle after an article is no speech verb.
    .filter(([, i]) => !/^(?:a|an|the)$/.test(tokens[i - 1]?.lower ?? ''))
    // "with three more fatalities reported in …": a count after "with", just before the verb, was reported.
    .filter(([, i]) => !reportedWith(tokens, i))
    .sort((a, b) => distance(a[0], figureStart, figureEnd) - distance(b[0], figureStart, figureEnd));
  for (const [verb, v] of verbs) {
    const found = sourceOf(sentence, tokens, v, clean);
    if (found !== undefined) return found;
    void verb;
  }
  return null;
}

/**
 * "with three more fatalities reported": "with", a count and its noun, then the verb, is what was reported
 * ("two aid workers said" is a source).
 */
function reportedWith(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 3; j--) {
    if (tokens[j].kind === 'punct') return false;
    const word = tokens[j].lower;
    const count = tokens[j].kind === 'number' || Object.hasOwn(UNITS, word) || Object.hasOwn(TEENS, word) || Object.hasOwn(TENS, word);
    if (count) return tokens[j - 1].lower === 'with';
  }
  return false;
}

function distance(t: Token, start: number, end: number): number {
  return t.start >= end ? t.start - end : start - t.end;
}

/** A "." that ends the sentence; any other period belongs to an abbreviation ("U.N.", "Dr."). */
function endsSentence(text: string, tokens: readonly Token[], j: number): boolean {
  return tokens[j].text === '.' && /^[\s"”’'»)]*$/.test(text.slice(tokens[j].end));
}

/** The source of speech verb `v`: after it when inverted ("…, said Ngavho"), else before it. Undefined: try another verb. */
function sourceOf(
  text: string,
  tokens: readonly Token[],
  v: number,
  clean: (from: number, to: number) => string | null,
): string | null | undefined {
  const prev = tokens[v - 1];
  const next = tokens[v + 1];
  // "told X" names the listener, never the source.
  const invertible = !TELL_FORMS.has(tokens[v].lower);
  const inverted =
    invertible &&
    prev &&
    prev.kind === 'punct' &&
    (prev.text === ',' || QUOTE_MARKS.has(prev.text)) &&
    next &&
    next.kind === 'word' &&
    !TIME_WORDS.has(next.lower) &&
    (isCapitalised(next) || INVERTED_SOURCE_OPENERS.has(next.lower));
  if (inverted) {
    let j = v + 1;
    while (
      j < tokens.length &&
      j - v <= 10 &&
      !isStop(tokens, j) &&
      !AFTER_SOURCE_STOPS.has(tokens[j].lower) &&
      !endsSentence(text, tokens, j)
    )
      j++;
    const found = clean(v + 1, j - 1);
    if (found) return found;
  }
  // Back from the verb over "has also", then to the start of its clause.
  let to = v - 1;
  while (to >= 0 && tokens[to].kind === 'word' && SUBJECT_TAIL.has(tokens[to].lower)) to--;
  const from = segmentStart(tokens, to);
  if (from > to) {
    // "Navdeep Rinwa, chief electoral officer for …, said": the name opens the sentence.
    return leadingName(tokens, clean) ?? undefined;
  }
  if (from > 0 && tokens[from - 1].text === ',' && isDescriptive(tokens, from, to)) {
    // "Mario Ngavho, the president of the council, told …": the name before the apposition.
    const nameFrom = segmentStart(tokens, from - 2);
    if (nameFrom <= from - 2 && allCapitalised(tokens, nameFrom, from - 2)) return clean(nameFrom, from - 2) ?? undefined;
  }
  return clean(from, to) ?? undefined;
}

/** The first token of the clause that ends at `to`, stepping over parentheses ("the Observatory (SOHR)"). */
function segmentStart(tokens: readonly Token[], to: number): number {
  let from = to;
  while (from >= 0 && to - from < 16) {
    const t = tokens[from];
    if (t.text === ')') {
      let open = from - 1;
      while (open >= 0 && from - open < 10 && tokens[open].text !== '(') open--;
      if (open < 0 || tokens[open].text !== '(') break;
      from = open - 1;
      continue;
    }
    if (isStop(tokens, from) || (t.kind === 'word' && SUBJECT_OPENERS.has(t.lower))) break;
    from--;
  }
  return from + 1;
}

function allCapitalised(tokens: readonly Token[], from: number, to: number): boolean {
  if (TIME_WORDS.has(tokens[from].lower) || MONTH_START.test(tokens[from].text)) return false;
  for (let j = from; j <= to; j++)
    if (!isCapitalised(tokens[j]) && !(tokens[j].lower === '-' || SOURCE_NAME_PARTICLES.has(tokens[j].lower))) return false;
  return to - from < 6;
}

/** The run of capitalised words that opens the sentence and ends at a comma: a name. */
function leadingName(tokens: readonly Token[], clean: (from: number, to: number) => string | null, before = tokens.length): string | null {
  let j = 0;
  while (j < before && j < 6 && (isCapitalised(tokens[j]) || (tokens[j].kind === 'word' && SOURCE_NAME_PARTICLES.has(tokens[j].lower))))
    j++;
  if (j === 0 || !tokens[j] || tokens[j].text !== ',') return null;
  // "ANKARA," is a dateline, not a speaker.
  if (tokens.slice(0, j).every((t) => t.text === t.text.toUpperCase())) return null;
  return clean(0, j - 1);
}

/** A role description ("the provincial governor", "a spokesman for …"), not a proper name ("the National Police"). */
function isDescriptive(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (to < from || first.kind !== 'word' || first.text !== first.lower) return false;
  if (/^(?:the|a|an)$/.test(first.lower))
    return from + 1 <= to && tokens[from + 1].kind === 'word' && tokens[from + 1].text === tokens[from + 1].lower;
  return DESCRIPTIVE_HEADS.has(first.lower);
}

function tidy(text: string, tokens: readonly Token[], from: number, to: number, figureStart: number, figureEnd: number): string | null {
  while (from <= to && tokens[from].kind === 'punct') from++;
  while (
    to >= from &&
    tokens[to].kind === 'punct' &&
    tokens[to].text !== '.' &&
    !(tokens[to].text === ')' && tokens.slice(from, to).some((t) => t.text === '('))
  )
    to--;
  if (from > to) return null;
  while (from <= to && tokens[from].kind === 'word' && /^(?:and|but|also|then|that)$/.test(tokens[from].lower)) from++;
  while (to >= from && tokens[to].kind === 'word' && SUBJECT_TAIL.has(tokens[to].lower)) to--;
  if (from > to) return null;
  const start = tokens[from].start;
  let end = tokens[to].end;
  // Keep the period of an abbreviation that ends the source: "the U.N."
  if (tokens[to + 1]?.text === '.' && tokens[to + 1].start === end && /\b\p{Lu}$/u.test(tokens[to].text) && tokens[to].text.length <= 2)
    end++;
  if (start < figureEnd && end > figureStart) return null;
  const source = text.slice(start, end).trim();
  const count = to - from + 1;
  if (!source || count > 14 || source.length > 100) return null;
  if (count === 1 && SOURCE_PRONOUNS.has(tokens[from].lower) && tokens[from].text !== tokens[from].text.toUpperCase()) return null;
  if (PERSONAL_PRONOUNS.includes(source.toLowerCase())) return null;
  // "who" is a pronoun, "WHO" the World Health Organization.
  if (/\d/.test(source) || (SOURCE_PRONOUNS.has(tokens[to].lower) && tokens[to].text !== tokens[to].text.toUpperCase())) return null;
  return source;
}
