// Finds who a quotation is attributed to, and resolves that phrase to a full name or body.
// Attribution phrases: "…,” said Miller", "…,” spokesman Matthew Miller said in a statement",
// "Smith told Reuters: “…”", "According to Smith, “…”". Resolution: names go to the person or body
// entity they mention; "he"/"she" to the last person speaking or acting; "it" to the issuer of the
// statement being reported; "the ministry" to the named ministry; "the source" to the last speaker.
import type { Entities, Entity, Paragraph } from '../../schema/document.ts';
import { fitsPronoun, type Sex } from '../entities/gender.ts';
import { isRoleHead, ORG_TAIL_NOUNS } from '../entities/lexicon.ts';
import { wordKey } from '../text/word-key.ts';
import { countBelow } from '../text/sorted-search.ts';
import {
  ANAPHORIC_MODIFIERS,
  AUTHORED_NOUNS,
  GENERIC_BODIES,
  ISSUED_NOUNS,
  ROLE_EQUIVALENTS,
  HUMAN_NOUNS,
  ORG_NOUNS,
  SCENE_ROLES,
} from './lexicon.ts';
import { beforeParticiple, isAgeNoun, isNounPhrase } from './clause.ts';
import { isPronoun, wordsIn } from './speaker-phrase.ts';

export type SpeakerKind = 'person' | 'organization' | 'other';

/**
 * How a speaker was read from its phrase: a name (an entity or a capitalised name), a description kept
 * as written ("a resident of the village"), a pronoun resolved to someone named before, a definite
 * description resolved to a named body or person ("the ministry"), or the issuer of a document ("the
 * ministry's version of events", "a new provisional toll"). Quotes' confidence is read from it.
 */
export type SpeakerVia = 'name' | 'description' | 'pronoun' | 'reference' | 'issuer';

export interface Speaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
  statement: boolean; // the words were issued "in a statement", "in a post": "it" can refer back to them
  via: SpeakerVia;
}

/** Someone reported as speaking at a place in the text: a quote's speaker or an indirect "X said". */
export interface SpeechEvent {
  paragraph: number;
  offset: number;
  speaker: Speaker;
  subordinate?: boolean; // "two hours after news outlets declared": said in a subordinate clause, continued by no quote
}

export interface MentionIndex {
  /** Entity mentions of one paragraph, sorted by start. */
  byParagraph: Map<number, { start: number; end: number; entity: Entity; kind: SpeakerKind }[]>;
  entities: Entities;
}

export function indexMentions(entities: Entities): MentionIndex {
  const byParagraph: MentionIndex['byParagraph'] = new Map();
  const add = (list: Entity[], kind: SpeakerKind): void => {
    for (const entity of list) {
      for (const m of entity.mentions) {
        const row = byParagraph.get(m.paragraph) ?? [];
        row.push({ start: m.start, end: m.end, entity, kind });
        byParagraph.set(m.paragraph, row);
      }
    }
  };
  add(entities.people, 'person');
  add(entities.organizations, 'organization');
  add(entities.places, 'other');
  for (const row of byParagraph.values()) row.sort((a, b) => a.start - b.start);
  return { byParagraph, entities };
}

// An anonymous speaker named by one name: "who gave his name as X", "identified only as X", "first name, X".
const GIVEN_NAME = new RegExp(
  [
    '\\b(?:gave|giving|gives|identified|named|known)\\s+(?:(?:only|just)\\s+)?', // "identified only"
    '(?:(?:his|her|their|himself|herself|themselves)\\s+)?(?:(?:first|last|given)\\s+)?(?:name\\s+)?(?:(?:only|just)\\s+)?(?:as\\s+|name,\\s+)', // "his first name as", "himself as"
    "(\\p{Lu}[\\p{L}'’-]{1,30}(?:\\s\\p{Lu}[\\p{L}'’-]{1,30})?)", // the name, one or two words
  ].join(''),
  'u',
);

/** A speaker phrase up to its head noun: "the miner" of "the miner of 14 years", "officials" of "two of the officials". */
function headPhrase(phrase: string): string {
  const core = phrase.replace(/\(.*?\)/g, ' ').replace(/^\s*(?:one|two|three|some|many|most|each|all|both|several|none)\s+of\s+/i, '');
  return core.split(/\s+(?:of|in|from|at|for|with|who|which|that|on|near|inside|outside|whose|by)\s+|,/i)[0];
}

/** The head noun of a described speaker: "worker" in "a Red Cross worker in North Kivu", "workers" in "one of the aid workers". */
export function headNoun(phrase: string): string {
  const words = headPhrase(phrase).trim().split(/\s+/);
  return wordKey(words[words.length - 1] ?? '').replace(/['’]s$/, '');
}

export function kindOfPhrase(phrase: string): SpeakerKind {
  const head = headNoun(phrase);
  // ("the 40-year-old merchant": whoever has an age is a person.)
  if (HUMAN_NOUNS.has(head) || isRoleHead(head) || isAgeNoun(head) || /\b\d{1,3}-year-old\s/u.test(phrase)) return 'person';
  if (ORG_NOUNS.has(head) || ORG_TAIL_NOUNS.has(head) || GENERIC_BODIES.has(head)) return 'organization';
  return 'other';
}

function tidyPhrase(phrase: string): string {
  let out = phrase
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[,;:]+$/, '');
  out = out.replace(/^(?:and|but|or|so|as|while|then|also)\s+/i, '');
  // Articles are lower case mid-sentence; a described speaker reads the same wherever it stood.
  out = out.replace(/^(A|An|The|One|Two|Three|Another|Some)\b/, (w) => w.toLowerCase());
  return out;
}

export interface ResolveState {
  events: SpeechEvent[]; // in document order
  subjects: { paragraph: number; offset: number; entity: Entity }[]; // people who open a sentence, outside quotes
  sexes: ReadonlyMap<string, Sex>; // people's sex where the text says it (entities/gender.ts), by name
  index: MentionIndex;
}

const before = (a: { paragraph: number; offset: number }, paragraph: number, offset: number): boolean =>
  a.paragraph < paragraph || (a.paragraph === paragraph && a.offset < offset);

// Speakers further back than this many events are too far to be what "he" or "it" means; the bound also
// keeps a document with thousands of quotes linear.
const LOOKBACK = 200;

function lastEvent(state: ResolveState, paragraph: number, offset: number, accept: (s: Speaker) => boolean): SpeechEvent | undefined {
  for (let i = state.events.length - 1; i >= 0 && i >= state.events.length - LOOKBACK; i--) {
    const event = state.events[i];
    if (before(event, paragraph, offset) && accept(event.speaker)) return event;
  }
  return undefined;
}

function personSpeaker(entity: Entity): Speaker {
  return { name: entity.name, role: entity.role, kind: 'person', statement: false, via: 'name' };
}

/**
 * Resolves the speaker phrase found at [start, end) of a paragraph.
 * `statement` says the words came "in a statement" or post, which "it said" can later refer to.
 */
export function resolveSpeaker(
  paragraphs: readonly Paragraph[],
  paragraph: number,
  start: number,
  end: number,
  state: ResolveState,
  statement = false,
  reference = start, // where the quote or speech is: "he" looks for speakers before it
): Speaker | null {
  const text = paragraphs[paragraph].text;
  const phrase = text.slice(start, end);
  const words = wordsIn(text, start, end);
  if (!words.length) return null;
  const row = state.index.byParagraph.get(paragraph) ?? [];
  const mentions = [];
  for (let i = countBelow(row, start, (m) => m.start); i < row.length && row[i].start < end; i++)
    if (row[i].end <= end) mentions.push(row[i]);
  // "the REC", "the Additional D-G": an office by its initials is the person named with that office.
  const holder = officeHolder(phrase, paragraph, reference, state);
  if (holder) return { ...personSpeaker(holder), statement, via: 'reference' };
  const person = headPerson(text, mentions, start, end);
  if (person) return { ...personSpeaker(person.entity), statement };
  // "Garcia campaign spokeswoman Lena Park", "Florida-based Republican strategist Al Cardenas": a role
  // noun, then a name the entities do not know, closing the phrase.
  const closing = CLOSING_NAME.exec(phrase);
  if (
    closing &&
    isPersonNoun(closing[1]) &&
    !mentions.some((m) => m.kind !== 'person' && m.end > start + closing.index + closing[0].length - closing[2].length)
  ) {
    return {
      name: closing[2],
      role: phrase.slice(0, closing.index + closing[0].length - closing[2].length).trim() || null,
      kind: 'person',
      statement,
      via: 'name',
    };
  }
  // "a man who gave his name only as Yakubu", "a resident who gave only his first name, Adam".
  const given = GIVEN_NAME.exec(text.slice(start, Math.min(text.length, end + 160)));
  if (given && (given.index <= end - start || /^\s*,?\s*who\s+$/u.test(text.slice(end, start + given.index))))
    return { name: given[1], role: null, kind: 'person', statement, via: 'name' };
  // A pronoun refers to someone named before it, and before the quote: not to a name between the two ("She
  // said the perception that he murdered Reeva “continues to exist”").
  if (words.length === 1 && isPronoun(words[0].word))
    return resolvePronoun(words[0].word.toLowerCase(), paragraph, Math.min(reference, start), state, statement);
  // "a local official who spoke under anonymity, said": the speaker ends before a relative clause.
  const relative = /^(.*?\p{L})\s+(?:who|whom)\s/u.exec(phrase);
  if (relative) return resolveSpeaker(paragraphs, paragraph, start, start + relative[1].length, state, statement, reference);
  // "said a statement they circulated": a document and a clause with no relative word, whose pronoun issued it.
  const contact = /^(.*?\p{L})\s+(they|he|she|we)\s+\p{Ll}+ed\b/u.exec(phrase);
  if (contact && ISSUED_NOUNS.has(headNoun(contact[1]))) {
    const issuer = resolvePronoun(contact[2] === 'we' ? 'they' : contact[2], paragraph, Math.min(reference, start), state, true);
    return issuer
      ? { ...issuer, statement: true, via: 'issuer' }
      : { name: contact[1], role: null, kind: 'other', statement: true, via: 'description' };
  }
  // "said the report released on Monday by …": the speaker ends before a participle that modifies it.
  const cut = beforeParticiple(paragraphs[paragraph], start, end);
  if (cut < end) {
    // "read a statement released by the EU's observer mission": an issued document speaks for the body
    // that the participle says issued it.
    const issuedBy = ISSUED_NOUNS.has(headNoun(text.slice(start, cut))) ? ISSUED_BY.exec(text.slice(cut, end)) : null;
    if (issuedBy) {
      const ownerStart = cut + issuedBy.index + issuedBy[0].length - issuedBy[1].length;
      const owner = resolveSpeaker(paragraphs, paragraph, ownerStart, ownerStart + issuedBy[1].trimEnd().length, state, true, reference);
      if (owner) return { ...owner, statement: true, via: 'issuer' };
    }
    return resolveSpeaker(paragraphs, paragraph, start, cut, state, statement, reference);
  }
  // "decided to", "Hours later", "the Fed's latest rate decision defied": a clause fragment names nobody.
  if (!isNounPhrase(paragraphs[paragraph], start, end)) return null;
  const head = headNoun(phrase);
  // "the ministry's version of events", "a statement by the ministry", "a new provisional toll": a
  // document speaks for whoever issued it.
  if (ISSUED_NOUNS.has(head) || AUTHORED_NOUNS.has(head)) {
    const issuer = issuerOf(paragraphs, paragraph, start, end, state, reference, ISSUED_NOUNS.has(head));
    if (issuer || ISSUED_NOUNS.has(head)) return issuer;
  }
  const org = mentions.find((m) => m.kind === 'organization');
  // "the World Food Programme chief" names a person by the body's title: keep the phrase.
  // "the EU's observer mission", "the UN's refugee agency": a body of the organisation, named for itself.
  const ownBody = org !== undefined && /^[^\s'’]+['’]s?\s/u.test(text.slice(org.start, end)) && ORG_NOUNS.has(head);
  if (org && !ownBody && words.length <= org.entity.name.split(/\s+/).length + 2 && kindOfPhrase(phrase) !== 'person') {
    return { name: org.entity.name, role: null, kind: 'organization', statement, via: 'name' };
  }
  const tidy = tidyPhrase(phrase);
  if (!tidy) return null;
  const kind = kindOfPhrase(tidy);
  // "the ministry", "the source", "the aid worker": a definite description points back to someone named;
  // so does a title written bare, as a name ("But Police Commissioner said:", named before).
  const bareTitle =
    words.every((w) => /^\p{Lu}/u.test(w.word)) && !mentions.some((m) => m.kind === 'person') && isRoleHead(words[words.length - 1].word);
  // (The description's own words count, not a phrase after its head: "the miner of 14 years".)
  if ((/^the\s/i.test(tidy) || bareTitle) && words.length <= 7 && wordsIn(headPhrase(tidy), 0, tidy.length).length <= 4 && !ownBody) {
    const description = bareTitle ? `the ${tidy}` : tidy;
    const back = resolveDefinite(description, headNoun(description), kind, paragraph, reference, state, start);
    if (back) return { ...back, statement: statement || back.statement, via: 'reference' };
  }
  const named =
    /^\p{Lu}/u.test(tidy) && words.every((w) => /^\p{Lu}/u.test(w.word) || /^(?:of|the|and|for|de|al|bin|van|von)$/.test(w.word));
  return { name: tidy, role: null, kind, statement, via: named ? 'name' : 'description' };
}

// The participle's agent: "released by …", "issued on Monday by …".
const ISSUED_BY = /^\s+\p{Ll}+(?:\s+[\p{L}\d]+){0,4}?\s+by\s+(\S.*)$/u;

/**
 * Who issued the document a speaker phrase names: its owner ("the ministry's version of events", "a
 * statement by the ministry", "a government statement"), else whoever the sentence or the paragraph
 * last attributed words to ("According to a government statement, …, according to a new provisional
 * toll, “…”"), else the organisation that spoke last. Null when nobody issued it.
 */
function issuerOf(
  paragraphs: readonly Paragraph[],
  paragraph: number,
  start: number,
  end: number,
  state: ResolveState,
  reference: number,
  fromContext: boolean, // with no owner named, the issuer is whoever spoke last
): Speaker | null {
  const text = paragraphs[paragraph].text;
  const phrase = text.slice(start, end);
  // "his telegram said": the owner is the one the pronoun stands for.
  const ownerPronoun = /^(his|her|its|their)\s/iu.exec(phrase)?.[1].toLowerCase();
  if (ownerPronoun) {
    const pronoun = { his: 'he', her: 'she', its: 'it', their: 'they' }[ownerPronoun] ?? 'they';
    const found = resolvePronoun(pronoun, paragraph, reference, state, true);
    if (found) return { ...found, statement: true, via: 'issuer' };
  }
  const owner =
    /^(?:an?\s+)?((?:the\s+)?[^'’]{2,60})['’]s?\s/u.exec(phrase) ??
    /\s(?:by|from|of|issued by)\s+((?:the\s+)?\p{Lu}.*|the\s+\S.*)$/u.exec(phrase);
  if (owner) {
    const ownerStart = start + phrase.indexOf(owner[1], owner.index);
    const ownerEnd = ownerStart + owner[1].length;
    // The owner's own mention ("Marlow’s" of Jed Marlow), possessive ending and all.
    const mention = (state.index.byParagraph.get(paragraph) ?? []).find(
      (m) => m.kind !== 'other' && m.start >= ownerStart && m.start < ownerEnd && m.end <= ownerEnd + 2,
    );
    if (mention && mention.end >= ownerEnd - 1)
      return { name: mention.entity.name, role: mention.entity.role, kind: mention.kind, statement: true, via: 'issuer' };
    const found = resolveSpeaker(paragraphs, paragraph, ownerStart, ownerEnd, state, true, reference);
    if (found) return { ...found, statement: true, via: 'issuer' };
  }
  // "a government statement", "the White House statement": a modifier before the document noun.
  const modifier =
    /^(?:(?:the|a|an|its|their)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:official\s+|new\s+|written\s+|joint\s+)?\S+$/u.exec(
      phrase.split(/\s+(?:of|by|from|on|that|which)\s+/)[0],
    );
  if (modifier && (ORG_NOUNS.has(wordKey(modifier[1].split(/\s+/).at(-1) ?? '')) || /^\p{Lu}/u.test(modifier[1]))) {
    const modStart = start + phrase.indexOf(modifier[1]);
    const found = resolveSpeaker(paragraphs, paragraph, modStart, modStart + modifier[1].length, state, true, reference);
    if (found && found.via !== 'description') return { ...found, statement: true, via: 'issuer' };
    if (found) return { name: modifier[1], role: null, kind: 'organization', statement: true, via: 'issuer' };
  }
  if (!fromContext) return authorBefore(paragraphs, paragraph, phrase, state);
  const event = lastEvent(state, paragraph, reference, (s) => s.kind !== 'person' || s.statement);
  // A body's statement is referred to a few paragraphs on ("…, the carmaker said." … "The statement further
  // warned that"); a person's, only right after.
  const reach = event?.speaker.kind === 'person' ? 1 : 3;
  return event && event.paragraph >= paragraph - reach ? { ...event.speaker, statement: true, via: 'issuer' } : null;
}

/**
 * "the report": the body that spoke "in its monthly report" a few paragraphs before ("The NBS said in its
 * monthly report …" ¶ "According to the report, …"). Only a definite document whose noun the text gave
 * before with its author's possessive; a report of unknown origin stays as written.
 */
function authorBefore(paragraphs: readonly Paragraph[], paragraph: number, phrase: string, state: ResolveState): Speaker | null {
  const noun = /^the\s+(\p{Ll}+)$/u.exec(phrase.trim())?.[1];
  if (!noun) return null;
  const owned = new RegExp(`\\b(?:its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b`, 'u');
  for (let q = paragraph - 1; q >= 0 && q >= paragraph - 6; q--) {
    const at = paragraphs[q].text.search(owned);
    if (at < 0) continue;
    const event = state.events.findLast((e) => e.paragraph === q && e.speaker.kind !== 'person' && e.offset <= at);
    return event ? { ...event.speaker, statement: true, via: 'issuer' } : null;
  }
  return null;
}

/** A title matched in a role word by word: "prime minister", "director general" (and "director-general"). */
function titlePattern(title: string): RegExp {
  const words = title.split(/[\s-]+/u).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
  return new RegExp(`\\b${words.join('[\\s-]+')}s?\\b`, 'iu');
}

// "the REC", "the IGP", "the Additional D-G": the article, perhaps a title word, then two to five capital initials.
const OFFICE_INITIALS = /^the\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}(?:[-.]?\p{Lu}){1,4})\.?$/u;
const NOT_INITIALLED = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to']);

/**
 * The person whose office those initials spell, among those the text named with a role: "Resident
 * Electoral Commissioner" is the REC, "Inspector-General of Police" the IGP, and "Director-General of
 * Police" the D-G (the initials of the office before its "of …" will do). The one named last before.
 */
function officeHolder(phrase: string, paragraph: number, offset: number, state: ResolveState): Entity | undefined {
  const initials = OFFICE_INITIALS.exec(phrase.trim())?.[1].replace(/[-.]/gu, '');
  if (!initials) return undefined;
  const spells = (role: string): boolean => {
    // ("Director General (Law and Order)": an aside in brackets is no part of the initials.)
    const words = role
      .replace(/\([^)]*\)/gu, ' ')
      .split(/[\s-]+/u)
      .filter((w) => w !== '');
    const of = words.findIndex((w) => NOT_INITIALLED.has(w.toLowerCase()));
    const letters = (ws: string[]) =>
      ws
        .filter((w) => !NOT_INITIALLED.has(w.toLowerCase()))
        .map((w) => w[0].toUpperCase())
        .join('');
    return letters(words) === initials || (of > 0 && letters(words.slice(0, of)) === initials);
  };
  const holders = state.index.entities.people.filter((p) => p.role !== null && spells(p.role));
  return holders.length ? latestMentioned(holders, paragraph, offset) : undefined;
}

/** Of `people`, the one whose last mention before the point is latest; the first when none is mentioned before. */
function latestMentioned(people: readonly Entity[], paragraph: number, offset: number): Entity | undefined {
  let best: { entity: Entity; paragraph: number; start: number } | undefined;
  for (const entity of people) {
    const last = entity.mentions.filter((m) => before({ paragraph: m.paragraph, offset: m.start }, paragraph, offset)).at(-1);
    if (last && (!best || last.paragraph > best.paragraph || (last.paragraph === best.paragraph && last.start > best.start)))
      best = { entity, paragraph: last.paragraph, start: last.start };
  }
  return best?.entity ?? people[0];
}

/**
 * The one person the paragraph before named, when that person was also the last to speak, there: the
 * description then says again who is still speaking. A paragraph before that names nobody but whose
 * quote went to a person ("“…,” the head coach added. ¶ “…,” the former batter concluded") hands on
 * that person. Anyone else named or speaking there, or a speaker further back, and the description
 * stays as written.
 */
function previousSpeaker(paragraph: number, state: ResolveState): Entity | null {
  const last = state.events.findLast((e) => e.paragraph < paragraph);
  if (!last || last.paragraph !== paragraph - 1 || last.speaker.kind !== 'person') return null;
  let person: Entity | null = null;
  for (const m of state.index.byParagraph.get(paragraph - 1) ?? []) {
    if (m.kind !== 'person') continue;
    if (person && person !== m.entity) return null;
    person = m.entity;
  }
  if (!person) return state.index.entities.people.find((p) => p.name === last.speaker.name) ?? null;
  return person.name === last.speaker.name ? person : null;
}

type Mention = NonNullable<ReturnType<MentionIndex['byParagraph']['get']>>[number];

// "[Garcia] campaign spokeswoman Lena Park": lowercase title words, then a capitalised name closing the phrase.
const TITLE_THEN_NAME = /^\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]+$/u;

// A lowercase role word, then two or three capitalised words closing the phrase: "strategist [Al Cardenas]".
const CLOSING_NAME = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,2}\p{Lu}[\p{L}'’-]+)$/u;

/** A noun for a person: "strategist", "spokeswoman", "minister". */
function isPersonNoun(word: string): boolean {
  const key = wordKey(word);
  return HUMAN_NOUNS.has(key) || isRoleHead(key);
}

// Words after which a name is a complement, not the speaker: "an aide to Hillary Clinton", "a friend of Smith".
const COMPLEMENT_BEFORE = /\b(?:to|of|for|with|by|from|at|in|near|inside|under|like|who|whose|than|about|against|behind|and|or)\s+$/i;

/**
 * The person a speaker phrase names, when it names one: not a possessive ("Hensley's sister", "Jones'
 * attorney"), not a name that modifies a title before another name ("Clinton spokesman Josh Schwerin",
 * "Trump campaign manager Kellyanne Conway"), not a complement ("an aide to Hillary Clinton").
 */
function headPerson(text: string, mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  const people = mentions.filter((m) => m.kind === 'person');
  return people.find((m, i) => {
    if (/^['’](?:s\b|(?![\p{L}\p{N}]))/u.test(text.slice(m.end, m.end + 3))) return false;
    if (COMPLEMENT_BEFORE.test(text.slice(Math.max(start, m.start - 12), m.start))) return false;
    // A later name after only lowercase words (a title) is the head: this one modifies the title.
    const next = people[i + 1];
    if (next) return !/^\s+\p{Ll}[\p{Ll}\s.-]*\s(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(text.slice(m.end, next.start));
    return !TITLE_THEN_NAME.test(text.slice(m.end, end));
  });
}

function lastSubject(
  state: ResolveState,
  paragraph: number,
  offset: number,
  accept: (entity: Entity) => boolean,
): ResolveState['subjects'][number] | undefined {
  // Subjects are in reading order: binary search for the last one before the point.
  let lo = 0;
  let hi = state.subjects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(state.subjects[mid], paragraph, offset)) lo = mid + 1;
    else hi = mid;
  }
  // (The nearest the pronoun fits, within the lookback.)
  for (let i = lo - 1; i >= 0 && i >= lo - LOOKBACK; i--) if (accept(state.subjects[i].entity)) return state.subjects[i];
  return undefined;
}

// A plural head noun closing a description: "students", "the protesters" (not "the boss").
const PLURAL_END = /\p{Ll}[^s\s]s$/u;

export function resolvePronoun(
  pronoun: string,
  paragraph: number,
  offset: number,
  state: ResolveState,
  statement: boolean,
): Speaker | null {
  if (pronoun === 'he' || pronoun === 'she') {
    // (Not someone the text presents as a woman for "he", or as a man for "she".)
    // (Nor a plural description: "announced that students … will no longer" gives no "he".)
    const event = lastEvent(
      state,
      paragraph,
      offset,
      (s) => s.kind === 'person' && fitsPronoun(pronoun, state.sexes.get(s.name)) && !(s.via === 'description' && PLURAL_END.test(s.name)),
    );
    const subject = lastSubject(state, paragraph, offset, (e) => fitsPronoun(pronoun, state.sexes.get(e.name)));
    if (subject && (!event || before(event, subject.paragraph, subject.offset)))
      return { ...personSpeaker(subject.entity), statement, via: 'pronoun' };
    return event ? { ...event.speaker, statement, via: 'pronoun' } : null;
  }
  if (pronoun === 'it') {
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization' || s.statement);
    return event ? { ...event.speaker, statement: true, via: 'pronoun' } : null;
  }
  if (pronoun === 'they') {
    const event = lastEvent(state, paragraph, offset, () => true);
    return event ? { ...event.speaker, statement, via: 'pronoun' } : null;
  }
  return null; // "we", "I", "you" inside attribution are the article's own voice: unknown
}

/** The organisation entity mentioned last before a point, as a speech event at that mention. */
function lastNamedOrganization(state: ResolveState, paragraph: number, offset: number): SpeechEvent | undefined {
  for (let p = paragraph; p >= 0 && p >= paragraph - 10; p--) {
    const row = state.index.byParagraph.get(p) ?? [];
    for (let i = row.length - 1; i >= 0; i--) {
      const m = row[i];
      if (m.kind !== 'organization' || !before({ paragraph: p, offset: m.start }, paragraph, offset)) continue;
      return {
        paragraph: p,
        offset: m.start,
        speaker: { name: m.entity.name, role: null, kind: 'organization', statement: false, via: 'name' },
      };
    }
  }
  return undefined;
}

function resolveDefinite(
  description: string,
  head: string,
  kind: SpeakerKind,
  paragraph: number,
  offset: number,
  state: ResolveState,
  phraseStart = offset,
): Speaker | null {
  const singular = head.replace(/s$/, '');
  const wordPattern = (word: string): RegExp => new RegExp(`\\b${word.replace(/[^\p{L}\p{N}]/gu, '')}s?\\b`, 'iu');
  const headPattern = wordPattern(singular);
  const matches = (name: string): boolean => headPattern.test(name);
  // ("the official" is one of them, not "officials" who spoke as a group before; "one of the aid workers"
  // is one.)
  const plural = head === singular ? new RegExp(`${singular.replace(/[^\p{L}\p{N}]/gu, '')}s$`, 'iu') : null;
  const manyFor = (name: string): boolean => plural !== null && !/^(?:one|each|either|neither)\s+of\b/iu.test(name) && plural.test(name);
  if (kind === 'organization') {
    // The named body whose name has that head: "the ministry" → "Health Ministry"; or, failing that, one of
    // its modifiers: "the police department" → "Philippine National Police".
    let orgs = state.index.entities.organizations.filter((o) => matches(o.name));
    if (!orgs.length) {
      const modifiers = description
        .split(/\s+/)
        .slice(1, -1)
        .filter((w) => w.length > 3 && /^\p{Ll}/u.test(w))
        .map(wordPattern);
      orgs = state.index.entities.organizations.filter((o) => modifiers.some((m) => m.test(o.name)));
    }
    if (orgs.length) {
      const latest = orgs
        .map((o) => ({ o, last: o.mentions.filter((m) => before({ paragraph: m.paragraph, offset: m.start }, paragraph, offset)).at(-1) }))
        .filter((x) => x.last)
        .sort((a, b) => b.last!.paragraph - a.last!.paragraph || b.last!.start - a.last!.start)[0];
      const chosen = latest?.o ?? orgs[0];
      return { name: chosen.name, role: null, kind: 'organization', statement: false, via: 'reference' };
    }
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization' && matches(s.name));
    // "the company", "the group", "the US-based company": a generic noun for whichever body was named last,
    // whatever its name (not "the state's disaster agency": a possessive or a noun before it describes
    // another body).
    if (GENERIC_BODIES.has(singular) && !ownDescription(description)) {
      const named = lastNamedOrganization(state, paragraph, offset);
      const speaking = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization');
      const candidates = [named, event, speaking].filter((c): c is SpeechEvent => c !== undefined);
      candidates.sort((a, b) => b.paragraph - a.paragraph || b.offset - a.offset);
      if (candidates[0]) return candidates[0].speaker;
    }
    return event ? event.speaker : null;
  }
  if (kind === 'person') {
    // ("the prime minister" is no "Information Minister": a role whose words before the head share none with
    // the description's is another office.)
    const modifiers = (text: string): string[] =>
      text
        .toLowerCase()
        .split(/\s+/u)
        .filter((w) => w && !/^(?:the|a|an|state|former|then|new)$/u.test(w))
        .slice(0, -1);
    const wanted = modifiers(description);
    const sameOffice = (role: string): boolean => {
      const own = modifiers(role);
      return !wanted.length || !own.length || own.some((w) => wanted.includes(w));
    };
    const named = lastEvent(
      state,
      paragraph,
      offset,
      (s) => s.kind === 'person' && !manyFor(s.name) && (matches(s.name) || (s.role !== null && matches(s.role) && sameOffice(s.role))),
    );
    // "A miner who works the day shift said … “…,” said Celal Kara, 40. “…,” the miner of 14 years said": a
    // speaker brought in by an indefinite description and named right after in its paragraph is the name.
    if (named && /^an?\s/iu.test(named.speaker.name)) {
      const since = lastEvent(state, paragraph, offset, (s) => s.kind === 'person' && s.via === 'name');
      if (since && since.paragraph === named.paragraph && since.offset > named.offset) return since.speaker;
    }
    if (named) return named.speaker;
    // Of the people who hold that role ("governor of Lagos", "Nasarawa governor"), the one named last before.
    const person = latestMentioned(
      state.index.entities.people.filter((p) => p.role && matches(p.role) && sameOffice(p.role)),
      paragraph,
      offset,
    );
    if (person) return personSpeaker(person);
    // "the head of state" is the president named before; "the premier" the prime minister.
    // ("the ISPR DG": an office's initials after the body's name are read by the initials alone.)
    const titles = ROLE_EQUIVALENTS[description.replace(/^the\s+/i, '').toLowerCase()] ?? ROLE_EQUIVALENTS[singular.toLowerCase()] ?? [];
    const holders = state.index.entities.people.filter((p) => p.role && titles.some((t) => titlePattern(t).test(p.role ?? '')));
    if (holders.length === 1) return personSpeaker(holders[0]);
    const sole = isEpithet(description, singular)
      ? solePersonBefore(paragraph, Math.min(offset, phraseStart), state, phraseStart > 0)
      : null;
    if (sole) return personSpeaker(sole);
    // "the source" and similar generic nouns point to the last person who spoke.
    if (/^(?:source|speaker|official|person|man|woman)$/.test(singular)) {
      const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'person');
      return event ? event.speaker : null;
    }
  }
  return null;
}

// Modifiers that describe a body already named: "the US-based company", "the state-owned firm", "the
// embattled group", "the Italian carmaker", "the same agency".
const EPITHET_MODIFIER = /(?:-\p{L}+|ed|al|ic|ive|ous|an|ese|ish|same|new|former|largest|biggest)$/u;

/** "the state's disaster agency", "the relief agency": a description with its own possessive or noun before the head. */
function ownDescription(description: string): boolean {
  const modifiers = description.trim().split(/\s+/u).slice(1, -1);
  return modifiers.some((w) => /['’]s?$/u.test(w) || (/^\p{Ll}+$/u.test(w) && !EPITHET_MODIFIER.test(w)));
}

/**
 * A description that says again who someone already named is: an age ("the 71-year-old"), a role marked
 * as said before ("the former Nasdaq chairman"), or an office ("the minister") that is not one of the
 * roles other people in the scene hold ("the judge", "the spokesman").
 */
function isEpithet(description: string, head: string): boolean {
  if (isAgeNoun(head)) return true;
  const modifiers = description.toLowerCase().split(/\s+/).slice(1, -1);
  if (modifiers.some((w) => ANAPHORIC_MODIFIERS.has(w.replace(/-$/, '')))) return true;
  // ("the 40-year-old merchant": an age said of someone is said of someone named before.)
  if (modifiers.some((w) => /^\d{1,3}-year-old$/u.test(w))) return true;
  return isRoleHead(head) && !SCENE_ROLES.has(head);
}

/**
 * "“…,” Mr Madoff said. The former Nasdaq chairman also turned to the victims, saying: “…”": the one
 * person the paragraph named before a description, when no other person was named or spoke there before
 * it. Null with two candidates. With none, and a quote before the description (`afterQuote`), the
 * paragraph before may name the one: "Skipper Kolinisau said everything had gone to plan. ¶ “…,” the star
 * playmaker said" (previousSpeaker). A description opening its paragraph stays as written.
 */
function solePersonBefore(paragraph: number, offset: number, state: ResolveState, afterQuote: boolean): Entity | null {
  let person: Entity | null = null;
  for (const m of state.index.byParagraph.get(paragraph) ?? []) {
    if (m.start >= offset) break;
    if (m.kind !== 'person') continue;
    if (person && person !== m.entity) return null;
    person = m.entity;
  }
  if (!person) return afterQuote ? previousSpeaker(paragraph, state) : null;
  // Events are in reading order: only this paragraph's are read.
  for (let i = state.events.length - 1; i >= 0 && state.events[i].paragraph >= paragraph; i--) {
    const event = state.events[i];
    if (event.paragraph === paragraph && event.offset < offset && event.speaker.name !== person.name) return null;
  }
  return person;
}
