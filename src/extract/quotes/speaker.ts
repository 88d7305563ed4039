// Finds who a quotation is attributed to, and resolves that phrase to a full name or body.
// Attribution phrases: "…,” said Miller", "…,” spokesman Matthew Miller said in a statement",
// "Smith told Reuters: “…”", "According to Smith, “…”". Resolution: names go to the person or body
// entity they mention; "he"/"she" to the last person speaking or acting; "it" to the issuer of the
// statement being reported; "the ministry" to the named ministry; "the source" to the last speaker.
import type { Entities, Entity, Paragraph } from '../../schema/document.ts';
import { isRoleHead, ORG_TAIL_NOUNS } from '../entities/lexicon.ts';
import { wordKey } from '../text/word-key.ts';
import { countBelow } from '../text/sorted-search.ts';
import { PERSONAL_PRONOUNS, WEEKDAYS } from '../text/lexicon.ts';
import { CLAUSE_WORDS, DETERMINERS, GENERIC_BODIES, HUMAN_NOUNS, NOT_SPEAKER_OPENERS, ORG_NOUNS, SPEECH_AUXILIARIES } from './lexicon.ts';
import { isReportingVerb } from './verbs.ts';

export type SpeakerKind = 'person' | 'organization' | 'other';

export interface Speaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
  statement: boolean; // the words were issued "in a statement", "in a post": "it" can refer back to them
}

/** Someone reported as speaking at a place in the text: a quote's speaker or an indirect "X said". */
export interface SpeechEvent {
  paragraph: number;
  offset: number;
  speaker: Speaker;
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

const PRONOUNS = new Set(PERSONAL_PRONOUNS);
const isPronoun = (word: string): boolean => PRONOUNS.has(wordKey(word));
const WEEKDAY_NAMES = new Set(WEEKDAYS.map(([name]) => name));
const WEEKDAY_KEYS = new Set(WEEKDAYS.map(([name]) => wordKey(name)));

// An anonymous speaker named by one name: "who gave his name as X", "identified only as X", "first name, X".
const GIVEN_NAME =
  /\b(?:gave|giving|gives|identified|named|known)\s+(?:(?:only|just)\s+)?(?:(?:his|her|their)\s+)?(?:(?:first|last|given)\s+)?(?:name\s+)?(?:(?:only|just)\s+)?(?:as\s+|name,\s+)(\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?)/u;

/** Offsets of words in a range, skipping punctuation. */
function wordsIn(text: string, start: number, end: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** The head noun of a described speaker: "worker" in "a Red Cross worker in North Kivu", "workers" in "one of the aid workers". */
export function headNoun(phrase: string): string {
  let core = phrase.replace(/\(.*?\)/g, ' ');
  core = core.replace(/^\s*(?:one|two|three|some|many|most|each|all|both|several|none)\s+of\s+/i, '');
  core = core.split(/\s+(?:of|in|from|at|for|with|who|which|that|on|near|inside|outside|whose|by)\s+|,/i)[0];
  const words = core.trim().split(/\s+/);
  return wordKey(words[words.length - 1] ?? '').replace(/['’]s$/, '');
}

export function kindOfPhrase(phrase: string): SpeakerKind {
  const head = headNoun(phrase);
  if (HUMAN_NOUNS.has(head) || isRoleHead(head)) return 'person';
  if (ORG_NOUNS.has(head) || ORG_TAIL_NOUNS.has(head)) return 'organization';
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
  return { name: entity.name, role: entity.role, kind: 'person', statement: false };
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
  // "Hensley's sister": a possessive names someone else, not the speaker.
  const person = mentions.find((m) => m.kind === 'person' && !/^['’]s\b/u.test(text.slice(m.end, m.end + 3)));
  if (person) return { ...personSpeaker(person.entity), statement };
  // "a man who gave his name only as Yakubu", "a resident who gave only his first name, Adam".
  const given = GIVEN_NAME.exec(text.slice(start, Math.min(text.length, end + 160)));
  if (given && (given.index <= end - start || /^\s*,?\s*who\s+$/u.test(text.slice(end, start + given.index))))
    return { name: given[1], role: null, kind: 'person', statement };
  const org = mentions.find((m) => m.kind === 'organization');
  // "the World Food Programme chief" names a person by the body's title: keep the phrase.
  if (org && words.length <= org.entity.name.split(/\s+/).length + 2 && kindOfPhrase(phrase) !== 'person') {
    return { name: org.entity.name, role: null, kind: 'organization', statement };
  }
  if (words.length === 1 && isPronoun(words[0].word))
    return resolvePronoun(words[0].word.toLowerCase(), paragraph, reference, state, statement);
  const tidy = tidyPhrase(phrase);
  if (!tidy) return null;
  const kind = kindOfPhrase(tidy);
  // "the ministry", "the source", "the aid worker": a definite description points back to someone named.
  if (/^the\s/i.test(tidy) && words.length <= 4) {
    const head = headNoun(tidy);
    const back = resolveDefinite(head, kind, paragraph, reference, state);
    if (back) return { ...back, statement: statement || back.statement };
  }
  return { name: tidy, role: null, kind, statement };
}

function lastSubject(state: ResolveState, paragraph: number, offset: number): ResolveState['subjects'][number] | undefined {
  // Subjects are in reading order: binary search for the last one before the point.
  let lo = 0;
  let hi = state.subjects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(state.subjects[mid], paragraph, offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo ? state.subjects[lo - 1] : undefined;
}

function resolvePronoun(pronoun: string, paragraph: number, offset: number, state: ResolveState, statement: boolean): Speaker | null {
  if (pronoun === 'he' || pronoun === 'she') {
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'person');
    const subject = lastSubject(state, paragraph, offset);
    if (subject && (!event || before(event, subject.paragraph, subject.offset))) return { ...personSpeaker(subject.entity), statement };
    return event ? { ...event.speaker, statement } : null;
  }
  if (pronoun === 'it') {
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization' || s.statement);
    return event ? { ...event.speaker, statement: true } : null;
  }
  if (pronoun === 'they') {
    const event = lastEvent(state, paragraph, offset, () => true);
    return event ? { ...event.speaker, statement } : null;
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
      return { paragraph: p, offset: m.start, speaker: { name: m.entity.name, role: null, kind: 'organization', statement: false } };
    }
  }
  return undefined;
}

function resolveDefinite(head: string, kind: SpeakerKind, paragraph: number, offset: number, state: ResolveState): Speaker | null {
  const singular = head.replace(/s$/, '');
  const matches = (name: string): boolean => new RegExp(`\\b${singular.replace(/[^\p{L}\p{N}]/gu, '')}s?\\b`, 'iu').test(name);
  if (kind === 'organization') {
    // The named body whose name has that head: "the ministry" → "Health Ministry".
    const orgs = state.index.entities.organizations.filter((o) => matches(o.name));
    if (orgs.length) {
      const latest = orgs
        .map((o) => ({ o, last: o.mentions.filter((m) => before({ paragraph: m.paragraph, offset: m.start }, paragraph, offset)).at(-1) }))
        .filter((x) => x.last)
        .sort((a, b) => b.last!.paragraph - a.last!.paragraph || b.last!.start - a.last!.start)[0];
      const chosen = latest?.o ?? orgs[0];
      return { name: chosen.name, role: null, kind: 'organization', statement: false };
    }
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization' && matches(s.name));
    // "the company", "the group": a generic noun for whichever body was named last, whatever its name.
    if (GENERIC_BODIES.has(singular)) {
      const named = lastNamedOrganization(state, paragraph, offset);
      const speaking = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization');
      const candidates = [named, event, speaking].filter((c): c is SpeechEvent => c !== undefined);
      candidates.sort((a, b) => b.paragraph - a.paragraph || b.offset - a.offset);
      if (candidates[0]) return candidates[0].speaker;
    }
    return event ? event.speaker : null;
  }
  if (kind === 'person') {
    const named = lastEvent(
      state,
      paragraph,
      offset,
      (s) => s.kind === 'person' && (matches(s.name) || (s.role !== null && matches(s.role))),
    );
    if (named) return named.speaker;
    const person = state.index.entities.people.find((p) => p.role && matches(p.role));
    if (person) return personSpeaker(person);
    // "the source" and similar generic nouns point to the last person who spoke.
    if (/^(?:source|speaker|official|person|man|woman)$/.test(singular)) {
      const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'person');
      return event ? event.speaker : null;
    }
  }
  return null;
}

/**
 * The speaker phrase of a clause that ends at a reporting verb: "[Mr Getachew Reda], the spokesman…, said",
 * "a lawyer confirmed that [a Surfside official] had told". Returns offsets in the paragraph.
 */
export function subjectBefore(text: string, clauseStart: number, verbStart: number): { start: number; end: number } | null {
  let end = verbStart;
  let words = wordsIn(text, clauseStart, end);
  // Drop auxiliaries between subject and verb: "had told", "has also said".
  while (words.length && SPEECH_AUXILIARIES.has(wordKey(words[words.length - 1].word))) {
    words = words.slice(0, -1);
  }
  if (!words.length) return null;
  end = words[words.length - 1].end;
  const between = text.slice(end, verbStart);
  if (/[.!?;]/.test(between)) return null;
  if (/,\s*$/.test(text.slice(clauseStart, verbStart).replace(/\s+(?:has|had|have|also|later)\s*$/i, ''))) {
    // "Name, appositive, said": the subject is the first comma chunk that reads like a speaker.
    const chunks = splitChunks(text, clauseStart, end);
    for (const chunk of chunks) {
      const chunkWords = wordsIn(text, chunk.start, chunk.end);
      if (!chunkWords.length) continue;
      const first = chunkWords[0].word;
      if (NOT_SPEAKER_OPENERS.has(wordKey(first))) continue;
      if (/^\d/.test(first) || WEEKDAY_KEYS.has(wordKey(first)) || /^(?:yesterday|today)$/i.test(first)) continue;
      return trimClause(text, chunk.start, chunk.end);
    }
    return null;
  }
  // Otherwise the subject runs back from the verb to the nearest clause boundary.
  let start = clauseStart;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const gapAfter = text.slice(w.end, i + 1 < words.length ? words[i + 1].start : end);
    if (i < words.length - 1 && /[,;:—–]/.test(gapAfter)) {
      start = words[i + 1].start;
      break;
    }
    if (CLAUSE_WORDS.has(wordKey(w.word)) || (isReportingVerb(w.word) && i < words.length - 1)) {
      start = i + 1 < words.length ? words[i + 1].start : end;
      break;
    }
  }
  if (start >= end) return null;
  const subjectWords = wordsIn(text, start, end);
  if (subjectWords.length > 12) return null;
  return trimClause(text, start, end);
}

function splitChunks(text: string, start: number, end: number): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      chunks.push({ start: s, end: i });
      s = i + 1;
    }
  }
  chunks.push({ start: s, end });
  return chunks;
}

function trimClause(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:"“”‘’'—–-]/.test(text[s])) s++;
  while (e > s && /[\s,;:"“”‘’'—–-]/.test(text[e - 1])) e--;
  const words = wordsIn(text, s, e);
  // Leading clause words ("As one resident explains") are not part of the speaker.
  while (words.length && CLAUSE_WORDS.has(wordKey(words[0].word))) {
    words.shift();
    s = words.length ? words[0].start : e;
  }
  if (!words.length || words.length > 14) return null;
  return { start: s, end: e };
}

/** The speaker phrase right after an inverted verb: "said [Abdul Wahid Rayan], a spokesman…", "added [the ministry]". */
export function subjectAfter(text: string, verbEnd: number, limit: number): { start: number; end: number } | null {
  const rest = text.slice(verbEnd, limit);
  // A title's full stop ("said Dr. Maria Alvarez") does not end the phrase.
  const match =
    /^\s+((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Maj|Brig|Adm|Rev|Insp|Supt|Cpl|Pte|St)\.\s)?[^,.;:!?()“”"]{1,120})/u.exec(
      rest,
    );
  if (!match) return null;
  let phrase = match[1];
  // The phrase ends before a following verb phrase or adverbial: "said Miller in a statement", "said the aid workers, who".
  phrase = phrase.split(
    /\s+(?:in|on|at|during|after|before|when|while|who|which|adding|citing|according|last|this|late|early|yesterday|today|to|as)\b/,
  )[0];
  const start = verbEnd + rest.indexOf(match[1]);
  const words = wordsIn(text, start, start + phrase.length);
  if (!words.length || words.length > 10) return null;
  const first = words[0].word;
  // A speaker after the verb is a name, a pronoun or a determiner phrase, never a bare lowercase noun ("said aid").
  // A lowercase start is a role before a name ("said nurse Amina Yusuf", "said harbour master Jonas Berg").
  const named = words.some((w) => /^\p{Lu}/u.test(w.word));
  if (!/^\p{Lu}/u.test(first) && !isPronoun(first) && !DETERMINERS.has(wordKey(first)) && !named) return null;
  if (/^(?:that|this|it)$/i.test(first) && words.length > 1) return null;
  if (WEEKDAY_NAMES.has(first)) return null;
  return { start, end: words[words.length - 1].end };
}
