// Capitalised runs: the stretches of a paragraph that may be a name ("U.S. Secretary of State Antony Blinken",
// "International Court of Justice", "Ahmad al Shara"), with the lowercase particles names carry.
import type { Paragraph } from '../../schema/document.ts';
import {
  FUSED_PARTICLES,
  isHonorific,
  isKnownPlace,
  isMonthOrDay,
  isNotName,
  isOrgHead,
  isPlaceHead,
  isRoleHead,
  NAME_INNER_WORDS,
  NAME_PARTICLES,
  PRONOUN_SURNAMES,
} from './lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { wordKey } from '../text/word-key.ts';
import { joined, tokenize, type Token } from './tokens.ts';
import { lastAtOrBelow } from '../text/sorted-search.ts';

export interface Run {
  first: number; // index of the first token of the run in `tokens`
  last: number; // index of the last token, inclusive
  sentenceInitial: boolean; // the run opens a sentence, so its capital proves nothing
}

const FUSED_PARTICLE_NAME = new RegExp(`^(?:${alternation(FUSED_PARTICLES)})['’\\-]\\p{Lu}`, 'u');
/** "al-Habash", "el-Sisi", "bin-Salman": a lowercase particle fused to a capitalised name. */
export function isParticleName(token: Token): boolean {
  return FUSED_PARTICLE_NAME.test(token.text);
}

export interface TokenizedParagraph {
  tokens: Token[];
  runs: Run[];
}

export function tokenizeParagraph(paragraph: Paragraph): TokenizedParagraph {
  const tokens = tokenize(paragraph.text);
  return { tokens, runs: findRuns(tokens, paragraph) };
}

export function isSentenceInitial(token: Token, paragraph: Paragraph): boolean {
  const sentence = lastAtOrBelow(paragraph.sentences, token.start, (s) => s.start);
  if (!sentence) return token.start === 0;
  // Only marks and brackets may stand between the sentence start and the word; a long gap is never that.
  if (token.start - sentence.start > 12) return false;
  return /^[\s"“‘'(\[—–-]*$/.test(paragraph.text.slice(sentence.start, token.start));
}

function findRuns(tokens: Token[], paragraph: Paragraph): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].capitalised) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const current = tokens[last];
      if (current.possessive && !possessiveContinues(tokens, last)) break;
      const next = tokens[last + 1];
      // "Marcia “Cia” Price": a one-word nickname in marks stays inside the name.
      if (next && isNickname(tokens, last + 1)) {
        last += 2;
        continue;
      }
      if (!next || !joined(next)) break;
      if (next.capitalised || isParticleName(next)) {
        last++;
        continue;
      }
      // Up to two lowercase words ("of the") may sit between capitalised words of one name.
      const key = wordKey(next.text);
      if (!NAME_PARTICLES.has(key) && !NAME_INNER_WORDS.has(key)) break;
      let k = last + 1;
      while (
        k < tokens.length &&
        k <= last + 2 &&
        !tokens[k].capitalised &&
        joined(tokens[k]) &&
        (NAME_PARTICLES.has(wordKey(tokens[k].text)) || NAME_INNER_WORDS.has(wordKey(tokens[k].text)))
      )
        k++;
      if (k < tokens.length && tokens[k].capitalised && joined(tokens[k])) {
        last = k;
        continue;
      }
      break;
    }
    for (const part of splitWeakJoins(tokens, i, last)) runs.push(...splitDates(tokens, part.first, part.last, paragraph));
    i = last + 1;
  }
  return runs;
}

/**
 * "according to He Biao", "quoted He as saying": a pronoun capitalised right after a lowercase word or a
 * comma cannot be capitalised for opening a sentence, so it is a surname (a colon, dash or mark before it
 * may open a sentence, and a capitalised word before it makes a title: "What He Said").
 */
export function isPronounSurname(tokens: Token[], k: number): boolean {
  const previous = tokens[k - 1];
  return (
    PRONOUN_SURNAMES.has(wordKey(tokens[k].base)) &&
    tokens[k].text === tokens[k].base &&
    previous !== undefined &&
    !previous.capitalised &&
    /^\p{Ll}/u.test(previous.text) &&
    /^,? $/.test(tokens[k].gap)
  );
}

/** tokens[k] is a capitalised nickname in marks between two capitalised words of a name. */
function isNickname(tokens: Token[], k: number): boolean {
  const nick = tokens[k];
  const after = tokens[k + 1];
  return (
    tokens[k - 1].capitalised &&
    !tokens[k - 1].possessive &&
    nick.capitalised &&
    /^ ["“]$/.test(nick.gap) &&
    after !== undefined &&
    after.capitalised &&
    /^["”] $/.test(after.gap)
  );
}

// A possessive ends a name ("Syria's President") unless an organisation head follows ("People's Liberation Front").
function possessiveContinues(tokens: Token[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k <= index + 5; k++) {
    const token = tokens[k];
    if (!joined(token) || !token.capitalised) return false;
    if (isOrgHead(token.base)) return true;
    if (token.possessive) return false;
  }
  return false;
}

// "Egypt and Qatar" is two names; "Ministry of Information and Culture" is one. Inner function words are kept
// only when the run has an organisation, place or role head that explains them.
function splitWeakJoins(tokens: Token[], first: number, last: number): { first: number; last: number }[] {
  const slice = tokens.slice(first, last + 1);
  const hasInner = slice.some((t) => NAME_INNER_WORDS.has(wordKey(t.text)));
  if (!hasInner) return [{ first, last }];
  const text = slice.map((t) => t.text).join(' ');
  const headed = slice.some((t) => t.capitalised && (isOrgHead(t.base) || isPlaceHead(t.base) || isRoleHead(t.base)));
  // "Koh Tao Island and Shan State": an "and" right after a head word joins two complete names.
  const andAfterHead = slice.some(
    (t, i) => wordKey(t.text) === 'and' && i > 0 && (isOrgHead(slice[i - 1].base) || isPlaceHead(slice[i - 1].base)),
  );
  if ((headed && !andAfterHead) || isKnownPlace(text)) return [{ first, last }];
  const parts: { first: number; last: number }[] = [];
  let start = first;
  for (let k = first; k <= last; k++) {
    if (!NAME_INNER_WORDS.has(wordKey(tokens[k].text))) continue;
    // With an "and" after a head, only that "and" splits; "of" inside each name stays.
    if (headed && wordKey(tokens[k].text) !== 'and') continue;
    if (k > start) parts.push({ first: start, last: k - 1 });
    start = k + 1;
  }
  if (start <= last) parts.push({ first: start, last });
  return parts.filter((p) => tokens[p.first].capitalised);
}

// Months and weekdays split a run ("Friday Antony Blinken" never happens, but "Hamas October" can).
function splitDates(tokens: Token[], first: number, last: number, paragraph: Paragraph): Run[] {
  const runs: Run[] = [];
  let start = first;
  const flush = (last: number): void => {
    let end = last;
    // Leading function words ("The", "In", "But") are capitalised only because they open a sentence.
    let s = start;
    // An all-capital word ("WHO", "IT") is an acronym, not the function word it spells; an honorific before a
    // name ("Dr Kayode Fayemi", "Mr Lee") stays, as a title.
    while (
      s <= end &&
      isNotName(tokens[s].base) &&
      !(isHonorific(tokens[s].base) && s < end) &&
      !isMonthOrDay(tokens[s].base) &&
      !/^\p{Lu}{2,}$/u.test(tokens[s].base) &&
      !isPronounSurname(tokens, s)
    )
      s++;
    // A split can leave a dangling "of" or "on" ("Yoav Gallant on" before "Friday").
    while (end >= s && !tokens[end].capitalised && !isParticleName(tokens[end])) end--;
    if (s <= end) runs.push({ first: s, last: end, sentenceInitial: s === start && isSentenceInitial(tokens[s], paragraph) });
  };
  for (let k = first; k <= last; k++) {
    if (!isMonthOrDay(tokens[k].base)) continue;
    if (k > start) flush(k - 1);
    start = k + 1;
  }
  if (start <= last) flush(last);
  return runs;
}
