// Decides what each capitalised run names (person, organisation, place) and what role the text gives a person.
// A capital alone proves little, so a person needs a signal: a title ("Defense Minister Yoav Gallant"),
// an honorific ("Mr", "Dr."), a role noun before it ("spokesman Matthew Miller"), an appositive after it
// ("Ayman Safadi, Jordan's foreign minister"), a reporting verb beside it ("said Miller"), or a known given name.
import type { Paragraph } from '../../schema/document.ts';
import {
  BODY_ROLE_HEADS,
  isCommonWord,
  isDemonym,
  isGivenName,
  isHonorific,
  ROLE_INITIALS,
  isKnownOrg,
  isKnownPlace,
  isMonthOrDay,
  isNotName,
  isOrgHead,
  isPlaceAcronym,
  isBodyNoun,
  isPlaceHead,
  isVenueHead,
  isRoleHead,
  isRoleWord,
  isSurname,
  LOCATIVE,
  MODIFIED_NOUNS,
  NAME_INNER_WORDS,
  NOT_ACRONYMS,
  PERIOD_CODE,
  OBJECT_VERBS,
  ORG_TAIL_NOUNS,
  PLACE_TAIL_NOUNS,
} from './lexicon.ts';
import { gluedCurrencyAt } from '../text/number-tokens.ts';
import { alternation } from '../text/patterns.ts';
import { wordKey } from '../text/word-key.ts';
import { isPronounSurname, type Run } from './runs.ts';
import { joined, type Token } from './tokens.ts';
import { isReportingVerb } from '../quotes/verbs.ts';

export type EntityKind = 'person' | 'organization' | 'place';

export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

export interface Candidate {
  kind: EntityKind | 'unknown';
  name: string;
  role: string | null;
  span: Span;
  sentenceInitial: boolean;
  acronym?: { text: string; span: Span };
  guess?: boolean; // a kind read from a weak signal (a place after "from"): a person or body of that name wins
}

export interface ParagraphContext {
  index: number;
  paragraph: Paragraph;
  tokens: Token[];
}

// A lowercase noun after the name means the name only modifies it ("from Assad loyalists", "in Hamas tunnels").
const MODIFIED_NOUN = new RegExp(`^(?:[a-z\\-]{3,}(?<!ss|is|as|us|ys|ous|ws)s|${alternation(MODIFIED_NOUNS)})$`);

function textOf(paragraph: Paragraph, tokens: Token[], first: number, last: number): { text: string; end: number } {
  const end = tokens[last].start + tokens[last].base.length;
  return { text: paragraph.text.slice(tokens[first].start, end).replace(/\s+/g, ' '), end };
}

function isAcronym(token: Token): boolean {
  const t = token.base;
  // A currency code glued to a sum ("FJD40", "R500") is money, no body's initials.
  if (NOT_ACRONYMS.has(t) || PERIOD_CODE.test(t) || gluedCurrencyAt(t, 0) !== undefined) return false;
  return /^(?:\p{Lu}\.){2,}$/u.test(t) || /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(t);
}

/** "Washington" for a dateline's "WASHINGTON"; acronyms ("ICJ") keep their capitals. */
function displayName(text: string): string {
  if (!/\p{Ll}/u.test(text) && /\p{Lu}{3,}/u.test(text) && text.includes(' ') === false && text.length > 5) {
    return text.charAt(0) + text.slice(1).toLowerCase();
  }
  if (!/\p{Ll}/u.test(text) && text.includes(' ')) {
    return text.toLowerCase().replace(/(^|[\s\-/])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  }
  return text;
}

/**
 * "Vanquished", "Embattled": a participle (of seven letters or more: not "Red", "United"), not a role word
 * ("Retired General" keeps its word), nor the start of a name ("United Nations", "Federated Farmers").
 */
function isOpeningParticiple(tokens: readonly Token[], i: number): boolean {
  const key = wordKey(tokens[i].base);
  if (key.length < 7 || !/ed$/u.test(key) || key === 'retired' || isRoleWord(tokens[i].base)) return false;
  // ("Federated Farmers": a plural after it is more often the rest of a body's name.)
  const next = tokens[i + 1]?.base ?? '';
  const pair = `${tokens[i].base} ${next}`;
  return !/\p{Ll}s$/u.test(next) && !isKnownOrg(pair) && !isKnownPlace(pair);
}

/** The role words right before a name: "Virginia Beach police chief" before "James Cervera". */
export function roleBefore(ctx: ParagraphContext, first: number, insideTitle = false): { text: string; start: number } | null {
  const { tokens, paragraph } = ctx;
  // "The state Police Commissioner, Celestine Okoye, said": a capitalised title in apposition before the name.
  if (!insideTitle && tokens[first].gap === ', ' && first > 0 && tokens[first - 1].capitalised && isOfficeTitle(tokens[first - 1].base)) {
    let j = first - 1;
    while (j > 0 && joined(tokens[j]) && tokens[j - 1].capitalised && first - j < 5) j--;
    return { text: paragraph.text.slice(tokens[j].start, tokens[first - 1].end), start: tokens[j].start };
  }
  // "Additional Director General (Law and Order) Ravi Shankar Ayyanar": a bracketed aside between the title
  // and the name belongs to the title; the title is read from before it.
  const aside = bracketBefore(tokens, first);
  let k = aside >= 0 ? aside - 1 : first - 1;
  let start = -1;
  let hasHead = false;
  let count = 0;
  while (k >= 0 && (k === aside - 1 || joined(tokens[k + 1])) && count < 7) {
    const token = tokens[k];
    const key = wordKey(token.base);
    const roleWord = isRoleWord(token.base) && key !== 'of' && key !== 'for';
    const capitalisedWord = token.capitalised && !isNotName(token.base) && !isReportingVerb(token.base);
    // "Secretary of State": "of" may sit inside a title when a capitalised title word comes before it.
    const titleOf = key === 'of' && k > 0 && tokens[k - 1].capitalised;
    if (!(roleWord || capitalisedWord || titleOf || (token.possessive && !isNotName(token.base)))) break;
    // "Vanquished AFLW coach …", "Embattled Health Minister …": a participle capitalised only because it
    // opens the sentence describes the person; it is no part of the title ("Retired General" is).
    if (isOpeningParticiple(tokens, k) && (k === 0 || /[.!?]["”’)]?\s+$/u.test(token.gap))) break;
    // The word next to the name must be a role word ("police chief James", not "Beach James").
    if (start < 0 && !roleWord && !insideTitle) return null;
    if (isRoleHead(token.base) || insideTitle) hasHead = true;
    start = token.start;
    k--;
    count++;
  }
  if (start < 0 || !hasHead) return null;
  // "the ministry's permanent secretary": keep the article that goes with a possessive.
  const firstToken = tokens[k + 1];
  if (firstToken.possessive && k >= 0 && /^the$/i.test(tokens[k].text) && joined(firstToken)) start = tokens[k].start;
  return { text: paragraph.text.slice(start, tokens[first].start).trim().replace(/\s+/g, ' '), start };
}

/**
 * A role head that names one office holder, singular, and no body ("Commissioner", "Minister"; not
 * "Guard", "Justice", "Consultants", "Firefighters", which end bodies' names too).
 */
function isOfficeTitle(word: string): boolean {
  return isRoleHead(word) && !/s$/iu.test(word) && !BODY_ROLE_HEADS.has(wordKey(word));
}

/** The first token of a short bracketed aside right before token `first` ("… General (Law and Order) Name"), else -1. */
function bracketBefore(tokens: ParagraphContext['tokens'], first: number): number {
  if (!/^\)\s+$/u.test(tokens[first].gap)) return -1;
  for (let o = first - 1; o >= 1 && first - o <= 5; o--) {
    if (/^\s+\($/u.test(tokens[o].gap)) return o;
    if (!joined(tokens[o])) return -1;
  }
  return -1;
}

/**
 * "governor of Lagos, Babajide Sanwo-Olu", "the head of the Kherson City Military Administration, Roman
 * Mrochko": a role of a named place or body, then a comma, then the name it goes with.
 */
function roleOfNamedBefore(ctx: ParagraphContext, first: number): string | null {
  const { tokens, paragraph } = ctx;
  if (!/^,\s+$/u.test(tokens[first].gap)) return null;
  let k = first - 1;
  while (k >= 0 && first - k <= 5 && tokens[k].capitalised && (k === first - 1 || joined(tokens[k + 1]))) k--;
  if (k === first - 1 || k < 1 || !joined(tokens[k + 1])) return null;
  if (wordKey(tokens[k].text) === 'the' && joined(tokens[k])) k--;
  if (k < 1 || !/^(?:of|for)$/.test(wordKey(tokens[k].text)) || !joined(tokens[k])) return null;
  let h = k - 1;
  if (!isRoleHead(tokens[h].base)) return null;
  // ("the deputy head of …", "acting chief executive of …": the words of the title before its head.)
  while (h > 0 && joined(tokens[h]) && isRoleWord(tokens[h - 1].base) && !/^(?:of|for)$/.test(wordKey(tokens[h - 1].base))) h--;
  return paragraph.text.slice(tokens[h].start, tokens[first - 1].end).replace(/\s+/g, ' ');
}

/** ", a spokesperson for the Nepal Police," after a name: the role it gives, without the article. */
function roleAfter(ctx: ParagraphContext, last: number): string | null {
  const { paragraph, tokens } = ctx;
  const rest = paragraph.text.slice(tokens[last].end, tokens[last].end + 200);
  const match = /^,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?([^,.;:()“”"]{2,160})/u.exec(rest);
  if (!match) return null;
  const phrase = match[1].trim();
  const words = phrase.split(/\s+/);
  if (words.length > 14) return null;
  const firstWord = wordKey(words[0]);
  if (/^(?:who|which|that|said|says|told|and|but|or|was|is|has|had|will|would|he|she|it|they)$/.test(firstWord)) return null;
  if (isReportingVerb(firstWord)) return null;
  const headAt = words.slice(0, 5).findIndex((w) => isRoleHead(w.replace(/['’]s$/, '')));
  if (headAt < 0) return null;
  // "a refugee camp", "a rebel group": the role word only qualifies a place or body.
  const following = wordKey(words[headAt + 1] ?? '');
  if (PLACE_TAIL_NOUNS.has(following) || ORG_TAIL_NOUNS.has(following)) return null;
  // ("the Swali Market, a major market situated in Yenagoa": a rank that is also an adjective, before a noun;
  // "chief electoral officer" is still a role, another role head following it.)
  if (
    RANK_ADJECTIVES.has(wordKey(words[headAt])) &&
    /^\p{Ll}+$/u.test(words[headAt + 1] ?? '') &&
    !/^(?:of|for|at|in|to|and|with|on|who|said|says)$/u.test(following) &&
    !words.slice(headAt + 1, headAt + 4).some((w) => isRoleHead(w))
  )
    return null;
  // A verb before the role word means this is a clause, not an appositive.
  if (words.slice(0, headAt).some((w) => isReportingVerb(w))) return null;
  // "at the headquarters in Gusau, the police spokesman, SP Mohammed Shehu, said": a role between two
  // commas and a name is the name's that follows it.
  if (
    /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}/u.test(rest.slice(match[0].length)) &&
    NAMED_PLACE_BEFORE.test(paragraph.text.slice(0, tokens[last].start))
  )
    return null;
  return phrase;
}
// Role heads that are adjectives too: "a major market", "the general hospital", "a chief concern".
const RANK_ADJECTIVES = new Set(['major', 'general', 'chief', 'principal', 'senior', 'junior', 'private']);
// A preposition of place right before a name: "in Gusau", "at Kano", "from Lagos".
const NAMED_PLACE_BEFORE = /\b(?:in|at|from|near|to|into)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

function nextToken(ctx: ParagraphContext, last: number): Token | undefined {
  const next = ctx.tokens[last + 1];
  return next && joined(next) ? next : undefined;
}

function previousWord(ctx: ParagraphContext, first: number, distance = 1): string {
  const token = ctx.tokens[first - distance];
  return token ? wordKey(token.text) : '';
}

const RELATIVE_THEN_SAID = /^,\s+who\s[^,.;:!?“”"]{1,100},\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|added|recalled|explained)\b/u;

export function classifyRun(ctx: ParagraphContext, run: Run, isDatelineParagraph: boolean): Candidate[] {
  const { paragraph, tokens, index } = ctx;
  const out: Candidate[] = [];
  let first = run.first;
  const last = run.last;
  const span = (a: number, b: number): Span => ({ paragraph: index, start: tokens[a].start, end: textOf(paragraph, tokens, a, b).end });
  const make = (kind: Candidate['kind'], a: number, b: number, role: string | null = null): Candidate => ({
    kind,
    name: displayName(textOf(paragraph, tokens, a, b).text),
    role,
    span: span(a, b),
    sentenceInitial: run.sentenceInitial && a === run.first,
  });

  // "Senator Ana Ruiz and Governor Tom Baker": two titled people joined by "and" are two runs, each with its title.
  for (let k = first + 2; k < last; k++) {
    if (wordKey(tokens[k].text) !== 'and' || !tokens[k - 1].capitalised || isRoleWord(tokens[k - 1].base)) continue;
    const after = tokens[k + 1].base;
    if (!isRoleHead(after) && !isHonorific(after)) continue;
    if (!isRoleHead(tokens[first].base) && !isHonorific(tokens[first].base)) continue;
    return [
      ...classifyRun(ctx, { ...run, last: k - 1 }, isDatelineParagraph),
      ...classifyRun(ctx, { first: k + 1, last, sentenceInitial: false }, isDatelineParagraph),
    ];
  }
  // "UK-based Syrian Observatory": the "-based" word locates the body and is not part of its name.
  // Alone ("the US-based company said"), it names nobody.
  if (/-based$/i.test(tokens[first].base)) {
    if (first === last) return out;
    first++;
  }
  // "Embattled Health Minister Jane Doe": a participle that opens the sentence is no part of the title.
  if (
    run.sentenceInitial &&
    first < last &&
    isOpeningParticiple(tokens, first) &&
    tokens.slice(first + 1, last + 1).some((t) => isRoleHead(t.base))
  )
    first++;
  // ("Lt Gen Ahmed Chaudhry": titles may stack.)
  const untitled = first;
  // (Not inside a body's name: "Justice and Development Party", "the Justice Ministry".)
  const bodyName = isOrgHead(tokens[last].base) || NAME_INNER_WORDS.has(wordKey(tokens[first + 1]?.base ?? ''));
  if (!bodyName) while (isHonorific(tokens[first].base) && first < last && !isRoleHead(tokens[first + 1].base)) first++;
  let honorific = first > untitled;
  // "… of the 24th Infantry Division Lt Col Ariful Islam": ranks inside the run start the name; the words
  // before them name the unit, and the ranks are the role.
  let rank: string | null = null;
  for (let k = first + 1; !honorific && k < last; k++) {
    if (!isHonorific(tokens[k].base) || isHonorific(tokens[k - 1].base)) continue;
    // ("Police Chief Insp Sam Jones": a title before the ranks is read with them, below.)
    if (tokens.slice(first, k).some((t) => isRoleWord(t.base))) break;
    let n = k;
    while (n < last && isHonorific(tokens[n].base)) n++;
    const name = tokens.slice(n, last + 1);
    // ("… and Prince Edward Island", "Our Lady of Mount Carmel": a place's name, not a rank and a name.)
    if (last - n < 1 || isRoleHead(tokens[n].base) || name.some((t) => !t.capitalised || isPlaceHead(t.base) || isOrgHead(t.base))) break;
    rank = textOf(paragraph, tokens, k, n - 1).text;
    first = n;
    honorific = true;
  }
  const words = tokens.slice(first, last + 1);
  const full = textOf(paragraph, tokens, first, last).text;
  // "the ISPR DG", "the PM": an office's initials (after a body's) are a role said again, not someone's name.
  if (words.every((w) => /^\p{Lu}{2,6}$/u.test(w.base)) && Object.hasOwn(ROLE_INITIALS, wordKey(words[words.length - 1].base))) return out;
  // ("quoted He as saying": a pronoun capitalised mid-sentence is a surname, runs.ts.)
  const surname = words.length === 1 && isPronounSurname(tokens, first);
  if (!surname && words.every((w) => isDemonym(w.base) || isNotName(w.base))) return out;
  // "the Treasurer told Parliament", "the Prime Minister": a title after "the" is a role said again, no name;
  // so is one of a body's word and a role ("But Police Commissioner said"), whatever comes before it.
  const title = words[words.length - 1].base;
  if (wordKey(tokens[first - 1]?.text ?? '') === 'the' && isRoleHead(title) && words.every((w) => isRoleWord(w.base) && !isOrgHead(w.base)))
    return out;
  if (words.length > 1 && isOfficeTitle(title) && !isOrgHead(title) && words.every((w) => isRoleWord(w.base) || isOrgHead(w.base)))
    return out;

  // "Justice Adebukola Banjoko of High Court V": a title, a name of two words or more, then "of" and the body
  // the title belongs to; the name is the person, the rest the role.
  // (The title may have been read off the run already, as an honorific: "Justice", "Dr".)
  const titled = honorific || isRoleHead(words[0].base);
  const nameFrom = honorific ? 0 : 1;
  const ofAt = words.findIndex((w, k) => k >= nameFrom + 2 && wordKey(w.base) === 'of');
  if (
    titled &&
    ofAt > 0 &&
    words
      .slice(nameFrom, ofAt)
      .every(
        (w) =>
          w.capitalised &&
          !isRoleWord(w.base) &&
          !isOrgHead(w.base) &&
          !isPlaceHead(w.base) &&
          !isNotName(w.base) &&
          !/^(?:against|for|and|or|the|on|in|to|with|from|by)$/iu.test(w.base),
      )
  ) {
    const title = honorific ? textOf(paragraph, tokens, untitled, first - 1).text : textOf(paragraph, tokens, first, first).text;
    out.push(make('person', first + nameFrom, first + ofAt - 1, `${title} ${textOf(paragraph, tokens, first + ofAt, last).text}`));
    return out;
  }
  // "Rui Vitoria Head Coach of Egypt is sad": a name opening with a given name, then its title of two words or
  // more with no comma between; the name is the person, the rest the role ("Martin Luther King" stays whole).
  const firstRole = words.findIndex((w) => isRoleWord(w.base));
  if (
    firstRole >= 2 &&
    words.length - firstRole >= 2 &&
    isGivenName(words[0].base) &&
    words.slice(0, firstRole).every((w) => w.capitalised && !isOrgHead(w.base) && !isPlaceHead(w.base)) &&
    words.slice(firstRole).some((w) => isRoleHead(w.base))
  ) {
    out.push(make('person', first, first + firstRole - 1, textOf(paragraph, tokens, first + firstRole, last).text));
    return out;
  }
  // A title inside the run: everything up to the last role word is the title, the rest is the name.
  let titleEnd = -1;
  let sawHead = false;
  for (let k = first; k <= last; k++) {
    if (isRoleHead(tokens[k].base)) sawHead = true;
    if (sawHead && isRoleWord(tokens[k].base) && k < last && !isRoleWord(tokens[k + 1].base)) titleEnd = k;
  }
  if (titleEnd >= 0) {
    // ("President HE. Samia Suluhu Hassan": an honorific after the title is not part of the name.)
    while (titleEnd + 1 < last && isHonorific(tokens[titleEnd + 1].base)) titleEnd++;
    // "the Governor of Cundinamarca, Nicolás García": with no name after it, what a title ending in "of"
    // takes is a place or a body, never the person.
    // ("Senator Bob Smith of New Hampshire" has its name before "of"; "United Mine Workers of America" is a body.)
    if (
      /^(?:of|for)$/.test(wordKey(tokens[titleEnd].base)) &&
      last - titleEnd <= 2 &&
      isRoleHead(tokens[titleEnd - 1]?.base ?? '') &&
      !isOrgHead(tokens[titleEnd - 1].base)
    ) {
      const owner = textOf(paragraph, tokens, titleEnd + 1, last).text;
      if (isKnownPlace(owner)) out.push(make('place', titleEnd + 1, last));
      else if (isKnownOrg(owner) || tokens.slice(titleEnd + 1, last + 1).some((w) => isOrgHead(w.base)))
        out.push(make('organization', titleEnd + 1, last));
      return out;
    }
    // "Governor of Lagos Babajide Sanwo-Olu": a title ending in "of" takes the place or body named after
    // it, and the name is the last two words (three with an initial: "John F. Kennedy").
    let nameFirst = titleEnd + 1;
    if (/^(?:of|for|the)$/.test(wordKey(tokens[titleEnd].base)) && last - titleEnd > 2) {
      nameFirst = last - (last - titleEnd > 3 && /^\p{Lu}$/u.test(tokens[last - 1].base) ? 2 : 1);
      titleEnd = nameFirst - 1;
      while (titleEnd > first && isHonorific(tokens[titleEnd].base)) titleEnd--; // ("Minister of Health Dr Aisha Bello")
    }
    const nameWords = tokens.slice(nameFirst, last + 1);
    const nameText = textOf(paragraph, tokens, nameFirst, last).text;
    const nameOk =
      !nameWords.some((w) => isOrgHead(w.base) || isPlaceHead(w.base) || isDemonym(w.base)) &&
      !isNotName(nameWords[0].base) &&
      !isKnownPlace(nameText) &&
      !isKnownOrg(nameText);
    if (nameOk) {
      const before = roleBefore(ctx, first, true);
      const titleStart = before ? before.start : tokens[first].start;
      const role = paragraph.text.slice(titleStart, tokens[titleEnd].end).replace(/\s+/g, ' ');
      out.push(make('person', nameFirst, last, role));
      return out;
    }
  }

  const next = nextToken(ctx, last);
  const nextKey = next && !next.capitalised ? wordKey(next.text) : '';
  const single = words.length === 1;

  // Organisations: a head word, a known name, an acronym, or a noun like "gang" after it.
  const orgHead = words.some((w) => w.capitalised && isOrgHead(w.base));
  const genericHead = single && orgHead && run.sentenceInitial;
  const knownOrg = isKnownOrg(full) || isKnownOrg(full.replace(/^the\s+/i, ''));
  const acronym = single && isAcronym(words[0]) && !isPlaceAcronym(words[0].base);
  // "French supermajor Total", "carmaker Toyota", "the regional body Ecowas": a noun of a company or a body
  // right before the name.
  const companyBefore =
    joined(tokens[first]) &&
    first > 0 &&
    !tokens[first - 1].capitalised &&
    isBodyNoun(wordKey(tokens[first - 1].base), tokens[first - 1].possessive);
  // ("Police Commissioner", "Army Chief": a body's word before a role head makes a title, no body.)
  const endsInRole = !knownOrg && isOfficeTitle(words[words.length - 1].base);
  if (
    ((orgHead && !genericHead && !endsInRole) || knownOrg || acronym || companyBefore || ORG_TAIL_NOUNS.has(nextKey)) &&
    !isKnownPlace(full)
  ) {
    out.push(withAcronym(ctx, make('organization', first, last), last));
    // "Sudan’s Health Ministry" also names Sudan.
    const owner = tokens[first];
    if (owner.possessive && first < last && isKnownPlace(owner.base)) out.push(make('place', first, first));
    return out;
  }

  // Places: a gazetteer name, a place head ("Siargao Island"), a noun like "city" after it, or a dateline.
  const lastWord = tokens[last].base;
  const placeHead = words.length >= 2 && isPlaceHead(lastWord);
  const dateline = isDatelineParagraph && run.first === 0 && isDateline(paragraph.text, tokens[first].start, tokens[last].end);
  const cityOf = previousWord(ctx, first) === 'of' && PLACE_TAIL_NOUNS.has(previousWord(ctx, first, 2));
  // "spokeswoman Lena Park", "Rep. Ann Hill": a role or a given name before a place head makes a person.
  const personFirst =
    placeHead && !isVenueHead(lastWord) && !isKnownPlace(full) && (roleBefore(ctx, first) !== null || isGivenName(words[0].base));
  if ((isKnownPlace(full) || placeHead || PLACE_TAIL_NOUNS.has(nextKey) || dateline || cityOf) && !personFirst) {
    if (!honorific) {
      // "Harford said", "Harford’s Carlton", "Harford, who played": a lone place name read as a person's
      // would be is only a guess, which a person of that surname named in the text takes over (index.ts).
      const personLike =
        single &&
        !placeHead &&
        ((next !== undefined && isReportingVerb(next.text)) ||
          tokens[last].possessive ||
          /^,\s+who\b/u.test(paragraph.text.slice(tokens[last].end, tokens[last].end + 8)));
      out.push(personLike ? { ...make('place', first, last), guess: true } : withAcronym(ctx, make('place', first, last), last));
      return out;
    }
  }

  // People: a signal beside the name.
  const before = roleBefore(ctx, first);
  const after = roleAfter(ctx, last);
  const previous = tokens[first - 1];
  const counterpart = previous && /^,\s+$/.test(tokens[first].gap) && isRoleHead(previous.base);
  const verbAfter = next && isReportingVerb(next.text);
  const verbBefore = previous && joined(tokens[first]) && isReportingVerb(previous.text) && !OBJECT_VERBS.has(wordKey(previous.text));
  const accordingTo = previousWord(ctx, first) === 'to' && previousWord(ctx, first, 2) === 'according';
  // "A man surnamed Chang", "a woman identified only as Amina": the text says this is a person's name.
  const namedAs =
    previousWord(ctx, first) === 'surnamed' ||
    (previousWord(ctx, first) === 'as' &&
      (previousWord(ctx, first, 2) === 'identified' ||
        (previousWord(ctx, first, 2) === 'only' && previousWord(ctx, first, 3) === 'identified')));
  const givenName = words.length >= 2 && isGivenName(words[0].base);
  const nameLike = surname || (words.every((w) => !isCommonWord(w.base)) && !isNotName(words[0].base));
  // (A full name only: "Residents of Lagos, Ikeja and Epe" is a list of places.)
  const roleOfNamed = !before && !after && !single && nameLike ? roleOfNamedBefore(ctx, first) : null;
  // "Zhang Liancheng, who lives in a nearby village, said": a relative clause closed by a verb of saying.
  const saidAfterRelative = !single && nameLike && RELATIVE_THEN_SAID.test(paragraph.text.slice(tokens[last].end, tokens[last].end + 140));
  // "Wisdom John, 28, a bricklayer, said": an age in apposition after a name of two words or more.
  const ageAfter = !single && /^,\s+\d{1,3},/u.test(paragraph.text.slice(tokens[last].end, tokens[last].end + 8));
  const multiSignal = !single && (verbAfter || verbBefore || accordingTo || givenName || saidAfterRelative || ageAfter);
  const singleSignal =
    single &&
    nameLike &&
    (verbAfter || verbBefore || accordingTo) &&
    (!run.sentenceInitial || isSurname(words[0].base) || isGivenName(words[0].base));
  if (honorific || before || after || counterpart || roleOfNamed || multiSignal || singleSignal || (namedAs && nameLike)) {
    out.push(make('person', first, last, before?.text ?? after ?? roleOfNamed ?? rank));
    return out;
  }

  // After "in", "near", "from": a place when nothing else claimed it.
  if (LOCATIVE.has(previousWord(ctx, first)) && joined(tokens[first]) && nameLike && !MODIFIED_NOUN.test(nextKey)) {
    // Only a guess: "from Marlow’s post" names the Jed Marlow met before, when there is one (index.ts).
    out.push({ ...make('place', first, last), guess: true });
    return out;
  }
  out.push(withAcronym(ctx, make('unknown', first, last), last));
  return out;
}

// "the International Court of Justice (ICJ)": the bracketed acronym becomes an alias.
function withAcronym(ctx: ParagraphContext, candidate: Candidate, last: number): Candidate {
  const token = ctx.tokens[last + 1];
  if (!token || !/^\s*\($/.test(token.gap) || !isAcronym(token)) return candidate;
  if (ctx.paragraph.text[token.end] !== ')') return candidate;
  if (!acronymFits(token.base, candidate.name)) return candidate;
  return {
    ...candidate,
    kind: candidate.kind === 'unknown' ? 'organization' : candidate.kind,
    acronym: { text: token.base, span: { paragraph: ctx.index, start: token.start, end: token.end } },
  };
}

// "ICJ" fits "International Court of Justice": its letters appear in order among the name's initials.
function acronymFits(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s\-]+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (!letters || (letters[0] !== initials[0] && !initials.includes(letters[0]))) return false;
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

// "BANGKOK:", "Harare —", "Kathmandu, Nepal –", "NAIROBI, March 3 (Reuters) -": a place opening the story.
// A name followed by a plain comma ("Elif Demir, Turkey’s …") is not one.
function isDateline(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const after = text.slice(end, end + 40);
  if (/^\s*(?:\(|—|–|-\s|:|\/)/.test(after)) return true;
  if (!/\p{Ll}/u.test(name) && /^\s*,/.test(after) && name.length > 2) return true;
  const next = /^,\s+([\p{L}.]+(?:\s+\p{Lu}[\p{L}]+)?)(?![\p{L}’'])/u.exec(after);
  return next !== null && (isKnownPlace(next[1]) || isMonthOrDay(next[1].split(/\s+/)[0]) || isPlaceAcronym(next[1]));
}
